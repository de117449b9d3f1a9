// Source definitions, their validation and persistence, and `paperboy sync` argument parsing.
#include "cli/SyncArguments.h"
#include "sync/SourceRegistry.h"
#include "sync/UrlSafety.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy::sync;
using paperboy::cli::parseSyncArguments;
using paperboy::cli::SyncArguments;

class TestSyncSources final : public QObject
{
    Q_OBJECT

private:
    static SyncArguments parse(const QStringList& args, const SourceRegistry& registry)
    {
        return parseSyncArguments(QStringList{QStringLiteral("paperboy sync")} + args, registry,
                                  QDate(2026, 11, 25));
    }

private slots:
    void urlTemplatesExpand()
    {
        const SourceDefinitions builtIns = builtInSources();
        QCOMPARE(builtIns.size(), 3);
        QCOMPARE(builtIns.at(0).urlFor(QDate(2025, 2, 3)),
                 QUrl(QStringLiteral("https://huggingface.co/api/daily_papers?date=2025-02-03")));
        QCOMPARE(builtIns.at(1).urlFor(QDate(2024, 1, 9)),
                 QUrl(QStringLiteral("https://raw.githubusercontent.com/l-yohai/daily_papers_ko/"
                                     "main/paper_logs/2024/01/09.md")));
        QCOMPARE(builtIns.at(2).name, QStringLiteral("korean_autoflow"));
        QCOMPARE(builtIns.at(2).format, SourceFormat::KoreanAutoflow);
        QCOMPARE(builtIns.at(2).urlFor(QDate(2024, 12, 23)),
                 QUrl(QStringLiteral("https://raw.githubusercontent.com/jeongiin/"
                                     "hf-daily-paper-korean-autoflow/main/hf-daily-paper-ko-gpt/"
                                     "2024-12-23_paper_ko.json")));
        QCOMPARE(formatFromName(QStringLiteral("korean-autoflow")), SourceFormat::KoreanAutoflow);
        QCOMPARE(formatName(SourceFormat::KoreanAutoflow), QStringLiteral("korean-autoflow"));
        for (const SourceDefinition& source : builtIns) {
            QVERIFY(source.enabled);
            QVERIFY(source.isBuiltIn());
            QCOMPARE(validateSource(source), QString());
        }
    }

