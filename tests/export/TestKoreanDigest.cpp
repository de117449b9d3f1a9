// The daily_papers_ko digest writer: the exact upstream layout, the source preference, and a
// round trip through the real reader of every hostile paper in tests/data/export/digest (each
// fixture says what it is about and what must come back) and of every reader fixture.
#include "DigestTestSupport.h"
#include "export/DigestMarkdown.h"
#include "export/DigestTitle.h"
#include "export/KoreanDigest.h"
#include "parse/Headings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::digesttest;

namespace {

QString dataDir(const char* folder)
{
    return QStringLiteral(PAPERBOY_TEST_DATA_DIR "/") + QLatin1String(folder);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

core::Sections sections(const QJsonValue& value)
{
    core::Sections out;
    for (const QJsonValue& item : value.toArray())
        out.append(core::Section{item[QStringLiteral("name")].toString(),
                                 item[QStringLiteral("markdown")].toString(),
                                 item[QStringLiteral("source")].toString()});
    return out;
}

// A paper as the fixtures write it (the field names of `paperboy show --json`).
core::Paper paperFrom(const QJsonObject& json)
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(json[QStringLiteral("id")].toString());
    paper.title = json[QStringLiteral("title")].toString();
    paper.authors = strings(json[QStringLiteral("authors")]);
    if (json[QStringLiteral("votes")].isDouble())
        paper.votes = json[QStringLiteral("votes")].toInt();
    paper.thumbnailUrl = json[QStringLiteral("thumbnail")].toString();
    paper.mediaUrls = strings(json[QStringLiteral("media")]);
    paper.sections = sections(json[QStringLiteral("sections")]);
    return paper;
}

// What must come back: the paper as given, with the fixture's "expected" fields instead.
core::Paper expectedFrom(const QJsonObject& json)
{
    core::Paper paper = paperFrom(json);
    const QJsonObject expected = json[QStringLiteral("expected")].toObject();
    if (expected.contains(QStringLiteral("title")))
        paper.title = expected[QStringLiteral("title")].toString();
    if (expected.contains(QStringLiteral("authors")))
        paper.authors = strings(expected[QStringLiteral("authors")]);
    if (expected.contains(QStringLiteral("sections")))
        paper.sections = sections(expected[QStringLiteral("sections")]);
    if (expected.contains(QStringLiteral("media")))
        paper.mediaUrls = strings(expected[QStringLiteral("media")]);
    return paper;
}

core::Paper simplePaper(const char* id, const core::Sections& sectionList)
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(QString::fromLatin1(id));
    paper.title = QStringLiteral("Paper ") + QLatin1String(id);
    paper.votes = 1;
    paper.authors = QStringList{QStringLiteral("A")};
    paper.sections = sectionList;
    return paper;
}

core::Section section(const QString& name, const QString& markdown, const QString& source)
{
    return core::Section{name, markdown, source};
}

} // namespace

class TestKoreanDigest final : public QObject
{
    Q_OBJECT

private slots:
    void writesTheUpstreamLayout();
    void escapesTitlesAndAuthors();
    void escapesTitlesOnlyWhereMarkdownWouldChange_data();
    void escapesTitlesOnlyWhereMarkdownWouldChange();
    void prefersTheBestKoreanSource();
    void writesAnEmptyDay();
    void hostilePapersReadBack_data();
    void hostilePapersReadBack();
    void readerFixturesReadBack_data();
    void readerFixturesReadBack();
};

