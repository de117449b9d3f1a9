// Summarize in Korean: the shown paper, the day, or the day's papers that no Korean source
// covers (and, as a setting, the papers each sync brings), through the endpoint of
// Settings → Summaries, on a thread of their own with a cancellable progress in the status bar.
#include "pdf/PdfSettings.h"
#include "store/WriterThread.h"
#include "summarize/ApiKeyStore.h"
#include "summarize/SummarySettings.h"
#include "ui/detail/DetailView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/summarize/SummaryStatusWidget.h"
#include "ui/summarize/SummaryThread.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

QAction* summaryAction(QWidget* window, const QString& text, const QString& name,
                       const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, window);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    window->addAction(action);
    return action;
}

} // namespace

void MainWindow::connectSummaries()
{
    m_summarizePaper =
        summaryAction(this, tr("Summarize This &Paper in Korean"), QStringLiteral("summarizePaper"),
                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_summarizePaper->setStatusTip(
        tr("Asks the language model of Settings → Summaries for a Korean summary of the paper"));
    m_summarizeDay =
        summaryAction(this, tr("Summarize the &Day in Korean"), QStringLiteral("summarizeDay"));
    m_summarizeUncovered = summaryAction(this, tr("Summarize the Day's Papers &Without Korean"),
                                         QStringLiteral("summarizeUncovered"));
    m_summarizeUncovered->setStatusTip(
        tr("Only the papers no Korean digest, brief or summary covers yet"));
    m_cancelSummaries =
        summaryAction(this, tr("&Cancel Summaries"), QStringLiteral("cancelSummaries"));
    m_cancelSummaries->setEnabled(false);
    QAction* settingsAction =
        summaryAction(this, tr("Summary &Settings…"), QStringLiteral("summarySettings"));

    QMenu* menu = new QMenu(tr("S&ummaries"), menuBar());
    menu->setObjectName(QStringLiteral("summariesMenu"));
    menu->addAction(m_summarizePaper);
    menu->addAction(m_summarizeDay);
    menu->addAction(m_summarizeUncovered);
    menu->addSeparator();
    menu->addAction(m_cancelSummaries);
    menu->addAction(settingsAction);
    // Before Help, the last menu.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    m_detail->addPaperAction(m_summarizePaper);

    m_summaryStatus = new SummaryStatusWidget(this);
    statusBar()->addPermanentWidget(m_summaryStatus);
    connect(m_summaryStatus, &SummaryStatusWidget::cancelRequested, this,
            &MainWindow::cancelSummaries);
    connect(m_cancelSummaries, &QAction::triggered, this, &MainWindow::cancelSummaries);
    connect(m_summarizePaper, &QAction::triggered, this,
            [this] { startSummaries(SummaryScope::Paper); });
    connect(m_summarizeDay, &QAction::triggered, this,
            [this] { startSummaries(SummaryScope::Day); });
    connect(m_summarizeUncovered, &QAction::triggered, this,
            [this] { startSummaries(SummaryScope::Uncovered); });
    connect(settingsAction, &QAction::triggered, this,
            [this] { showSettings(SettingsPage::Summaries); });
    connect(m_sync.get(), &SyncController::dayUpdated, this,
            [this](const QDate& day) { m_syncedDays.insert(day); });
}

void MainWindow::startSummaries(SummaryScope scope, const QList<QDate>& days)
{
    const summarize::SummarySettings settings = summarize::SummarySettings::load();
    summarize::SummaryRequest request;
    if (scope == SummaryScope::Paper) {
        const QString id = m_detail->shownPaperId();
        if (id.isEmpty()) {
            statusBar()->showMessage(tr("Select a paper first."), statusMessageMs);
            return;
        }
        request.paperIds = {id};
    } else if (!days.isEmpty()) {
        request.days = days;
    } else if (m_day.isValid()) {
        request.days = {m_day};
    } else {
        statusBar()->showMessage(tr("No day is shown."), statusMessageMs);
        return;
    }
    if (m_summaries && m_summaries->isRunning()) {
        statusBar()->showMessage(tr("Summaries are being written; wait for them or cancel "
                                    "them first."),
                                 statusMessageMs);
        return;
    }
    request.onlyUncovered = scope == SummaryScope::Uncovered;
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
        statusBar()->showMessage(tr("Set the endpoint and model in Settings → Summaries first."),
                                 statusMessageMs);
        showSettings(SettingsPage::Summaries);
        return;
    }
    if (!m_summaries) {
        m_summaries = std::make_unique<SummaryThread>(m_paths, writer());
        connect(&writer(), &store::WriterThread::summaryWritten, this,
                [this](quint64, const QString& id, bool ok, const QString& error) {
                    if (!ok)
                        statusBar()->showMessage(
                            tr("The summary of %1 was not stored: %2").arg(id, error));
                    else if (id == m_detail->shownPaperId())
                        renderPaper(id);
                });
        connect(m_summaries.get(), &SummaryThread::started, this, [this](int total, int done) {
            m_summaryStatus->setRunning(0, total);
            if (total == 0)
                statusBar()->showMessage(
                    done > 0 ? tr("Already summarized by this model: %n paper(s).", nullptr, done)
                             : tr("No paper to summarize."),
                    statusMessageMs);
        });
        connect(m_summaries.get(), &SummaryThread::progress, m_summaryStatus,
                &SummaryStatusWidget::setRunning);
        connect(m_summaries.get(), &SummaryThread::countsChanged, m_summaryStatus,
                &SummaryStatusWidget::setCounts);
        connect(m_summaries.get(), &SummaryThread::paperFailed, this,
                [this](const QString& id, const QString& error) {
                    m_summaryFailures.append(id + QStringLiteral(": ") + error);
                });
        connect(m_summaries.get(), &SummaryThread::finished, this,
                &MainWindow::onSummariesFinished);
    }
    m_summaryFailures.clear();
    m_cancelSummaries->setEnabled(true);
    m_summaryStatus->setRunning(0, 0);
    // The key comes from the keyring (or the environment) for each run, and only into the
    // request: the window keeps no copy.
    auto* keys = new summarize::ApiKeyStore(this);
    connect(keys, &summarize::ApiKeyStore::keyRead, this,
            [this, keys, request](const QString& key, const QString& error) mutable {
                keys->deleteLater();
                if (!error.isEmpty())
                    statusBar()->showMessage(error, statusMessageMs);
                request.chat.apiKey = key;
                // Refused when another run started meanwhile (two quick clicks): that one's
                // progress stays as it is.
                if (!m_summaries->start(request))
                    statusBar()->showMessage(tr("Summaries are being written; wait for them or "
                                                "cancel them first."),
                                             statusMessageMs);
            });
    keys->read();
}

