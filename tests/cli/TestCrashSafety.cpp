// SIGKILLs `paperboy import` of the real corpus at several points and checks that the cache is
// intact (PRAGMA integrity_check, and FTS5's integrity-check of the full-text index) and holds
// whole digests only: every cached day has exactly the
// number of papers its file has. Then a second import completes what the first began.
#include "common/CliRunner.h"
#include "common/Corpus.h"
#include "store/FtsTokenizer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace paperboy::testing;

namespace {

QString integrityCheck(const QString& file)
{
    const QString name = QStringLiteral("integrity-") + file;
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            answer = query.value(0).toString();
        else
            answer = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

// FTS5's own check that the full-text index agrees with the text it reads. It needs Paperboy's
// tokenizer and a writable connection (the check is a special INSERT that writes nothing).
QString fullTextCheck(const QString& file)
{
    const QString name = QStringLiteral("fts-check-") + file;
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return db.lastError().text();
        if (!paperboy::store::fts::registerTokenizer(db, &answer))
            return answer;
        QSqlQuery query(db);
        // rank 1: the index is also compared with the text it reads (external content).
        answer = query.exec(QStringLiteral(
                     "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)"))
                     ? QStringLiteral("ok")
                     : query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLeavesWholeDigests();
};

void TestCrashSafety::killedImportLeavesWholeDigests()
{
    PAPERBOY_REQUIRE_CORPUS();
    const QString markdown = corpusDir() + QStringLiteral("/daily_papers_ko");
    const auto expected = independentMarkdownIds();

    // How long a whole import takes here, to aim the kills inside it.
    QTemporaryDir full;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runCli(full.path(), {QStringLiteral("import"), QStringLiteral("--quiet"), markdown})
                 .exitCode,
             0);
    const qint64 duration = timer.elapsed();
    qInfo() << "full import took" << duration << "ms";

    int midwayKills = 0;
    for (const double fraction : {0.2, 0.4, 0.6, 0.75, 0.9}) {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(PAPERBOY_EXE),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                       QStringLiteral("--quiet"), markdown});
        QVERIFY(process.waitForStarted());
        QTest::qWait(int(double(duration) * fraction));
        process.kill(); // SIGKILL: no chance to clean up
        process.waitForFinished();

        const QString cacheFile = dir.path() + QStringLiteral("/cache.sqlite");
        if (!QFile::exists(cacheFile))
            continue; // killed before the cache was even created
        QCOMPARE(integrityCheck(cacheFile), QStringLiteral("ok"));
        QCOMPARE(fullTextCheck(cacheFile), QStringLiteral("ok"));
        const CliResult days =
            runCli(dir.path(), {QStringLiteral("days"), QStringLiteral("--json")});
        QCOMPARE(days.exitCode, 0);
        const QJsonArray array = days.json().array();
        for (const QJsonValue& day : array) {
            const QDate date =
                QDate::fromString(day[QStringLiteral("date")].toString(), Qt::ISODate);
            QCOMPARE(day[QStringLiteral("papers")].toInt(), int(expected.value(date).size()));
        }
        if (!array.isEmpty() && array.size() < expected.size())
            ++midwayKills;

        // The next import completes the cache.
        QCOMPARE(runCli(dir.path(), {QStringLiteral("import"), QStringLiteral("--quiet"), markdown})
                     .exitCode,
                 0);
        QCOMPARE(runCli(dir.path(), {QStringLiteral("days"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 expected.size());
    }
    QVERIFY2(midwayKills > 0, "no kill landed in the middle of an import");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
