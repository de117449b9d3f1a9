// Highlights through the real binary: `paperboy highlights` lists them, `search has:highlight`
// and the highlight's own words find its paper, and they travel with `userdata export` /
// `import` and survive deleting and rebuilding the cache (they live in the user file).
#include "common/CliRunner.h"
#include "store/db/DataPaths.h"
#include "store/user/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

const QString fixture = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/search/year-end");

QStringList ids(const CliResult& result)
{
    QStringList list;
    for (const QJsonValue& value : result.json().array())
        list.append(value.toObject().value(QStringLiteral("id")).toString());
    return list;
}

// A highlight as the Read view saves it, with words that are in no paper of the fixture.
store::Highlight addHighlight(const QString& dataDir, const QString& paperId)
{
    QString error;
    auto user = store::UserStore::open(store::DataPaths::inDirectory(dataDir), &error);
    store::Highlight h;
    if (!user)
        return h;
    h.paperId = paperId;
    h.page = 3;
    h.text = QStringLiteral("quokkaflux routing keeps 한국어 문장 intact");
    h.rects = {QRectF(72, 100.5, 200, 12), QRectF(72, 114, 120, 12)};
    h.colour = QStringLiteral("green");
    h.comment = QStringLiteral("compare with MoE baselines");
    if (!user->saveHighlight(h, &error))
        qWarning("%s", qPrintable(error));
    return h;
}

} // namespace

class TestHighlightsCli final : public QObject
{
    Q_OBJECT

private slots:
    void listedSearchedExportedAndKeptOverARebuild()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(runCli(dir.path(), {QStringLiteral("import"), fixture}).exitCode, 0);
        const QString paper = QStringLiteral("2412.20001");
        const store::Highlight made = addHighlight(dir.path(), paper);
        QVERIFY(!made.uid.isEmpty());

        CliResult listed =
            runCli(dir.path(), {QStringLiteral("highlights"), paper, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QJsonArray list = listed.json().array();
        QCOMPARE(list.size(), 1);
        QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(QStringLiteral("uid")).toString(), made.uid);
        QCOMPARE(first.value(QStringLiteral("page")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("text")).toString(), made.text);
        QCOMPARE(first.value(QStringLiteral("colour")).toString(), QStringLiteral("green"));
        QCOMPARE(first.value(QStringLiteral("comment")).toString(), made.comment);
        QVERIFY(!first.value(QStringLiteral("created_at")).toString().isEmpty());
        // Another paper has none; all of them lists this one, as text too.
        QCOMPARE(runCli(dir.path(), {QStringLiteral("highlights"), QStringLiteral("2412.20002"),
                                     QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);
        const CliResult text = runCli(dir.path(), {QStringLiteral("highlights")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(paper) && text.out.contains(QStringLiteral("quokkaflux")) &&
                     text.out.contains(made.uid.left(8)),
                 qPrintable(text.out));

        // has:highlight alone, and the highlight's words (in no paper's text) find its paper.
        const auto search = [&](const QString& query) {
            return ids(
                runCli(dir.path(), {QStringLiteral("search"), QStringLiteral("--json"), query}));
        };
        QCOMPARE(search(QStringLiteral("has:highlight")), QStringList{paper});
        QCOMPARE(search(QStringLiteral("quokkaflux")), QStringList{paper});
        QCOMPARE(search(QStringLiteral("has:highlight baselines")), QStringList{paper});
        QCOMPARE(search(QStringLiteral("has:highlight nosuchwordanywhere")), QStringList());

        // Markdown export lists it under its paper.
        const CliResult markdown =
            runCli(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("markdown"), QStringLiteral("--query"),
                                QStringLiteral("has:highlight")});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(markdown.out.contains(QStringLiteral("  - p. 3: “quokkaflux routing keeps 한국어 "
                                                      "문장 intact” — compare with MoE "
                                                      "baselines\n")),
                 qPrintable(markdown.out));

        // Export, import into another data folder: the same highlight, uid and place.
        const QString exported = dir.filePath(QStringLiteral("user.json"));
        QCOMPARE(
            runCli(dir.path(), {QStringLiteral("userdata"), QStringLiteral("export"), exported})
                .exitCode,
            0);
        QTemporaryDir other;
        QCOMPARE(runCli(other.path(), {QStringLiteral("import"), fixture}).exitCode, 0);
        const CliResult imported =
            runCli(other.path(), {QStringLiteral("userdata"), QStringLiteral("import"), exported});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("1 highlight")), qPrintable(imported.out));
        QString error;
        {
            auto user = store::UserStore::open(store::DataPaths::inDirectory(other.path()), &error);
            QVERIFY2(user, qPrintable(error));
            const QList<store::Highlight> there = user->highlights(paper);
            QCOMPARE(there.size(), 1);
            QCOMPARE(there.first(), [&] {
                auto ours =
                    store::UserStore::open(store::DataPaths::inDirectory(dir.path()), &error);
                return ours->highlights(paper).value(0);
            }());
        }
        // Importing it again changes nothing.
        QVERIFY(
            runCli(other.path(), {QStringLiteral("userdata"), QStringLiteral("import"), exported})
                .out.contains(QStringLiteral("0 highlight")));

        // The cache deleted and rebuilt: the highlight is still there and still found.
        QVERIFY(QFile::remove(store::DataPaths::inDirectory(other.path()).cacheFile));
        QCOMPARE(runCli(other.path(), {QStringLiteral("import"), fixture}).exitCode, 0);
        listed = runCli(other.path(), {QStringLiteral("highlights"), QStringLiteral("--json")});
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(ids(runCli(other.path(), {QStringLiteral("search"), QStringLiteral("--json"),
                                           QStringLiteral("has:highlight")})),
                 QStringList{paper});
    }

    void refusesABadId()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli(dir.path(), {QStringLiteral("highlights"), QStringLiteral("not-an-id")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestHighlightsCli)
#include "TestHighlightsCli.moc"