void TestKoreanDigest::writesTheUpstreamLayout()
{
    // As paper_logs/2024/12/31.md writes its papers, byte for byte.
    core::Paper paper;
    paper.id = *core::ArxivId::parse(QStringLiteral("2412.21079"));
    paper.title = QStringLiteral("Edicho: Consistent Image Editing in the Wild");
    paper.thumbnailUrl = QStringLiteral(
        "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2412.21079.png");
    paper.votes = 13;
    paper.authors = QStringList{QStringLiteral("Qiuyu Wang"), QStringLiteral("Ceyuan Yang")};
    const QString source = QStringLiteral("daily_papers_ko");
    paper.sections = {
        section(QStringLiteral("What's New"), QStringLiteral("새로운 점"), source),
        section(QStringLiteral("Technical Details"), QStringLiteral("기술"), source),
        section(QStringLiteral("Performance Highlights"), QStringLiteral("성능"), source)};
    core::Paper plain = simplePaper("2412.00001", {});
    plain.votes.reset();
    const exporting::KoreanDigest digest =
        exporting::koreanDigest(QDate(2024, 12, 31), {paper, plain});
    const QByteArray expected =
        "## Daily Papers (2024-12-31)\n\n"
        "### [Edicho: Consistent Image Editing in the Wild](https://arxiv.org/abs/2412.21079)\n\n"
        "![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2412.21079.png)\n\n"
        "Vote: 13\n\n"
        "Authors: Qiuyu Wang, Ceyuan Yang\n\n"
        "- ***What's New***: \xEC\x83\x88\xEB\xA1\x9C\xEC\x9A\xB4 \xEC\xA0\x90\n"
        "- ***Technical Details***: \xEA\xB8\xB0\xEC\x88\xA0\n"
        "- ***Performance Highlights***: \xEC\x84\xB1\xEB\x8A\xA5\n\n"
        "### [Paper 2412.00001](https://arxiv.org/abs/2412.00001)\n\n"
        "Vote: -\n\n"
        "Authors: A\n\n";
    QCOMPARE(digest.markdown, expected);
    QCOMPARE(digest.papers, 2);
    QCOMPARE(digest.withoutKorean, 1);
}

void TestKoreanDigest::escapesTitlesAndAuthors()
{
    QCOMPARE(exporting::digest::escapedTitle(QStringLiteral("[IDK] a*b\\ <i>\n### x")),
             QStringLiteral("[IDK] a*b\\ \\<i> ### x"));
    QCOMPARE(exporting::digest::authorsValue({QStringLiteral("A"), QStringLiteral("B")}),
             QStringLiteral("A, B"));
    QCOMPARE(exporting::digest::authorsValue(
                 {QStringLiteral("Smith, Jr."), QStringLiteral("O'Neil"), QStringLiteral("a\\b")}),
             QStringLiteral("['Smith, Jr.', 'O\\'Neil', 'a\\\\b']"));
    QCOMPARE(exporting::digest::keyedSection(QStringLiteral("Key"),
                                             QStringLiteral("one\n### two\n\n- three")),
             QStringLiteral("- ***Key***: one\n  ### two\n\n  - three"));
    QVERIFY(exporting::digest::isPlainBulletList(QStringLiteral("- a\n  - (1) b\n\n- c")));
    QVERIFY(!exporting::digest::isPlainBulletList(QStringLiteral("- a\n### b")));
    QVERIFY(!exporting::digest::isPlainBulletList(QStringLiteral("- **Key**: a")));
    QVERIFY(!exporting::digest::isPlainBulletList(QStringLiteral("- - -")));
    QVERIFY(!exporting::digest::isPlainBulletList(QStringLiteral("-    a\n  ### b")));
    QVERIFY(exporting::digest::mediaLine(QStringLiteral("javascript:alert(1)")).isEmpty());
    QCOMPARE(exporting::digest::mediaLine(QStringLiteral("https://e.org/v.mp4")),
             QStringLiteral("[Watch Video](https://e.org/v.mp4)"));
}

