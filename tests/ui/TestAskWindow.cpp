// Ask this paper in the window: the panel under the shown paper streams the answer from an
// OpenAI-compatible server on loopback (tests/ask/chat_server.py), turns its [p. N] citations
// into links that report the page (never followed), escapes what the model writes, keeps the
// answer in the user file, and Cancel stops the request.
#include "../ask/AskFixtures.h"
#include "../ask/ChatServer.h"
#include "common/CacheFixture.h"
#include "store/cache/CacheWriter.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/detail/AskController.h"
#include "ui/detail/AskPanel.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace paperboy;
using namespace paperboy::ui;

class TestAskWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    asktest::ChatServer m_server;
    testing::CacheFixture m_cache;
    core::Paper m_paper;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("PAPERBOY_LLM_API_KEY", "");
        QVERIFY(m_server.start());
        QSettings settings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy"));
        settings.setValue(QStringLiteral("summaries/endpoint"), m_server.endpoint());
        settings.setValue(QStringLiteral("summaries/model"), QStringLiteral("window-model"));
        settings.setValue(QStringLiteral("summaries/pdfTokenBudget"), 120);
        settings.sync();

        QString error;
        QVERIFY2(m_cache.open(&error), qPrintable(error));
        m_paper.id = *core::ArxivId::parse(u"2501.04444");
        m_paper.title = QStringLiteral("Whale songs <b>loud</b>");
        m_paper.abstract = QStringLiteral("Sky whales.");
        QVERIFY2(m_cache.writer->writeDigest(
                     {QDate(2025, 1, 6), QStringLiteral("hf_daily_papers"), {m_paper}}, &error),
                 qPrintable(error));
        const QString pdfDir =
            QFileInfo(m_cache.paths.userFile).absoluteDir().filePath(QStringLiteral("pdf"));
        QVERIFY(QDir().mkpath(pdfDir));
        QVERIFY(asktest::writeSixPagePdf(pdfDir + QStringLiteral("/2501.04444.pdf")));
    }

    void answerHtmlEscapesAndLinksPages()
    {
        const QString html =
            AskPanel::answerHtml(QStringLiteral("<script>x</script> a [p. 4] b [p. 3, 5]\nc"));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"paperboy-page:4\">[p. 4]</a>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"paperboy-page:5\">5</a>")));
        QVERIFY(html.contains(QStringLiteral("<br>c")));
    }

    void streamsKeepsAndLinksAnAnswer()
    {
        FeatureContext context(m_cache.paths);
        DetailView detail;
        AskController controller(context, detail);
        detail.showPaper(m_paper);
        AskPanel* panel = detail.askPanel();
        QCOMPARE(panel->paperId(), QStringLiteral("2501.04444"));

        QSignalSpy finished(&controller, &AskController::finished);
        panel->questionEdit()->setText(asktest::questionAboutTheFact());
        QTest::keyClick(panel->questionEdit(), Qt::Key_Return);
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!controller.isRunning());
        // Kept, then listed again from the file with its model.
        QTRY_VERIFY(panel->answers()->toPlainText().contains(QStringLiteral("window-model")));
        const QString shown = panel->answers()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("forty-two hertz during the monsoon [p. 4]")),
                 qPrintable(shown));
        QVERIFY(m_server.lastRequestBody().contains(QStringLiteral("[page 4]")));

        QSignalSpy pages(&controller, &AskController::pageLinkActivated);
        emit panel->answers()->anchorClicked(QUrl(QStringLiteral("paperboy-page:4")));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toString(), QStringLiteral("2501.04444"));
        QCOMPARE(pages.first().at(1).toInt(), 4);
    }

    void cancelStopsTheRequest()
    {
        FeatureContext context(m_cache.paths);
        DetailView detail;
        AskController controller(context, detail);
        detail.showPaper(m_paper);
        const int closedBefore = int(m_server.entries(QStringLiteral("closed")).size());
        QSignalSpy finished(&controller, &AskController::finished);
        controller.ask(QStringLiteral("Sky whale? #slow"));
        QTRY_VERIFY_WITH_TIMEOUT(
            detail.askPanel()->answers()->toPlainText().contains(QStringLiteral("word1")), 10000);
        controller.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!controller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.entries(QStringLiteral("closed")).size() > closedBefore,
                                 10000);
        QTRY_VERIFY(detail.askPanel()->answers()->toPlainText().contains(
            QCoreApplication::translate("paperboy::ui::AskPanel", "incomplete")));
    }

    void cleanupTestCase() { m_cache.close(); }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestAskWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAskWindow.moc"
