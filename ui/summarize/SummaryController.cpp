#include "ui/summarize/SummaryController.h"

#include "pdf/PdfSettings.h"
#include "store/cache/WriterThread.h"
#include "summarize/ApiKeyStore.h"
#include "summarize/SummarySettings.h"
#include "ui/common/FeatureContext.h"
#include "ui/summarize/SummaryRuns.h"
#include "ui/summarize/SummaryStatusWidget.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace paperboy::ui {

SummaryController::SummaryController(FeatureContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{
    m_summarizePaper =
        addAction(tr("Summarize This &Paper in Korean"), QStringLiteral("summarizePaper"),
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_summarizePaper->setStatusTip(
        tr("Asks the language model of Settings → Summaries for a Korean summary of the paper"));
    QAction* day =
        addAction(tr("Summarize the &Day in Korean"), QStringLiteral("summarizeDay"), {});
    QAction* uncovered = addAction(tr("Summarize the Day's Papers &Without Korean"),
                                   QStringLiteral("summarizeUncovered"), {});
    uncovered->setStatusTip(tr("Only the papers no Korean digest, brief or summary covers yet"));
    m_cancel = addAction(tr("&Cancel Summaries"), QStringLiteral("cancelSummaries"), {});
    m_cancel->setEnabled(false);
    QAction* settings = addAction(tr("Summary &Settings…"), QStringLiteral("summarySettings"), {});

    m_menu = new QMenu(tr("S&ummaries"), context.window());
    m_menu->setObjectName(QStringLiteral("summariesMenu"));
    m_menu->addActions({m_summarizePaper, day, uncovered});
    m_menu->addSeparator();
    m_menu->addActions({m_cancel, settings});

    m_status = new SummaryStatusWidget(context.window());
    connect(m_status, &SummaryStatusWidget::cancelRequested, this, &SummaryController::cancel);
    connect(m_cancel, &QAction::triggered, this, &SummaryController::cancel);
    connect(m_summarizePaper, &QAction::triggered, this, [this] { start(Scope::Paper); });
    connect(day, &QAction::triggered, this, [this] { start(Scope::Day); });
    connect(uncovered, &QAction::triggered, this, [this] { start(Scope::Uncovered); });
    connect(settings, &QAction::triggered, this, &SummaryController::settingsWanted);
}

SummaryController::~SummaryController() = default;

QAction* SummaryController::addAction(const QString& text, const QString& name,
                                      const QKeySequence& shortcut)
{
    // The window's own, like its other commands, so that its shortcuts work anywhere in it.
    QWidget* window = m_context.window();
    auto* action = window ? new QAction(text, window) : new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    if (window)
        window->addAction(action);
    return action;
}

void SummaryController::start(Scope scope, const QList<QDate>& days)
{
    const summarize::SummarySettings settings = summarize::SummarySettings::load();
    summarize::SummaryRequest request;
    const QDate shownDay = m_context.focus().day();
    if (scope == Scope::Paper) {
        const QString id = m_context.focus().shownPaperId();
        if (id.isEmpty()) {
            m_context.showStatus(tr("Select a paper first."));
            return;
        }
        request.paperIds = {id};
    } else if (!days.isEmpty()) {
        request.days = days;
    } else if (shownDay.isValid()) {
        request.days = {shownDay};
    } else {
        m_context.showStatus(tr("No day is shown."));
        return;
    }
    if (m_thread && m_thread->isRunning()) {
        m_context.showStatus(tr("Summaries are being written; wait for them or cancel them "
                                "first."));
        return;
    }
    request.onlyUncovered = scope == Scope::Uncovered;
    request.chat.endpoint = QUrl(settings.endpoint);
    request.chat.model = settings.model;
    request.chat.pdfTokenBudget = settings.pdfTokenBudget;
    request.chat.timeoutMs = settings.timeoutSeconds * 1000;
    request.concurrency = settings.concurrency;
    request.usePdfText = settings.usePdfText;
    request.downloadPdf = settings.usePdfText && settings.downloadPdf;
    const pdf::PdfSettings pdfSettings = pdf::PdfSettings::load();
    request.pdfBaseUrl = pdfSettings.baseUrl;
    request.pdfMaxBytes = qint64(pdfSettings.maxMb) * 1024 * 1024;
    const QString scheme = request.chat.endpoint.scheme();
    if (request.chat.model.isEmpty() || request.chat.endpoint.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        m_context.showStatus(tr("Set the endpoint and model in Settings → Summaries first."));
        emit settingsWanted();
        return;
    }
    makeThread();
    m_failures.clear();
    m_cancel->setEnabled(true);
    m_status->setRunning(0, 0);
    // The key comes from the keyring (or the environment) for each run, and only into the
    // request: the window keeps no copy.
    auto* keys = new summarize::ApiKeyStore(this);
    connect(keys, &summarize::ApiKeyStore::keyRead, this,
            [this, keys, request](const QString& key, const QString& error) mutable {
                keys->deleteLater();
                if (!error.isEmpty())
                    m_context.showStatus(error);
                request.chat.apiKey = key;
                // Refused when another run started meanwhile (two quick clicks): that one's
                // progress stays as it is.
                if (!m_thread->start(request))
                    m_context.showStatus(tr("Summaries are being written; wait for them or "
                                            "cancel them first."));
            });
    keys->read();
}

void SummaryController::makeThread()
{
    if (m_thread)
        return;
    store::WriterThread& writer = m_context.writer();
    m_thread = std::make_unique<SummaryRuns>(m_context.paths(), writer);
    connect(&writer, &store::WriterThread::summaryWritten, this,
            [this](quint64, const QString& id, bool ok, const QString& error) {
                if (!ok)
                    m_context.showStatus(tr("The summary of %1 was not stored: %2").arg(id, error),
                                         0);
                else
                    emit paperSummarized(id);
            });
    connect(m_thread.get(), &SummaryRuns::started, this, [this](int total, int done) {
        m_status->setRunning(0, total);
        if (total == 0)
            m_context.showStatus(
                done > 0 ? tr("Already summarized by this model: %n paper(s).", nullptr, done)
                         : tr("No paper to summarize."));
    });
    connect(m_thread.get(), &SummaryRuns::progress, m_status, &SummaryStatusWidget::setRunning);
    connect(m_thread.get(), &SummaryRuns::countsChanged, m_status, &SummaryStatusWidget::setCounts);
    connect(m_thread.get(), &SummaryRuns::paperFailed, this,
            [this](const QString& id, const QString& error) {
                m_failures.append(id + QStringLiteral(": ") + error);
            });
    connect(m_thread.get(), &SummaryRuns::finished, this, &SummaryController::onFinished);
}

void SummaryController::cancel()
{
    if (!m_thread || !m_thread->isRunning())
        return;
    m_thread->cancel();
    m_status->setCancelling();
}

void SummaryController::onFinished(const summarize::SummaryTotals& totals, const QString& error)
{
    m_cancel->setEnabled(false);
    m_status->setIdle();
    if (!error.isEmpty()) {
        m_context.showStatus(tr("No summaries: %1").arg(error), 0);
        return;
    }
    QString message = tr("Summarized %n paper(s)", nullptr, totals.summarized);
    if (totals.alreadyDone > 0)
        message += tr(", %n already done", nullptr, totals.alreadyDone);
    if (totals.cancelled > 0)
        message += tr(", %n cancelled", nullptr, totals.cancelled);
    if (totals.failed > 0)
        message += tr(", %n failed — %1", nullptr, totals.failed)
                       .arg(m_failures.value(0)); // the first reason; the rest alike
    m_context.showStatus(message + QLatin1Char('.'), 0);
    emit finished(totals.summarized, totals.failed);
}

void SummaryController::summarizeSyncedDays()
{
    const QList<QDate> days = m_syncedDays.values();
    m_syncedDays.clear();
    if (days.isEmpty() || !summarize::SummarySettings::load().afterSync)
        return;
    if (m_thread && m_thread->isRunning())
        return; // the next sync's run picks them up
    start(Scope::Uncovered, days);
}

} // namespace paperboy::ui
