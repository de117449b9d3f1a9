#include "ui/settings/SettingsController.h"

#include "store/cache/WriterThread.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/settings/ForYouSettingsPage.h"
#include "ui/settings/LibraryPage.h"
#include "ui/settings/StoragePage.h"
#include "ui/settings/TrayIcon.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QWidget>

namespace paperboy::ui {

SettingsController::SettingsController(FeatureContext& context, const Actions& actions,
                                       const SyncSettings& sync, const QString& sourcesFile,
                                       QObject* parent)
    : QObject(parent), m_context(context), m_sync(sync), m_sourcesFile(sourcesFile)
{
    connect(actions.syncSources, &QAction::triggered, this,
            [this] { showSettings(SettingsPage::Sources); });
    connect(actions.syncSettings, &QAction::triggered, this,
            [this] { showSettings(SettingsPage::Sync); });
    connect(actions.settings, &QAction::triggered, this,
            [this] { showSettings(SettingsPage::Sync); });
}

SettingsController::~SettingsController() = default;

void SettingsController::setForYouState(const ForYouModelState& state)
{
    m_forYouState = state;
    QWidget* window = m_context.window();
    if (auto* open = window ? window->findChild<SettingsDialog*>() : nullptr) {
        if (auto* page = qobject_cast<ForYouSettingsPage*>(open->page(SettingsPage::ForYou)))
            page->setState(state);
    }
}

void SettingsController::showSettings(SettingsPage page)
{
    QWidget* window = m_context.window();
    if (auto* open = window ? window->findChild<SettingsDialog*>() : nullptr) {
        open->showPage(page);
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(m_sync, m_context.paths(), m_sourcesFile, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addLibraryPage(new LibraryPage(m_context.librarySync(), dialog));
    dialog->showPage(page);
    connect(dialog, &SettingsDialog::syncSettingsChanged, this,
            [this](const SyncSettings& settings) {
                m_sync = settings;
                applyTraySetting(settings);
                emit syncSettingsChanged(settings);
            });
    connect(dialog, &SettingsDialog::sourcesChanged, this, &SettingsController::sourcesChanged);
    if (auto* forYou = qobject_cast<ForYouSettingsPage*>(dialog->page(SettingsPage::ForYou))) {
        forYou->setState(m_forYouState);
        connect(forYou, &ForYouSettingsPage::resetRequested, this,
                &SettingsController::forYouResetRequested);
    }
    connect(qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage)),
            &StoragePage::cacheLimitChanged, this, &SettingsController::enforceCacheLimit);
    connect(dialog, &SettingsDialog::clearCacheRequested, this, [this, dialog] {
        clearCache(qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage)));
    });
    connect(dialog, &SettingsDialog::appearanceChanged, this,
            [this](const AppearanceSettings& appearance) {
                applyTheme(appearance.theme);
                emit detailFontChanged(appearance.detailFontPoints);
            });
    connect(dialog, &SettingsDialog::thumbnailSettingsChanged, this,
            &SettingsController::thumbnailSettingsChanged);
    connect(dialog, &SettingsDialog::pdfSettingsChanged, this,
            &SettingsController::pdfSettingsChanged);
    connect(dialog, &SettingsDialog::fetchMissingPdfsRequested, this,
            &SettingsController::fetchMissingPdfsRequested);
    dialog->open();
}

// The clearing runs on the writer thread, after every write queued before it; the window
// then shows its empty state, whose buttons offer to sync or import again.
void SettingsController::clearCache(StoragePage* page)
{
    QPointer<StoragePage> asking(page);
    if (m_cacheBusy()) {
        // Their writes would arrive after the clearing and fill the cache again, half.
        if (asking)
            asking->clearRefused(tr("A sync or an import is writing to the cache: cancel it or "
                                    "wait until it has finished, then clear the cache."));
        return;
    }
    emit cacheClearing();
    store::WriterThread& writer = m_context.writer();
    // Connected before asking: the writer may answer before clearCache() has returned here.
    auto ticket = std::make_shared<quint64>(0);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &writer, &store::WriterThread::cacheCleared, this,
        [this, ticket, asking, connection](quint64 answered, bool ok, const QString& error) {
            if (answered != *ticket)
                return;
            disconnect(*connection);
            m_context.showStatus(ok ? tr("The cache is empty.")
                                    : tr("The cache could not be cleared: %1").arg(error),
                                 0);
            if (asking)
                asking->clearFinished(ok, error);
            emit cacheCleared(ok);
        },
        Qt::QueuedConnection);
    *ticket = writer.clearCache();
}

void SettingsController::enforceCacheLimit()
{
    const CacheLimit limit = CacheLimit::load();
    if (limit.megabytes == 0 || !QFileInfo::exists(m_context.paths().cacheFile) || m_cacheBusy())
        return;
    store::WriterThread& writer = m_context.writer();
    auto ticket = std::make_shared<quint64>(0);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &writer, &store::WriterThread::cachePruned, this,
        [this, ticket, connection, limit](quint64 answered, const QList<QDate>& days, bool ok,
                                          const QString& error) {
            if (answered != *ticket)
                return;
            disconnect(*connection);
            if (!ok)
                m_context.showStatus(
                    tr("The cache could not be kept under its limit: %1").arg(error), 0);
            if (days.isEmpty())
                return;
            m_context.showStatus(
                tr("%n oldest day(s) left the cache to keep it under %1.", "", int(days.size()))
                    .arg(QLocale().formattedDataSize(limit.bytes())),
                0);
            emit cachePruned(days);
        },
        Qt::QueuedConnection);
    *ticket = writer.pruneCache(limit.bytes());
}

TrayIcon* SettingsController::trayIcon()
{
    if (!m_tray)
        m_tray = new TrayIcon(*m_context.window());
    return m_tray;
}

void SettingsController::notifyNewPapers(int count)
{
    if (m_tray)
        m_tray->notifyNewPapers(count);
}

void SettingsController::notify(const QString& message)
{
    if (m_tray)
        m_tray->notify(message);
}

void SettingsController::applyTraySetting(const SyncSettings& settings)
{
    if (settings.trayIcon || m_tray)
        trayIcon()->setWanted(settings.trayIcon);
}

} // namespace paperboy::ui
