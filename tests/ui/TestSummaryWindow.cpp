// Summarize in Korean in the real window, against an OpenAI-compatible server on loopback:
// the shown paper's summary appears under a heading naming the model, "without Korean" asks
// only for the papers no Korean source covers, a day's run is cancelled from the status bar
// with its running count shown, and the key is in no file the window writes.
#include "FaultServer.h"
#include "LlmServer.h"
#include "SyncHarness.h"
#include "UiTestSupport.h"
#include "store/cache/CacheReader.h"
#include "summarize/SummaryRun.h"
#include "summarize/SummarySettings.h"
#include "sync/SourceRegistry.h"
#include "ui/common/ReaderSettings.h"
#include "ui/detail/DetailView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/summarize/SummaryStatusWidget.h"
#include "ui/sync/SyncController.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace paperboy;
using namespace paperboy::uitest;
using summarytest::LlmServer;

namespace {

const QByteArray secretKey = "sk-window-secret-9876543210";

void useServer(const LlmServer& server, const QString& model, int concurrency)
{
    summarize::SummarySettings settings;
    settings.endpoint = server.endpoint();
    settings.model = model;
    settings.concurrency = concurrency;
    settings.usePdfText = false;
    settings.save();
}

} // namespace

class TestSummaryWindow final : public QObject
{
    Q_OBJECT

private:
    LlmServer m_server;

private slots:
    void initTestCase()
    {
        qputenv("PAPERBOY_LLM_API_KEY", secretKey);
        QVERIFY(m_server.start());
    }

