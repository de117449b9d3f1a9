// Hostile digest content through the real `paperboy` binary (tests/data/ui/hostile): titles with
// right-to-left overrides and zero-width characters, titles of 10,000 characters and a paper
// of 5,000 authors are stored, listed, searched and exported whole, in every export format,
// with search highlights inside their snippets.
#include "common/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy::testing;

namespace {

QString text(const char* s)
{
    return QString::fromUtf8(s);
}

const QString hostileDay = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/ui/hostile/2024-03-09.json");

} // namespace

class TestHostileCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedAndListedWhole();
    void searchHighlightsStayInTheirSnippets();
    void exportsKeepEveryAuthorAndTitle();

private:
    CliResult run(const QStringList& args) { return runCli(m_dir.path(), args); }
    QTemporaryDir m_dir;
};

void TestHostileCli::initTestCase()
{
    const CliResult imported = run({text("import"), hostileDay});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
}

void TestHostileCli::storedAndListedWhole()
{
    const CliResult list = run({text("list"), text("2024-03-09"), text("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray papers = list.json().array();
    QCOMPARE(papers.size(), 4);
    QHash<QString, QString> titles;
    for (const QJsonValue& paper : papers)
        titles.insert(paper[QStringLiteral("id")].toString(),
                      paper[QStringLiteral("title")].toString());
    QVERIFY(titles.value(text("2403.09001")).contains(QChar(0x202E)));
    QVERIFY(titles.value(text("2403.09001")).contains(QChar(0x200B)));
    QCOMPARE(titles.value(text("2403.09002")).size(), 10000);
    QCOMPARE(titles.value(text("2403.09003")).size(), 10000);

    const CliResult show = run({text("show"), text("2403.09004"), text("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonArray authors = show.json()[QStringLiteral("authors")].toArray();
    QCOMPARE(authors.size(), 5000);
    QCOMPARE(authors.last().toString(), text("Author4999 Name4999"));
    // The text forms print it too, without choking on it.
    QCOMPARE(run({text("show"), text("2403.09003")}).exitCode, 0);
    QCOMPARE(run({text("list"), text("2024-03-09")}).exitCode, 0);
}

void TestHostileCli::searchHighlightsStayInTheirSnippets()
{
    for (const QString& query : {text("hostile"), text("zero"), text("Unbroken*"),
                                 text("author:Author4999"), text("word42")}) {
        const CliResult search = run({text("search"), query, text("--json")});
        QVERIFY2(search.exitCode == 0, qPrintable(query + search.err));
        const QJsonArray hits = search.json().array();
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        for (const QJsonValue& hit : hits) {
            const QString snippet = hit[QStringLiteral("snippet")].toString();
            for (const QJsonValue& range : hit[QStringLiteral("highlights")].toArray()) {
                const int start = range[0].toInt();
                const int length = range[1].toInt();
                QVERIFY2(start >= 0 && length > 0 && start + length <= snippet.size(),
                         qPrintable(query + QLatin1Char(' ') + QString::number(start)));
            }
        }
    }
}

void TestHostileCli::exportsKeepEveryAuthorAndTitle()
{
    const auto exported = [this](const char* format) {
        const CliResult result = run(
            {text("export"), text("--format"), text(format), text("--date"), text("2024-03-09")});
        if (result.exitCode != 0)
            qWarning("%s: %s", format, qPrintable(result.err));
        return result.out;
    };
    const QString bibtex = exported("bibtex");
    QCOMPARE(bibtex.count(QLatin1String("\n@")) + int(bibtex.startsWith(QLatin1Char('@'))), 4);
    // 4,999 between the 5,000 names, one between 2403.09001's two and one in its title.
    QCOMPARE(bibtex.count(QLatin1String(" and ")), 5001);
    QVERIFY(bibtex.contains(QString(QLatin1String("Unbroken")).repeated(1250)));

    const QString ris = exported("ris");
    QCOMPARE(ris.count(QLatin1String("ER  -")), 4);
    QCOMPARE(ris.count(QLatin1String("AU  - ")), 5004);

    const QString markdown = exported("markdown");
    for (const char* id : {"2403.09001", "2403.09002", "2403.09003", "2403.09004"})
        QVERIFY2(markdown.contains(QLatin1String(id)), id);
    QVERIFY(markdown.contains(QLatin1String("Author4999 Name4999")));

    // CSV: a header and four records, however long or strange their fields.
    const QString csv = exported("csv");
    int records = 0;
    bool quoted = false;
    for (const QChar c : csv) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('\n') && !quoted)
            ++records;
    }
    QVERIFY(!quoted);
    QCOMPARE(records, 5);
    QVERIFY(csv.contains(QChar(0x202E)));
}

QTEST_GUILESS_MAIN(TestHostileCli)
#include "TestHostileCli.moc"
