#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/packed/TextDictionary.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

struct Answer
{
    quint64 ticket = 0;
    QDate date;
    QString source;
    bool ok = false;
    QString error;
    QThread* deliveredOn = nullptr;
};

// Collects the writer's answers on the thread the collector lives on (the test's).
class AnswerLog final : public QObject
{
public:
    explicit AnswerLog(WriterThread& writer)
    {
        connect(&writer, &WriterThread::digestWritten, this,
                [this](quint64 ticket, const QDate& date, const QString& source, bool ok,
                       const QString& error) {
                    digests.append({ticket, date, source, ok, error, QThread::currentThread()});
                });
        connect(&writer, &WriterThread::fetchRecorded, this,
                [this](quint64 ticket, bool ok, const QString& error) {
                    fetches.append({ticket, {}, {}, ok, error, QThread::currentThread()});
                });
    }
    QList<Answer> digests;
    QList<Answer> fetches;
};

core::Digest dayDigest(int dayNumber)
{
    const QDate day = QDate(2024, 1, 1).addDays(dayNumber);
    const QString id = QStringLiteral("2401.%1").arg(dayNumber + 1, 5, 10, QLatin1Char('0'));
    return digest(day, core::koreanDigestSource(), {paper(id, QStringLiteral("Paper ") + id)});
}

// A day of papers with long, varied digest text: 40 papers of two 3 KB sections.
core::Digest textDigest(int dayNumber)
{
    QRandomGenerator random{quint32(dayNumber)};
    const QStringList vocabulary = QStringLiteral("model diffusion 모델 확산 학습 추론 agent "
                                                  "benchmark 에이전트 token 정책 scaling")
                                       .split(QLatin1Char(' '));
    const auto text = [&] {
        QStringList out;
        for (int i = 0; i < 360; ++i)
            out << vocabulary.at(random.bounded(int(vocabulary.size()))) +
                       QString::number(random.bounded(300));
        return out.join(QLatin1Char(' '));
    };
    const QDate day = QDate(2024, 1, 1).addDays(dayNumber);
    core::Papers papers;
    for (int i = 0; i < 40; ++i) {
        core::Paper paper =
            store::test::paper(QStringLiteral("2401.%1").arg(dayNumber * 100 + i + 10000),
                               QStringLiteral("Paper %1").arg(i));
        paper.sections = {{QStringLiteral("What's New"), text()},
                          {QStringLiteral("Technical Details"), text()}};
        papers.append(paper);
    }
    return digest(day, core::koreanDigestSource(), papers);
}

qint64 count(const DataPaths& paths, const char* sql)
{
    QString error;
    const auto connection = openDatabase(paths.cacheFile, SchemaSpec::cache(), false, &error);
    const auto value = connection ? connection->scalar(QString::fromLatin1(sql), &error)
                                  : std::optional<QVariant>();
    if (!value)
        qWarning("%s: %s", sql, qUtf8Printable(error));
    return value ? value->toLongLong() : -1;
}

// Days of text enough for the cache to train its dictionary (packed::trainingBytes).
constexpr int textDays = 24;

} // namespace

class TestWriterThread final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesRequestsFromOtherThreads();
    void destructionDrainsTheQueue();
    void answersEveryRequestWhenOpeningFails();
    void packsTheTextsOnceTheWritesPause();
    void packsDueTextsBeforeClosing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
};

void TestWriterThread::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
}

void TestWriterThread::writesRequestsFromOtherThreads()
{
    WriterThread writer(m_paths);
    AnswerLog log(writer);
    QSignalSpy openFailed(&writer, &WriterThread::openFailed);
    QHash<quint64, QDate> requested;
    QList<quint64> fetchTickets;
    QMutex lock;
    const auto client = [&](int first) {
        for (int i = first; i < first + 10; ++i) {
            const core::Digest d = dayDigest(i);
            const quint64 ticket = writer.writeDigest(d);
            FetchRecord fetch;
            fetch.date = d.date;
            fetch.source = d.source;
            fetch.status = FetchRecord::Status::Fetched;
            const quint64 fetchTicket = writer.recordFetch(fetch);
            const QMutexLocker locked(&lock);
            requested.insert(ticket, d.date);
            fetchTickets.append(fetchTicket);
        }
    };
    std::unique_ptr<QThread> one(QThread::create(client, 0));
    std::unique_ptr<QThread> two(QThread::create(client, 10));
    one->start();
    two->start();
    QVERIFY(one->wait(10000));
    QVERIFY(two->wait(10000));

    QTRY_COMPARE_WITH_TIMEOUT(log.digests.size(), 20, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(log.fetches.size(), 20, 20000);
    QSet<quint64> answered;
    for (const Answer& answer : std::as_const(log.digests)) {
        QVERIFY2(answer.ok, qPrintable(answer.error));
        QCOMPARE(answer.date, requested.value(answer.ticket));
        QCOMPARE(answer.source, core::koreanDigestSource());
        QCOMPARE(answer.deliveredOn, QThread::currentThread());
        answered.insert(answer.ticket);
    }
    QCOMPARE(answered.size(), 20); // every ticket once
    for (const Answer& answer : std::as_const(log.fetches)) {
        QVERIFY(answer.ok);
        QVERIFY(fetchTickets.contains(answer.ticket));
        QVERIFY(!answered.contains(answer.ticket)); // tickets are never shared
    }
    QCOMPARE(openFailed.count(), 0);

    QString error;
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->days().size(), 20);
    QVERIFY(reader->fetchRecord(QDate(2024, 1, 1), core::koreanDigestSource()));
}