void MainWindow::cancelSummaries()
{
    if (!m_summaries || !m_summaries->isRunning())
        return;
    m_summaries->cancel();
    m_summaryStatus->setCancelling();
}

void MainWindow::onSummariesFinished(const summarize::SummaryTotals& totals, const QString& error)
{
    m_cancelSummaries->setEnabled(false);
    m_summaryStatus->setIdle();
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("No summaries: %1").arg(error));
        return;
    }
    QString message = tr("Summarized %n paper(s)", nullptr, totals.summarized);
    if (totals.alreadyDone > 0)
        message += tr(", %n already done", nullptr, totals.alreadyDone);
    if (totals.cancelled > 0)
        message += tr(", %n cancelled", nullptr, totals.cancelled);
    if (totals.failed > 0)
        message += tr(", %n failed — %1", nullptr, totals.failed)
                       .arg(m_summaryFailures.value(0)); // the first reason; the rest alike
    statusBar()->showMessage(message + QLatin1Char('.'));
    emit summariesFinished(totals.summarized, totals.failed);
}

void MainWindow::summarizeSyncedDays()
{
    const QList<QDate> days = m_syncedDays.values();
    m_syncedDays.clear();
    if (days.isEmpty() || !summarize::SummarySettings::load().afterSync)
        return;
    if (m_summaries && m_summaries->isRunning())
        return; // the next sync's run picks them up
    startSummaries(SummaryScope::Uncovered, days);
}

} // namespace paperboy::ui
