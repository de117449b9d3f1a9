// SIGKILLs `paperboy import` of the real corpus at several points and checks that the cache is
// intact (PRAGMA integrity_check, and FTS5's integrity-check of the full-text index) and holds
// whole digests only: every cached day has exactly the
// number of papers its file has. Then a second import completes what the first began.
// The soak does the same to `paperboy sync` from a local web server, 20 times at random
// moments, while another process keeps writing bookmarks and notes: none of them may be lost.
#include "PythonHttpServer.h"
#include "common/CliRunner.h"
#include "common/Corpus.h"
#include "store/db/Connection.h"
#include "store/db/NativeStatement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
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
        sqlite3* handle = paperboy::store::nativeHandle(db, &answer);
        if (!handle || !paperboy::store::registerCacheFunctions(handle, &answer))
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
    void killedSyncLosesNothingWhileUserDataIsWritten();
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
    // The import commits twice (FileImport.cpp's batches), at about a third and a half of its
    // time, and then trains the cache's text dictionary and packs its texts
    // (store/packed/TextDictionary.h): the kills are dense where they land between the commits, and
    // the late ones land in the packing.
    for (const double fraction : {0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.7, 0.9}) {
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

namespace {

const QDate soakFrom(2024, 1, 1);
const QDate soakTo(2024, 12, 31);

// Starts `paperboy sync` of the soak's days from `server` into `dataDir` (not waiting for it).
void startSync(QProcess& process, const QString& dataDir, const QString& baseUrl,
               const QString& configHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.remove(QStringLiteral("PAPERBOY_DATA_DIR"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAPERBOY_EXE),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync"),
                   QStringLiteral("--from"), soakFrom.toString(Qt::ISODate), QStringLiteral("--to"),
                   soakTo.toString(Qt::ISODate), QStringLiteral("--source"),
                   QStringLiteral("markdown=") + baseUrl +
                       QStringLiteral("/paper_logs/{yyyy}/{MM}/{dd}.md")});
}

// Another process's worth of user data: each call runs one `paperboy bookmarks add` or
// `paperboy note` while the sync runs, and remembers what succeeded.
struct UserDataWriter
{
    QString dataDir;
    QStringList ids; // papers of a day imported before the soak
    QSet<QString> bookmarked;
    QHash<QString, QString> notes;
    int written = 0;

    void writeOne(QProcess& process)
    {
        const QString id = ids.at(written % ids.size());
        const bool note = written % 2 == 1;
        const QString noteText = QStringLiteral("note %1 on %2").arg(written).arg(id);
        QStringList args{QStringLiteral("--data-dir"), dataDir};
        args += note ? QStringList{QStringLiteral("note"), id, noteText}
                     : QStringList{QStringLiteral("bookmarks"), QStringLiteral("add"), id};
        process.start(QStringLiteral(PAPERBOY_EXE), args);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning() << "user-data write failed:" << args << process.readAllStandardError();
            QFAIL("a bookmark or note could not be written during the sync");
        }
        if (note)
            notes.insert(id, noteText);
        else
            bookmarked.insert(id);
        ++written;
    }
};

} // namespace