void TestWriterThread::destructionDrainsTheQueue()
{
    QObject receiverContext;
    QList<Answer> answers;
    QList<quint64> tickets;
    {
        WriterThread writer(m_paths);
        connect(&writer, &WriterThread::digestWritten, &receiverContext,
                [&answers](quint64 ticket, const QDate& date, const QString&, bool ok,
                           const QString& error) {
                    answers.append({ticket, date, {}, ok, error, QThread::currentThread()});
                });
        for (int i = 0; i < 30; ++i)
            tickets.append(writer.writeDigest(dayDigest(i)));
        // An invalid request in the middle is answered and does not stop the queue.
        tickets.append(writer.writeDigest(core::Digest{}));
        for (int i = 30; i < 40; ++i)
            tickets.append(writer.writeDigest(dayDigest(i)));
    } // destroyed at once, with the queue still full
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 41, 20000);
    int failed = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QCOMPARE(answers[i].ticket, tickets[i]); // in request order
        failed += answers[i].ok ? 0 : 1;
    }
    QCOMPARE(failed, 1);
    QVERIFY(!answers[30].ok);
    QVERIFY(!answers[30].error.isEmpty());

    QString error;
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->days().size(), 40);
    QCOMPARE(reader->paperCount(), 40);
}

void TestWriterThread::answersEveryRequestWhenOpeningFails()
{
    QVERIFY(m_paths.ensureDirectories(nullptr));
    QFile notADatabase(m_paths.cacheFile);
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write("plain text, not SQLite");
    notADatabase.close();

    WriterThread writer(m_paths);
    QSignalSpy openFailed(&writer, &WriterThread::openFailed);
    AnswerLog log(writer);
    const quint64 digestTicket = writer.writeDigest(dayDigest(0));
    const quint64 fetchTicket = writer.recordFetch(FetchRecord{});
    QTRY_COMPARE_WITH_TIMEOUT(openFailed.count(), 1, 10000);
    const QString message = openFailed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("not a SQLite database")), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(log.digests.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(log.fetches.size(), 1, 10000);
    QCOMPARE(log.digests[0].ticket, digestTicket);
    QVERIFY(!log.digests[0].ok);
    QCOMPARE(log.digests[0].error, message);
    QCOMPARE(log.fetches[0].ticket, fetchTicket);
    QVERIFY(!log.fetches[0].ok);
    QCOMPARE(log.fetches[0].error, message);
    QCOMPARE(fileBytes(m_paths.cacheFile), QByteArray("plain text, not SQLite"));
}

// The writes of an import answer without training the dictionary; the writer packs the texts
// by itself once they pause, with no request of its own.
void TestWriterThread::packsTheTextsOnceTheWritesPause()
{
    WriterThread writer(m_paths);
    AnswerLog log(writer);
    for (int day = 0; day < textDays; ++day)
        writer.writeDigest(textDigest(day));
    QTRY_COMPARE_WITH_TIMEOUT(log.digests.size(), textDays, 30000);
    QVERIFY(count(m_paths,
                  "SELECT total(length(CAST(paperboy_text(markdown) AS BLOB))) FROM sections") >
            packed::trainingBytes);
    QTRY_COMPARE_WITH_TIMEOUT(count(m_paths, "SELECT count(*) FROM text_dictionaries"), 1, 30000);
    QCOMPARE(count(m_paths, "SELECT count(*) FROM sections WHERE typeof(markdown) = 'text'"), 0);
}

// A writer closed before its writes paused (`paperboy sync` ends so) still packs what is due.
void TestWriterThread::packsDueTextsBeforeClosing()
{
    {
        WriterThread writer(m_paths);
        for (int day = 0; day < textDays; ++day)
            writer.writeDigest(textDigest(day));
    }
    QCOMPARE(count(m_paths, "SELECT count(*) FROM text_dictionaries"), 1);
    QCOMPARE(count(m_paths, "SELECT count(*) FROM sections WHERE typeof(markdown) = 'text'"), 0);
}

QTEST_GUILESS_MAIN(TestWriterThread)
#include "TestWriterThread.moc"