void TestKoreanDigest::escapesTitlesOnlyWhereMarkdownWouldChange_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("written");
    const auto row = [](const char* name, const char16_t* title, const char16_t* written) {
        QTest::newRow(name) << QString::fromUtf16(title) << QString::fromUtf16(written);
    };
    // As the seed writes them: nothing here changes the markdown's meaning.
    row("exclamation", u"Think Again! Reasoning", u"Think Again! Reasoning");
    row("lone star", u"CFG-Zero*: Improved Flow", u"CFG-Zero*: Improved Flow");
    row("two closing stars", u"A* and B* Search", u"A* and B* Search");
    row("intraword underscore", u"Index (V_AI) of snake_case", u"Index (V_AI) of snake_case");
    row("balanced brackets", u"GPT-[n] with an [IDK] Token", u"GPT-[n] with an [IDK] Token");
    row("lone backtick", u"The role of `Constitutions'", u"The role of `Constitutions'");
    row("ampersand", u"Q&A, This&That & More", u"Q&A, This&That & More");
    row("greater than", u">80% on GSM8k, a < b", u">80% on GSM8k, a < b");
    row("latex", u"$\\nabla^2$DFT and \\textsc{X}", u"$\\nabla^2$DFT and \\textsc{X}");
    row("hash and pipe", u"C# | F# ###", u"C# | F# ###");
    // What would become emphasis, code, a link, an image, HTML or an entity is escaped.
    row("emphasis", u"Both *bold* claims", u"Both \\*bold\\* claims");
    row("underscore emphasis", u"a _b_ c", u"a \\_b\\_ c");
    row("strikethrough", u"~~gone~~ x", u"\\~\\~gone\\~\\~ x");
    row("code span", u"`code` here", u"\\`code\\` here");
    row("link inside", u"x](y", u"x\\](y");
    row("open bracket", u"a [b", u"a \\[b");
    row("reference", u"[a][b]", u"\\[a\\]\\[b\\]");
    row("image", u"![img] x", u"\\![img] x");
    row("html", u"<b>bold</b>", u"\\<b>bold\\</b>");
    row("entity", u"&amp; &#38; &#x26;", u"\\&amp; \\&#38; \\&#x26;");
    row("backslash before punctuation", u"a\\_b", u"a\\\\_b");
    row("final backslash", u"ends with \\", u"ends with \\\\");
}

void TestKoreanDigest::escapesTitlesOnlyWhereMarkdownWouldChange()
{
    QFETCH(QString, title);
    QFETCH(QString, written);
    QCOMPARE(exporting::digest::escapedTitle(title), written);
    const QString line =
        QStringLiteral("### [") + written + QStringLiteral("](https://arxiv.org/abs/2401.00001)");
    const auto heading = parse::parsePaperHeading(line);
    QVERIFY(heading);
    QCOMPARE(heading->title, title);
}

void TestKoreanDigest::prefersTheBestKoreanSource()
{
    const QString ko = QStringLiteral("daily_papers_ko");
    const QString summarizer = QStringLiteral("summarizer");
    const QString briefs = QStringLiteral("korean_autoflow");
    QCOMPARE(exporting::koreanSourcePreference(), (QStringList{ko, summarizer, briefs}));
    const core::Section fromBriefs =
        section(QStringLiteral("Purpose"), QStringLiteral("p"), briefs);
    const core::Section fromModel =
        section(QStringLiteral("What's New"), QStringLiteral("m"), summarizer);
    const core::Section fromDigest = section(QStringLiteral("What's New"), QStringLiteral("d"), ko);
    const core::Section fromHf =
        section(QStringLiteral("AI"), QStringLiteral("h"), QStringLiteral("hf"));
    const core::Papers papers{
        simplePaper("2501.00001", {fromBriefs, fromModel, fromDigest}),
        simplePaper("2501.00002", {fromBriefs, fromModel}),
        simplePaper("2501.00003", {fromHf, fromBriefs}),
        simplePaper("2501.00004", {fromHf}),
        simplePaper("2501.00005", {}),
    };
    QCOMPARE(exporting::koreanText(papers.at(0)).source, ko);
    QCOMPARE(exporting::koreanText(papers.at(0)).sections, core::Sections{fromDigest});
    QCOMPARE(exporting::koreanText(papers.at(1)).source, summarizer);
    QCOMPARE(exporting::koreanText(papers.at(2)).source, briefs);
    QVERIFY(exporting::koreanText(papers.at(3)).sections.isEmpty());
    const exporting::KoreanDigest digest = exporting::koreanDigest(QDate(2025, 1, 2), papers);
    QCOMPARE(digest.papers, 5);
    QCOMPARE(digest.withoutKorean, 2);
    QCOMPARE(digest.papersBySource, (QMap<QString, int>{{ko, 1}, {summarizer, 1}, {briefs, 1}}));
    QVERIFY(!digest.markdown.contains("***AI***"));
}