void TestCrashSafety::killedSyncLosesNothingWhileUserDataIsWritten()
{
    PAPERBOY_REQUIRE_CORPUS();
    QTemporaryDir root, home;
    QVERIFY(QFile::link(corpusDir() + QStringLiteral("/daily_papers_ko"),
                        root.filePath(QStringLiteral("paper_logs"))));
    paperboy::synctest::PythonHttpServer server(root.path());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QHash<QDate, QSet<QString>> expected = independentMarkdownIds();
    for (auto it = expected.begin(); it != expected.end();)
        it = (it.key() < soakFrom || it.key() > soakTo) ? expected.erase(it) : std::next(it);
    QVERIFY(expected.size() > 30);

    // How long a whole sync takes here, to aim the kills inside it.
    QTemporaryDir full;
    QElapsedTimer timer;
    timer.start();
    {
        QProcess sync;
        startSync(sync, full.path(), server.baseUrl(), home.path());
        QVERIFY(sync.waitForFinished(120000));
        QCOMPARE(sync.exitCode(), 0);
    }
    const qint64 duration = timer.elapsed();
    qInfo() << "full sync took" << duration << "ms";

    // The bookmarked and annotated papers come from a day outside the synced range.
    QTemporaryDir data;
    const QString before = corpusDir() + QStringLiteral("/daily_papers_ko/2023/12");
    QCOMPARE(
        runCli(data.path(), {QStringLiteral("import"), QStringLiteral("--quiet"), before}).exitCode,
        0);
    UserDataWriter writer{data.path(), {}, {}, {}, 0};
    const QJsonArray listed =
        runCli(data.path(), {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue& paper : listed)
        writer.ids.append(paper[QStringLiteral("id")].toString());
    QVERIFY(writer.ids.size() >= 5);
    const int daysBefore = runCli(data.path(), {QStringLiteral("days"), QStringLiteral("--json")})
                               .json()
                               .array()
                               .size();

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "kill moments from seed" << seed;
    QRandomGenerator random(seed);
    const QString cacheFile = data.filePath(QStringLiteral("cache.sqlite"));
    int midwayKills = 0;
    for (int round = 0; round < 20; ++round) {
        // Every fifth round the cache is deleted (as a user may) and begun again, so that kills
        // keep landing mid-sync; the user file beside it stays.
        if (round % 5 == 0 && round > 0) {
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(cacheFile + suffix);
            QCOMPARE(
                runCli(data.path(), {QStringLiteral("import"), QStringLiteral("--quiet"), before})
                    .exitCode,
                0);
        }
        QProcess sync;
        startSync(sync, data.path(), server.baseUrl(), home.path());
        QVERIFY(sync.waitForStarted());
        const qint64 killAt = qint64(random.bounded(quint32(duration * 9 / 10))) + 1;
        QElapsedTimer since;
        since.start();
        while (since.elapsed() < killAt && sync.state() != QProcess::NotRunning) {
            QProcess user;
            writer.writeOne(user);
            if (QTest::currentTestFailed())
                return;
        }
        sync.kill(); // SIGKILL: no chance to clean up
        sync.waitForFinished();

        QCOMPARE(integrityCheck(cacheFile), QStringLiteral("ok"));
        QCOMPARE(fullTextCheck(cacheFile), QStringLiteral("ok"));
        const CliResult days =
            runCli(data.path(), {QStringLiteral("days"), QStringLiteral("--json")});
        QCOMPARE(days.exitCode, 0);
        QVERIFY2(!days.err.contains(QLatin1String("could not be used")), qPrintable(days.err));
        int synced = 0;
        for (const QJsonValue& day : days.json().array()) {
            const QDate date =
                QDate::fromString(day[QStringLiteral("date")].toString(), Qt::ISODate);
            if (date < soakFrom || date > soakTo)
                continue;
            ++synced;
            QCOMPARE(day[QStringLiteral("papers")].toInt(), int(expected.value(date).size()));
        }
        if (synced > 0 && synced < expected.size())
            ++midwayKills;
    }
    qInfo() << writer.written << "bookmarks and notes written during 20 killed syncs,"
            << midwayKills << "kills in the middle of a sync";
    QVERIFY2(midwayKills > 0, "no kill landed in the middle of a sync");
    QVERIFY(writer.written > 0);

    // Every bookmark and note written is there.
    const QJsonArray bookmarks =
        runCli(data.path(),
               {QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .array();
    QSet<QString> found;
    for (const QJsonValue& bookmark : bookmarks)
        found.insert(bookmark[QStringLiteral("id")].toString());
    QCOMPARE(found, writer.bookmarked);
    for (auto it = writer.notes.cbegin(); it != writer.notes.cend(); ++it)
        QCOMPARE(runCli(data.path(), {QStringLiteral("note"), it.key()}).out.trimmed(), it.value());

    // A last sync completes with everything.
    QProcess last;
    startSync(last, data.path(), server.baseUrl(), home.path());
    QVERIFY(last.waitForFinished(120000));
    QCOMPARE(last.exitCode(), 0);
    const QJsonArray days =
        runCli(data.path(), {QStringLiteral("days"), QStringLiteral("--json")}).json().array();
    QCOMPARE(days.size(), daysBefore + int(expected.size()));
    for (const QJsonValue& day : days) {
        const QDate date = QDate::fromString(day[QStringLiteral("date")].toString(), Qt::ISODate);
        if (date >= soakFrom && date <= soakTo)
            QCOMPARE(day[QStringLiteral("papers")].toInt(), int(expected.value(date).size()));
    }
    QCOMPARE(integrityCheck(cacheFile), QStringLiteral("ok"));
    QCOMPARE(fullTextCheck(cacheFile), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