    void loopback()
    {
        for (const char* host : {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1"})
            QVERIFY2(isLoopbackHost(QString::fromLatin1(host)), host);
        for (const char* host : {"example.com", "10.0.0.1", "192.0.2.1", "128.0.0.1",
                                 "localhost.example.com", "::ffff:10.0.0.1", ""})
            QVERIFY2(!isLoopbackHost(QString::fromLatin1(host)), host);
        QVERIFY(isAllowedFetchUrl(QUrl(QStringLiteral("https://example.com/a"))));
        QVERIFY(isAllowedFetchUrl(QUrl(QStringLiteral("http://127.0.0.1:8000/a"))));
        QVERIFY(isAllowedFetchUrl(QUrl(QStringLiteral("http://[::1]:8000/a"))));
        QVERIFY(!isAllowedFetchUrl(QUrl(QStringLiteral("http://example.com/a"))));
        QVERIFY(!isAllowedFetchUrl(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!isAllowedFetchUrl(QUrl(QStringLiteral("ftp://127.0.0.1/a"))));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https date") << "mirror"
                                    << "https://m.example/{date}.md" << true;
        QTest::newRow("https parts") << "mirror"
                                     << "https://m.example/{yyyy}/{MM}/{dd}.md" << true;
        QTest::newRow("loopback http") << "local"
                                       << "http://127.0.0.1:8000/{date}.md" << true;
        QTest::newRow("localhost http") << "local"
                                        << "http://localhost/{date}.md" << true;
        QTest::newRow("remote http") << "plain"
                                     << "http://m.example/{date}.md" << false;
        QTest::newRow("file") << "file"
                              << "file:///tmp/{date}.md" << false;
        QTest::newRow("no day") << "static"
                                << "https://m.example/latest.md" << false;
        QTest::newRow("no day of month") << "monthly"
                                         << "https://m.example/{yyyy}/{MM}.md" << false;
        QTest::newRow("unknown placeholder") << "odd"
                                             << "https://m.example/{date}/{x}.md" << false;
        QTest::newRow("no name") << ""
                                 << "https://m.example/{date}.md" << false;
        QTest::newRow("no host") << "nohost"
                                 << "https:///{date}.md" << false;
        // ::01 is this computer, ::31 is not (fuzz fixture source_url_template/day_in_the_host).
        QTest::newRow("day in the host") << "host"
                                         << "http://[::{dd}]/{date}" << false;
        QTest::newRow("day in the port") << "port"
                                         << "https://m.example:80{dd}/{date}.md" << false;
        QTest::newRow("day in the query") << "query"
                                          << "https://m.example/day?d={date}" << true;
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, urlTemplate);
        QFETCH(bool, valid);
        const QString error = validateSource({name, urlTemplate, SourceFormat::Markdown, true});
        QVERIFY2(error.isEmpty() == valid, qPrintable(error));
    }

    void registryPersists()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("config/sources.json"));
        SourceRegistry registry(file);
        QString error;
        QVERIFY(registry.load(&error)); // no file yet: built-ins only
        QCOMPARE(registry.all(), builtInSources());

        const SourceDefinition mirror{QStringLiteral("mirror"),
                                      QStringLiteral("https://m.example/{date}.json"),
                                      SourceFormat::HfJson, true};
        QVERIFY2(registry.add(mirror, &error), qPrintable(error));
        QVERIFY(!registry.add(mirror, &error)); // the name is taken
        QVERIFY(!registry.add(
            {QStringLiteral("bad name!"), mirror.urlTemplate, mirror.format, true}, &error));
        QVERIFY(!registry.add({QStringLiteral("plain"), QStringLiteral("http://m.example/{date}"),
                               SourceFormat::Markdown, true},
                              &error));
        QVERIFY(registry.setEnabled(QStringLiteral("hf"), false, &error));
        QVERIFY(!registry.remove(QStringLiteral("daily_papers_ko"), &error));
        QVERIFY(registry.save(&error));

        SourceRegistry reloaded(file);
        QVERIFY(reloaded.load(&error));
        QCOMPARE(reloaded.all().size(), 4);
        QCOMPARE(*reloaded.find(QStringLiteral("mirror")), mirror);
        QVERIFY(!reloaded.find(QStringLiteral("hf"))->enabled);
        QCOMPARE(reloaded.enabled().size(), 3);
        QVERIFY(reloaded.remove(QStringLiteral("mirror"), &error));
        QVERIFY(!reloaded.find(QStringLiteral("mirror")));
    }

