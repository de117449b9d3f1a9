// The PDF queue against a real loopback server: a PDF is kept only whole and checked, a cut
// download continues with a Range request, a busy server is asked again after Retry-After,
// a page that is not a PDF, a file over the cap and a 404 are refused, a stall and cancel
// keep the part for later.
#include "PdfServer.h"
#include "common/FileBytes.h"

#include "pdf/PdfQueue.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using pdftest::PdfServer;
using Outcome = pdf::PdfResult::Outcome;

using paperboy::testing::fileBytes;

class TestPdfQueue final : public QObject
{
    Q_OBJECT

private:
    PdfServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<pdf::PdfResult> m_results;
    std::unique_ptr<pdf::PdfQueue> m_queue;

    pdf::PdfFiles files() const
    {
        return pdf::PdfFiles(m_dir->filePath(QStringLiteral("user.sqlite")));
    }

    void makeQueue(pdf::PdfOptions options = {})
    {
        options.baseUrl = m_server.baseUrl();
        options.backoffMs = 100;
        m_queue = std::make_unique<pdf::PdfQueue>(files(), options);
        connect(m_queue.get(), &pdf::PdfQueue::finished, this,
                [this](const pdf::PdfResult& result) { m_results.append(result); });
    }

    // Runs the queue until it is idle; the results in order.
    bool runToIdle(const QStringList& ids, int timeoutMs = 15000)
    {
        QSignalSpy idle(m_queue.get(), &pdf::PdfQueue::idle);
        m_queue->enqueue(ids);
        return m_queue->isIdle() || idle.wait(timeoutMs);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_results.clear();
    }

    void cleanup() { m_queue.reset(); }

