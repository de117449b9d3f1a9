// `paperboy watch` through the real binary (issue 33): the actions and their exit codes, the
// JSON shapes, hostile names, and the Atom feed read by a real feed parser.
#include "common/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy::testing;

namespace {

const QString hostileDay = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/export/atom/2024-03-10.json");
const QString goodDay = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good/2025-01-06.json");
const QString checker = QStringLiteral(PAPERBOY_SOURCE_DIR "/tests/cli/check_atom_feed.py");
const QString schema = QStringLiteral(PAPERBOY_SOURCE_DIR "/tests/cli/atom.rng");

QStringList field(const QJsonArray& array, const char* key)
{
    QStringList values;
    for (const QJsonValue& value : array)
        values.append(value[QLatin1String(key)].toVariant().toString());
    return values;
}

} // namespace

class TestWatchCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList& args) { return runCli(m_dir.path(), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliResult imported = run({QStringLiteral("import"), goodDay});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void actionsAndExitCodes()
    {
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("hostile"),
                      QStringLiteral("hostile")})
                     .exitCode,
                 0);
        // Taken name, unknown name, missing arguments, unknown action: usage errors.
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("hostile"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
        for (const QString& action : {QStringLiteral("show"), QStringLiteral("seen"),
                                      QStringLiteral("remove"), QStringLiteral("feed")}) {
            const CliResult unknown =
                run({QStringLiteral("watch"), action, QStringLiteral("nope")});
            QCOMPARE(unknown.exitCode, 2);
            QVERIFY(unknown.err.contains(QStringLiteral("nope")));
        }
        QCOMPARE(
            run({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"), QString(10000, u'n'),
                      QStringLiteral("x")})
                     .exitCode,
                 2);

        // The hostile day arrives: its five papers are new in the watch.
        QCOMPARE(run({QStringLiteral("import"), hostileDay}).exitCode, 0);
        const CliResult list =
            run({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject watch = list.json().array().at(0).toObject();
        QCOMPARE(watch[QLatin1String("name")].toString(), QStringLiteral("hostile"));
        QCOMPARE(watch[QLatin1String("query")].toString(), QStringLiteral("hostile"));
        QCOMPARE(watch[QLatin1String("new")].toInt(), 5);
        QCOMPARE(watch[QLatin1String("total")].toInt(), 5);

        // show --json: the objects of search --json, plus "new".
        const CliResult show = run({QStringLiteral("watch"), QStringLiteral("show"),
                                    QStringLiteral("hostile"), QStringLiteral("--json")});
        const CliResult search =
            run({QStringLiteral("search"), QStringLiteral("hostile"), QStringLiteral("--sort"),
                 QStringLiteral("date"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        QJsonArray withoutNew;
        for (const QJsonValue& hit : show.json().array()) {
            QCOMPARE(hit[QLatin1String("new")], QJsonValue(true));
            QJsonObject object = hit.toObject();
            object.remove(QStringLiteral("new"));
            withoutNew.append(object);
        }
        QCOMPARE(withoutNew, search.json().array());

        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("seen"), QStringLiteral("hostile")})
                     .exitCode,
                 0);
        const CliResult fresh =
            run({QStringLiteral("watch"), QStringLiteral("show"), QStringLiteral("hostile"),
                 QStringLiteral("--new"), QStringLiteral("--json")});
        QCOMPARE(fresh.json().array(), QJsonArray());
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .at(0)[QLatin1String("new")]
                     .toInt(),
                 0);
    }

    void hostileNames()
    {
        const QString name = QStringLiteral("\u202Egnp.exe \"a\" 'b' & <c>");
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"), name, QStringLiteral("--"),
                      QStringLiteral("-survey \"open")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("rename"), name,
                      QStringLiteral("renamed")})
                     .exitCode,
                 0);
        const QJsonArray list =
            run({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array();
        QCOMPARE(field(list, "name"),
                 (QStringList{QStringLiteral("hostile"), QStringLiteral("renamed")}));
        QCOMPARE(field(list, "query").at(1), QStringLiteral("-survey \"open"));
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("renamed")})
                     .exitCode,
                 0);
    }

    void feedParsesInARealFeedParser()
    {
        const QString feed = m_dir.filePath(QStringLiteral("hostile.atom"));
        const CliResult written = run({QStringLiteral("watch"), QStringLiteral("feed"),
                                       QStringLiteral("hostile"), QStringLiteral("-o"), feed});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        // What the cache holds for each match, newest first as the watch shows them.
        QJsonArray expected;
        const QJsonArray hits = run({QStringLiteral("watch"), QStringLiteral("show"),
                                     QStringLiteral("hostile"), QStringLiteral("--json")})
                                    .json()
                                    .array();
        QCOMPARE(hits.size(), 5);
        for (const QJsonValue& hit : hits) {
            const QJsonObject paper =
                run({QStringLiteral("show"), hit[QLatin1String("id")].toString(),
                     QStringLiteral("--json")})
                    .json()
                    .object();
            expected.append(
                QJsonObject{{QStringLiteral("id"), paper[QLatin1String("id")]},
                            {QStringLiteral("title"), paper[QLatin1String("title")]},
                            {QStringLiteral("authors"), paper[QLatin1String("authors")]},
                            {QStringLiteral("summary"), paper[QLatin1String("abstract")]},
                            {QStringLiteral("date"), paper[QLatin1String("date")]}});
        }
        QFile file(m_dir.filePath(QStringLiteral("expected.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(expected).toJson());
        file.close();
        // Debian's python3-feedparser, not whatever python3 comes first on the PATH.
        QProcess parser;
        parser.start(QStringLiteral("/usr/bin/python3"), {checker, feed, file.fileName()});
        QVERIFY(parser.waitForFinished(60000));
        QVERIFY2(parser.exitCode() == 0, parser.readAll().constData());

        // RFC 4287's schema (tests/cli/atom.rng, from its Appendix B) through xmllint.
        QProcess lint;
        lint.setProcessChannelMode(QProcess::MergedChannels);
        lint.start(QStringLiteral("xmllint"),
                   {QStringLiteral("--noout"), QStringLiteral("--relaxng"), schema, feed});
        QVERIFY(lint.waitForFinished(60000));
        QVERIFY2(lint.exitCode() == 0, lint.readAll().constData());

        // Written twice, the feed's ids stay: a reader shows no entry twice.
        const CliResult again =
            run({QStringLiteral("watch"), QStringLiteral("feed"), QStringLiteral("hostile")});
        QFile first(feed);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(again.out.toUtf8(), first.readAll());
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "TestWatchCli.moc"