    void registryKeepsAnUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sources.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        SourceRegistry registry(path);
        QString error;
        QVERIFY(!registry.load(&error));
        QVERIFY(error.contains(path));
        QCOMPARE(registry.all(), builtInSources());
        QVERIFY(registry.save(&error));
        QFile backup(path + QStringLiteral(".bak"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), QByteArray("{ this is not json"));
    }

    void registrySkipsInvalidEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sources.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // (No raw string literal: moc 6.4 loses its way in one.)
        file.write("{\"sources\": ["
                   "{\"name\": \"good\", \"url\": \"https://g.example/{date}.md\", "
                   "\"format\": \"markdown\"},"
                   "{\"name\": \"insecure\", \"url\": \"http://i.example/{date}.md\", "
                   "\"format\": \"markdown\"},"
                   "{\"name\": \"odd\", \"url\": \"https://o.example/{date}.md\", "
                   "\"format\": \"rss\"}]}");
        file.close();
        SourceRegistry registry(path);
        QString error;
        QStringList problems;
        QVERIFY(registry.load(&error, &problems));
        QCOMPARE(problems.size(), 2);
        QVERIFY(registry.find(QStringLiteral("good")));
        QVERIFY(!registry.find(QStringLiteral("insecure")));
    }

    void arguments()
    {
        SourceRegistry registry(QStringLiteral("/nonexistent/sources.json"));
        const SyncArguments defaults = parse({}, registry);
        QVERIFY(defaults.usageError.isEmpty());
        QCOMPARE(defaults.request.to, QDate(2026, 11, 25));
        QCOMPARE(defaults.request.from, QDate(2026, 11, 11));
        QCOMPARE(defaults.request.sources, registry.enabled());
        QVERIFY(defaults.options.whenOffline == SyncOptions::WhenOffline::Fail);

        const SyncArguments given =
            parse({QStringLiteral("--from"), QStringLiteral("2024-01-02"), QStringLiteral("--to"),
                   QStringLiteral("2024-01-05"), QStringLiteral("--source"), QStringLiteral("hf"),
                   QStringLiteral("--source"),
                   QStringLiteral("markdown=http://127.0.0.1:8000/paper_logs/{yyyy}/{MM}/{dd}.md"),
                   QStringLiteral("--source"),
                   QStringLiteral(
                       "korean-autoflow=http://127.0.0.1:8000/ko/{yyyy}-{MM}-{dd}_paper_ko.json"),
                   QStringLiteral("--timeout-ms"), QStringLiteral("250"),
                   QStringLiteral("--retry-base-ms"), QStringLiteral("5")},
                  registry);
        QVERIFY2(given.usageError.isEmpty(), qPrintable(given.usageError));
        QCOMPARE(given.request.from, QDate(2024, 1, 2));
        QCOMPARE(given.request.to, QDate(2024, 1, 5));
        QCOMPARE(given.request.sources.size(), 3);
        QCOMPARE(given.request.sources.at(0).name, QStringLiteral("hf"));
        QCOMPARE(given.request.sources.at(1).format, SourceFormat::Markdown);
        QCOMPARE(given.request.sources.at(1).name, given.request.sources.at(1).urlTemplate);
        QCOMPARE(given.request.sources.at(2).format, SourceFormat::KoreanAutoflow);
        QCOMPARE(given.request.sources.at(2).urlFor(QDate(2024, 12, 23)),
                 QUrl(QStringLiteral("http://127.0.0.1:8000/ko/2024-12-23_paper_ko.json")));
        QCOMPARE(given.options.transferTimeoutMs, 250);
        QCOMPARE(given.options.retryBaseMs, 5);
        QVERIFY(!parse({QStringLiteral("--help")}, registry).helpText.isEmpty());
        QVERIFY(!parse({QStringLiteral("--help")}, registry)
                     .helpText.contains(QStringLiteral("timeout-ms")));
    }

    void argumentErrors_data()
    {
        QTest::addColumn<QString>("args"); // space-separated
        QTest::newRow("bad date") << "--from 2024-13-01";
        QTest::newRow("short date") << "--to 2024-1-1";
        QTest::newRow("reversed") << "--from 2024-02-01 --to 2024-01-01";
        QTest::newRow("unknown source") << "--source nope";
        QTest::newRow("unknown format") << "--source rss=https://x.example/{date}";
        QTest::newRow("insecure") << "--source markdown=http://x.example/{date}";
        QTest::newRow("no day") << "--source markdown=https://x.example/a.md";
        QTest::newRow("unknown option") << "--frobnicate";
        QTest::newRow("stray argument") << "today";
        QTest::newRow("bad timeout") << "--timeout-ms soon";
        QTest::newRow("huge range") << "--from 1990-01-01 --to 2024-01-01";
    }

    void argumentErrors()
    {
        QFETCH(QString, args);
        SourceRegistry registry(QStringLiteral("/nonexistent/sources.json"));
        QVERIFY(!parse(args.split(QLatin1Char(' ')), registry).usageError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncSources)
#include "TestSyncSources.moc"