    void keepsAWholePdfAndAsksNothingTheSecondTime()
    {
        const QString id = QStringLiteral("2401.00001");
        m_server.setMode(id, PdfServer::Mode::Pdf);
        makeQueue();
        QVERIFY(runToIdle({id}));
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results[0].outcome, Outcome::Downloaded);
        QCOMPARE(fileBytes(files().fileFor(id)), PdfServer::pdfBody(id));
        QVERIFY(!QFileInfo::exists(files().partFileFor(id)));
        QVERIFY(runToIdle({id}));
        QCOMPARE(m_results[1].outcome, Outcome::AlreadyThere);
        QCOMPARE(m_server.requests(id), 1);
    }

    void aCutDownloadContinuesWithARange()
    {
        const QString id = QStringLiteral("2401.00002");
        m_server.setMode(id, PdfServer::Mode::CutOnce);
        makeQueue();
        QVERIFY(runToIdle({id}));
        QCOMPARE(m_results.size(), 1);
        QVERIFY2(m_results[0].outcome == Outcome::Downloaded, qPrintable(m_results[0].error));
        // Qt itself sometimes asks again at once when a connection closes early, and then
        // ends the reply without an error: whatever happened before, the part is continued
        // from where the cut left it, and the file is whole.
        const QStringList ranges = m_server.ranges(id);
        const qint64 half = PdfServer::pdfBody(id).size() / 2;
        QVERIFY2(ranges.size() >= 2 && ranges.first().isEmpty() &&
                     ranges.last() == QStringLiteral("bytes=%1-").arg(half),
                 qPrintable(ranges.join(QLatin1Char('|'))));
        QCOMPARE(fileBytes(files().fileFor(id)), PdfServer::pdfBody(id));
    }

    void aServerIgnoringTheRangeReplacesThePart()
    {
        const QString id = QStringLiteral("2401.00003");
        m_server.setMode(id, PdfServer::Mode::IgnoreRange);
        QVERIFY(QDir().mkpath(files().directory()));
        QFile part(files().partFileFor(id));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(PdfServer::pdfBody(id).left(1000)); // left by an earlier run
        part.close();
        makeQueue();
        QVERIFY(runToIdle({id}));
        QCOMPARE(m_results.value(0).outcome, Outcome::Downloaded);
        QCOMPARE(m_server.ranges(id), QStringList{QStringLiteral("bytes=1000-")});
        QCOMPARE(fileBytes(files().fileFor(id)), PdfServer::pdfBody(id));
    }

    void busyServerIsAskedAgainAfterRetryAfter()
    {
        const QString id = QStringLiteral("2401.00004");
        m_server.setMode(id, PdfServer::Mode::BusyOnce);
        makeQueue();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runToIdle({id}));
        QCOMPARE(m_results.value(0).outcome, Outcome::Downloaded);
        QCOMPARE(m_server.requests(id), 2);
        QVERIFY2(timer.elapsed() >= 900, "asked again before Retry-After: 1");
    }

    void refusedBodiesLeaveNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a pdf") << QStringLiteral("2401.00005") << int(PdfServer::Mode::NotPdf)
                                   << qint64(100 << 20) << QStringLiteral("not a PDF");
        QTest::newRow("over the cap") << QStringLiteral("2401.00006") << int(PdfServer::Mode::Pdf)
                                      << qint64(64 * 1024) << QStringLiteral("larger than");
        QTest::newRow("404") << QStringLiteral("2401.00007") << int(PdfServer::Mode::Missing)
                             << qint64(100 << 20) << QStringLiteral("404");
        // Issue 21: 200 MB streamed without a length, against the default cap (100 MB).
        QTest::newRow("200 MB streamed")
            << QStringLiteral("2401.00011") << int(PdfServer::Mode::Huge)
            << pdf::PdfOptions().maxBytes << QStringLiteral("larger than");
    }

    void refusedBodiesLeaveNothing()
    {
        QFETCH(QString, id);
        QFETCH(int, mode);
        QFETCH(qint64, cap);
        QFETCH(QString, error);
        m_server.setMode(id, PdfServer::Mode(mode));
        pdf::PdfOptions options;
        options.maxBytes = cap;
        makeQueue(options);
        QVERIFY(runToIdle({id}));
        QCOMPARE(m_results.value(0).outcome, Outcome::Failed);
        QVERIFY2(m_results[0].error.contains(error), qPrintable(m_results[0].error));
        QCOMPARE(m_server.requests(id), 1); // never asked again: it would not get better
        QVERIFY(!QFileInfo::exists(files().fileFor(id)));
        QVERIFY(!QFileInfo::exists(files().partFileFor(id)));
        if (PdfServer::Mode(mode) == PdfServer::Mode::Huge) {
            // Cut off at the cap: the server was stopped well before its 200 MB.
            QTest::qWait(200);
            const qint64 sent = m_server.hugeBytesSent();
            QVERIFY2(sent >= cap && sent < cap + 32LL * 1024 * 1024,
                     qPrintable(QString::number(sent)));
        }
    }

    void aStallEndsAndKeepsThePart()
    {
        const QString id = QStringLiteral("2401.00008");
        m_server.setMode(id, PdfServer::Mode::Stall);
        pdf::PdfOptions options;
        options.stallTimeoutMs = 300;
        options.maxTries = 2;
        makeQueue(options);
        const bool idle = runToIdle({id});
        QVERIFY2(idle, qPrintable(QStringLiteral("%1 results, %2 requests")
                                      .arg(m_results.size())
                                      .arg(m_server.requests(id))));
        QCOMPARE(m_results.value(0).outcome, Outcome::Failed);
        QCOMPARE(m_server.requests(id), 2);
        QCOMPARE(QFileInfo(files().partFileFor(id)).size(), 10); // continued by a later run
        QVERIFY(!QFileInfo::exists(files().fileFor(id)));
    }

    void cancelAnswersEveryPaper()
    {
        const QString stalled = QStringLiteral("2401.00009");
        const QString waiting = QStringLiteral("2401.00010");
        m_server.setMode(stalled, PdfServer::Mode::Stall);
        m_server.setMode(waiting, PdfServer::Mode::Pdf);
        makeQueue();
        QSignalSpy started(m_queue.get(), &pdf::PdfQueue::started);
        m_queue->enqueue({stalled, waiting});
        QTRY_COMPARE(m_server.requests(stalled), 1);
        m_queue->cancelAll();
        QTRY_COMPARE(m_results.size(), 2);
        QCOMPARE(m_results[0].outcome, Outcome::Cancelled);
        QCOMPARE(m_results[1].outcome, Outcome::Cancelled);
        QVERIFY(m_queue->isIdle());
        QTest::qWait(200);
        QCOMPARE(m_server.requests(waiting), 0);
        QCOMPARE(started.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPdfQueue)
#include "TestPdfQueue.moc"