void TestKoreanDigest::writesAnEmptyDay()
{
    const exporting::KoreanDigest digest = exporting::koreanDigest(QDate(2025, 1, 2), {});
    QCOMPARE(digest.markdown, QByteArray("## Daily Papers (2025-01-02)\n\n"));
    const parse::ParseResult read =
        parse::MarkdownDigestReader::read(digest.markdown, QStringLiteral("empty"), {});
    QVERIFY2(read.digest, qPrintable(read.error));
    QCOMPARE(read.digest->date, QDate(2025, 1, 2));
    QVERIFY(read.digest->papers.isEmpty());
}

void TestKoreanDigest::hostilePapersReadBack_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataDir("export/digest"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(names.size() >= 10);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestKoreanDigest::hostilePapersReadBack()
{
    QFETCH(QString, path);
    const QJsonObject fixture = QJsonDocument::fromJson(readAll(path)).object();
    QVERIFY2(!fixture[QStringLiteral("about")].toString().isEmpty(), "say what it is about");
    const QDate date = QDate::fromString(fixture[QStringLiteral("date")].toString(), Qt::ISODate);
    core::Papers papers;
    core::Papers expected;
    for (const QJsonValue& json : fixture[QStringLiteral("papers")].toArray()) {
        papers.append(paperFrom(json.toObject()));
        expected.append(expectedFrom(json.toObject()));
    }
    const exporting::KoreanDigest digest = exporting::koreanDigest(date, papers);
    const parse::ParseResult read =
        parse::MarkdownDigestReader::read(digest.markdown, QFileInfo(path).fileName(), date);
    QVERIFY2(read.digest, qPrintable(read.error));
    // The only thing the reader may remark on is a paper without a summary.
    int unsummarised = 0;
    for (const core::Paper& paper : std::as_const(expected))
        unsummarised += paper.sections.isEmpty() ? 1 : 0;
    QStringList unexpected;
    for (const parse::Warning& warning : read.warnings) {
        if (!warning.message.contains(QStringLiteral("has no summary")))
            unexpected.append(warning.toString());
    }
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(unexpected.join(QLatin1Char('\n')) + QStringLiteral("\n---\n") +
                        QString::fromUtf8(digest.markdown)));
    QCOMPARE(int(read.warnings.size()), unsummarised);
    const QStringList diff = differences(expected, read.digest->papers);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n')) + QStringLiteral("\n---\n") +
                                        QString::fromUtf8(digest.markdown)));
    QCOMPARE(digest.withoutKorean, unsummarised);
}

void TestKoreanDigest::readerFixturesReadBack_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataDir("parse/markdown"));
    int rows = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        // The fixtures the reader refuses (no header, a bad date) have nothing to write back.
        if (parse::MarkdownDigestReader::read(readAll(dir.filePath(name)), name, {}).digest) {
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
            ++rows;
        }
    }
    QVERIFY(rows >= 10);
}

// Every markdown fixture the reader reads, written and read again: what the first read found
// comes back unchanged, however odd the file it came from.
void TestKoreanDigest::readerFixturesReadBack()
{
    QFETCH(QString, path);
    const parse::ParseResult first = parse::MarkdownDigestReader::read(readAll(path), path, {});
    QVERIFY2(first.digest, qPrintable(first.error));
    const exporting::KoreanDigest digest =
        exporting::koreanDigest(first.digest->date, first.digest->papers);
    const parse::ParseResult again =
        parse::MarkdownDigestReader::read(digest.markdown, path, first.digest->date);
    QVERIFY2(again.digest, qPrintable(again.error));
    const QStringList diff = differences(first.digest->papers, again.digest->papers);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n')) + QStringLiteral("\n---\n") +
                                        QString::fromUtf8(digest.markdown)));
}

QTEST_GUILESS_MAIN(TestKoreanDigest)
#include "TestKoreanDigest.moc"