    void summarizesShownPaperThenTheUncoveredOnes()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        useServer(m_server, QStringLiteral("window-model"), 2);
        auto window = openWindow(dir.path());
        // The 5th: four papers in the Korean digest, one only on Hugging Face.
        window->showDay(QDate(2024, 3, 5));
        QTRY_COMPARE(window->detailView()->shownPaperId(), QStringLiteral("2403.02001"));
        const QString id = window->detailView()->shownPaperId();
        QSignalSpy finished(window.get(), &ui::MainWindow::summariesFinished);

        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst(), (QVariantList{1, 0}));
        QCOMPARE(m_server.requests(id), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            detailText(*window).contains(QStringLiteral("Korean summary by window-model")), 10000);
        QVERIFY(detailText(*window).contains(id + QStringLiteral("의 새로운 점")));

        // The day's papers without Korean text: exactly those are asked (the one just
        // summarized is covered now).
        QString error;
        auto reader = store::CacheReader::open(store::DataPaths::inDirectory(dir.path()), &error);
        QVERIFY2(reader, qPrintable(error));
        QStringList uncovered;
        for (const core::Paper& paper : reader->dayPapers(window->currentDay())) {
            if (!summarize::hasKoreanSource(paper))
                uncovered.append(paper.id.id());
        }
        QCOMPARE(uncovered, QStringList{QStringLiteral("2403.02005")});
        const int before = m_server.totalRequests();
        window->findChild<QAction*>(QStringLiteral("summarizeUncovered"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().value(0).toInt(), int(uncovered.size()));
        QCOMPARE(m_server.totalRequests() - before, int(uncovered.size()));
        for (const QString& paperId : std::as_const(uncovered))
            QCOMPARE(m_server.requests(paperId), 1);
    }

    void dayRunIsCancelledFromTheStatusBar()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        useServer(m_server, QStringLiteral("slow-model"), 1);
        auto window = openWindow(dir.path());
        window->showDay(QDate(2024, 3, 5));
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        QString error;
        auto reader = store::CacheReader::open(store::DataPaths::inDirectory(dir.path()), &error);
        QVERIFY(reader);
        const core::Papers papers = reader->dayPapers(window->currentDay());
        QVERIFY(papers.size() >= 3);
        for (const core::Paper& paper : papers)
            m_server.setMode(paper.id.id(), LlmServer::Mode::Slow);
        QSignalSpy finished(window.get(), &ui::MainWindow::summariesFinished);

        window->findChild<QAction*>(QStringLiteral("summarizeDay"))->trigger();
        auto* status = window->findChild<ui::SummaryStatusWidget*>(QStringLiteral("summaryStatus"));
        QVERIFY(status);
        QTRY_VERIFY(status->isVisible());
        // The first answer arrives after 1.5 s; the count of requests and tokens follows.
        QTRY_VERIFY_WITH_TIMEOUT(status->countsText().contains(QStringLiteral("140 tokens")),
                                 10000);
        QVERIFY(status->countsText().contains(QStringLiteral("request")));
        status->findChild<QToolButton*>(QStringLiteral("summaryCancel"))->click();
        QVERIFY(finished.wait(10000));
        const QVariantList result = finished.takeFirst();
        QVERIFY(result.value(0).toInt() >= 1);
        QVERIFY(result.value(0).toInt() < papers.size());
        QCOMPARE(result.value(1).toInt(), 0);
        QTRY_VERIFY(!status->isVisible());

        // The key: in the requests, in no file of the data folder or the settings.
        QVERIFY(m_server.authorizations().contains(QStringLiteral("Bearer ") +
                                                   QString::fromLatin1(secretKey)));
        window.reset();
        for (const QString& root :
             {dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME"),
              qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CACHE_HOME")}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secretKey), qPrintable(file.fileName()));
            }
        }
    }

    void summarizesWhatEachSyncBrings()
    {
        forgetWindowState();
        QTemporaryDir dir;
        useServer(m_server, QStringLiteral("after-sync-model"), 4);
        summarize::SummarySettings settings = summarize::SummarySettings::load();
        settings.afterSync = true;
        settings.save();
        ui::SyncSettings syncSettings;
        syncSettings.recentDays = 1;
        syncSettings.save();
        synctest::FaultServer digests(synctest::fixture(QStringLiteral("digest-template.md")),
                                      synctest::fixture(QStringLiteral("error-page.html")));
        QVERIFY(digests.start());
        // Only a loopback source (not a Korean one): every synced paper lacks Korean text.
        const QString sourcesFile = dir.filePath(QStringLiteral("sources.json"));
        sync::SourceRegistry registry(sourcesFile);
        QString error;
        for (const sync::SourceDefinition& builtIn : sync::builtInSources())
            QVERIFY(registry.setEnabled(builtIn.name, false, &error));
        QVERIFY(registry.add(synctest::loopbackSource(QStringLiteral("mirror"),
                                                      digests.urlTemplate(QStringLiteral("ok"))),
                             &error));
        QVERIFY2(registry.save(&error), qPrintable(error));
        ui::SyncSetup setup;
        setup.sourcesFile = sourcesFile;
        setup.options = synctest::fastOptions();
        auto window = std::make_unique<ui::MainWindow>(
            store::DataPaths::inDirectory(dir.filePath(QStringLiteral("data"))), setup);
        window->show();
        QSignalSpy finished(window.get(), &ui::MainWindow::summariesFinished);
        const int before = m_server.totalRequests();

        window->syncController().syncNow();
        QVERIFY(finished.wait(30000));
        const int summarized = finished.takeFirst().value(0).toInt();
        QVERIFY(summarized >= 3); // the synced days' papers
        QCOMPARE(m_server.totalRequests() - before, summarized);
    }

    void settingsPageSavesAllButTheKey()
    {
        forgetWindowState();
        QTemporaryDir dir;
        auto window = openWindow(dir.path());
        window->findChild<QAction*>(QStringLiteral("summarySettings"))->trigger();
        ui::SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::SettingsDialog*>()) != nullptr);
        QCOMPARE(dialog->currentPage(), ui::SettingsPage::Summaries);
        QWidget* page = dialog->page(ui::SettingsPage::Summaries);
        auto* endpoint = page->findChild<QLineEdit*>(QStringLiteral("summaryEndpoint"));
        auto* model = page->findChild<QLineEdit*>(QStringLiteral("summaryModel"));
        auto* key = page->findChild<QLineEdit*>(QStringLiteral("summaryKey"));
        auto* concurrency = page->findChild<QSpinBox*>(QStringLiteral("summaryConcurrency"));
        auto* budget = page->findChild<QSpinBox*>(QStringLiteral("summaryBudget"));
        auto* afterSync = page->findChild<QCheckBox*>(QStringLiteral("summaryAfterSync"));
        QVERIFY(endpoint && model && key && concurrency && budget && afterSync);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        endpoint->setText(QStringLiteral("http://127.0.0.1:9/v1"));
        emit endpoint->editingFinished();
        model->setText(QStringLiteral("qwen2.5-7b"));
        emit model->editingFinished();
        concurrency->setValue(4);
        budget->setValue(8000);
        afterSync->setChecked(true);
        // $PAPERBOY_LLM_API_KEY is set: the page says it is used.
        auto* state = page->findChild<QLabel*>(QStringLiteral("summaryKeyState"));
        QTRY_VERIFY(state->text().contains(QStringLiteral("PAPERBOY_LLM_API_KEY")));
        key->setText(QStringLiteral("sk-typed-in-the-page"));
        dialog->reject();
        window.reset();

        const summarize::SummarySettings saved = summarize::SummarySettings::load();
        QCOMPARE(saved.endpoint, QStringLiteral("http://127.0.0.1:9/v1"));
        QCOMPARE(saved.model, QStringLiteral("qwen2.5-7b"));
        QCOMPARE(saved.concurrency, 4);
        QCOMPARE(saved.pdfTokenBudget, 8000);
        QVERIFY(saved.afterSync);
        QDirIterator it(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("sk-typed-in-the-page"));
        }
    }
};

PAPERBOY_UI_TEST_MAIN(TestSummaryWindow)
#include "TestSummaryWindow.moc"
