#include "TestMarkdownDigestReader.h"

#include "ParseTestSupport.h"
#include "parse/MarkdownDigestReader.h"

#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

QString thumbnail(const char* id)
{
    return QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/") +
           QLatin1String(id) + QStringLiteral(".png");
}

QString upload(const char* name)
{
    return QStringLiteral("https://cdn-uploads.huggingface.co/production/uploads/abc/") +
           QLatin1String(name);
}

} // namespace

ParseResult TestMarkdownDigestReader::readFixture(const QString& name, QDate expected)
{
    const std::optional<QByteArray> data =
        parse::test::readFixture(QStringLiteral("markdown/") + name);
    if (!data) {
        ParseResult missing;
        missing.error = QStringLiteral("fixture missing: ") + name;
        return missing;
    }
    return parse::MarkdownDigestReader::read(*data, name, expected);
}

void TestMarkdownDigestReader::bracketTitles()
{
    const ParseResult result = readFixture(QStringLiteral("bracket_titles.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.digest->date, QDate(2024, 3, 5));
    QCOMPARE(result.digest->source, core::koreanDigestSource());
    const core::Papers& papers = result.digest->papers;
    QCOMPARE(papers.size(), 4);
    QCOMPARE(papers[0].title,
             QStringLiteral("Saying No: Teaching Models an [IDK] Token for Uncertain Answers"));
    QCOMPARE(papers[0].id.id(), QStringLiteral("2403.00101"));
    QCOMPARE(papers[1].title, QStringLiteral("GPT-[n] Scaling Laws, Revisited"));
    // Markdown escapes of punctuation are undone; LaTeX backslashes stay.
    QCOMPARE(papers[2].title,
             QStringLiteral("Why *Stars* and _Underscores_ Stay Literal: $\\sim$20 "
                            "Seconds of \\textsc{Markdown}"));
    QCOMPARE(papers[3].title, QStringLiteral("Links [like](this) inside a Title"));
    QCOMPARE(papers[3].id.id(), QStringLiteral("2403.00104"));
    QCOMPARE(papers[3].id.version(), 2);
}

void TestMarkdownDigestReader::twoSameDateBlocksMerge()
{
    const ParseResult result = readFixture(QStringLiteral("two_same_date_blocks.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result),
             QStringList({QStringLiteral("2410.00001"), QStringLiteral("2410.00002"),
                          QStringLiteral("2410.00003")}));
    const core::Paper* first = findPaper(result, QStringLiteral("2410.00001"));
    // Fields of the first listing win; those it lacked come from the relisting.
    QCOMPARE(first->title, QStringLiteral("First Run Paper One"));
    QCOMPARE(first->authors, QStringList({QStringLiteral("Alice Kim"), QStringLiteral("Bob Lee")}));
    QCOMPARE(first->sections.size(), 1);
    QCOMPARE(first->sections[0].markdown, QStringLiteral("첫 번째 실행에서 나온 논문입니다."));
    QCOMPARE(first->votes, std::optional<int>(11));
    QCOMPARE(first->thumbnailUrl, thumbnail("2410.00001"));
    QCOMPARE(findPaper(result, QStringLiteral("2410.00003"))->votes, std::optional<int>(9));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(hasWarning(result, 25, QStringLiteral("listed again")));
}

void TestMarkdownDigestReader::otherDateBlockIsNotAdded()
{
    const ParseResult result = readFixture(QStringLiteral("other_date_block.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result),
             QStringList({QStringLiteral("2410.00011"), QStringLiteral("2410.00014")}));
    QCOMPARE(result.warnings.size(), 1);
    const parse::Warning& warning = result.warnings[0];
    QCOMPARE(warning.line, 7);
    QCOMPARE(warning.file, QStringLiteral("other_date_block.md"));
    QVERIFY2(warning.message.contains(QStringLiteral("2024-10-20")) &&
                 warning.message.contains(QStringLiteral("2 paper(s) are not added")),
             qPrintable(warning.message));
}

void TestMarkdownDigestReader::mediaVariants()
{
    const ParseResult result = readFixture(QStringLiteral("media_variants.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.digest->papers.size(), 8);
    const core::Paper* thumb = findPaper(result, QStringLiteral("2312.00001"));
    QCOMPARE(thumb->thumbnailUrl, thumbnail("2312.00001"));
    QVERIFY(thumb->mediaUrls.isEmpty());

    const core::Paper* image = findPaper(result, QStringLiteral("2312.00002"));
    QVERIFY(image->thumbnailUrl.isEmpty());
    QCOMPARE(image->mediaUrls, QStringList{upload("figure-one.png")});
    QCOMPARE(image->authors, QStringList{QStringLiteral("Image Uploader")});

    QCOMPARE(findPaper(result, QStringLiteral("2312.00003"))->mediaUrls,
             QStringList{QStringLiteral("https://huggingface.co/avatars/0123456789abcdef.svg")});
    const core::Paper* video = findPaper(result, QStringLiteral("2312.00004"));
    QCOMPARE(video->mediaUrls, QStringList{upload("clip-one.mp4")});
    QCOMPARE(video->votes, std::optional<int>(2));
    QCOMPARE(findPaper(result, QStringLiteral("2312.00005"))->mediaUrls,
             QStringList{upload("clip-two.mp4")});
    QCOMPARE(findPaper(result, QStringLiteral("2312.00006"))->mediaUrls,
             QStringList{upload("clip-three.mp4")});

    const core::Paper* unsafe = findPaper(result, QStringLiteral("2312.00007"));
    QVERIFY(unsafe->mediaUrls.isEmpty());
    QVERIFY(hasWarning(result, 48, QStringLiteral("javascript:alert(1)")));
    QVERIFY(hasWarning(result, 50, QStringLiteral("HTML")));
    const core::Paper* borrowed = findPaper(result, QStringLiteral("2312.00008"));
    QVERIFY(borrowed->thumbnailUrl.isEmpty());
    QCOMPARE(borrowed->mediaUrls, QStringList{thumbnail("2312.00001")});
    QVERIFY(hasWarning(result, 56, QStringLiteral("another paper")));
    QCOMPARE(result.warnings.size(), 3);
    // No HTML reaches a section, from any paper.
    for (const core::Paper& paper : result.digest->papers) {
        QCOMPARE(paper.sections.size(), 1);
        QVERIFY2(!paper.sections[0].markdown.contains(QLatin1Char('<')),
                 qPrintable(paper.sections[0].markdown));
        QVERIFY(paper.sections[0].markdown.startsWith(QStringLiteral("- ")));
    }
}

void TestMarkdownDigestReader::votes()
{
    const ParseResult result = readFixture(QStringLiteral("votes.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(findPaper(result, QStringLiteral("2401.00021"))->votes, std::optional<int>(42));
    QCOMPARE(findPaper(result, QStringLiteral("2401.00022"))->votes, std::nullopt);
    QCOMPARE(findPaper(result, QStringLiteral("2401.00023"))->votes, std::nullopt);
    QCOMPARE(findPaper(result, QStringLiteral("2401.00024"))->votes, std::nullopt);
    QCOMPARE(findPaper(result, QStringLiteral("2401.00025"))->votes, std::optional<int>(0));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(hasWarning(result, 21, QStringLiteral("\"many\"")));
}

void TestMarkdownDigestReader::authors()
{
    const ParseResult result = readFixture(QStringLiteral("authors.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(findPaper(result, QStringLiteral("2410.00031"))->authors,
             QStringList({QStringLiteral("Jane Roe"), QStringLiteral("John Doe"),
                          QStringLiteral("김민수")}));
    QCOMPARE(findPaper(result, QStringLiteral("2410.00032"))->authors,
             QStringList({QStringLiteral("Jane Roe"), QStringLiteral("Sean O'Neil"),
                          QStringLiteral("이서연"), QStringLiteral("Alex D'Souza")}));
    QCOMPARE(findPaper(result, QStringLiteral("2410.00033"))->authors,
             QStringList({QStringLiteral("Jane Roe"), QStringLiteral("Unclosed Name")}));
    QVERIFY(findPaper(result, QStringLiteral("2410.00034"))->authors.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(hasWarning(result, 17, QStringLiteral("unbalanced")));
}

void TestMarkdownDigestReader::keyStyles()
{
    const ParseResult result = readFixture(QStringLiteral("key_styles.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
    const QStringList usual = {QStringLiteral("What's New"), QStringLiteral("Technical Details"),
                               QStringLiteral("Performance Highlights")};
    const core::Paper* doubleStar = findPaper(result, QStringLiteral("2411.00041"));
    QCOMPARE(sectionNames(*doubleStar), usual);
    QCOMPARE(doubleStar->sections[0].markdown, QStringLiteral("Two stars around the key."));
    const core::Paper* tripleStar = findPaper(result, QStringLiteral("2411.00042"));
    QCOMPARE(sectionNames(*tripleStar),
             QStringList({QStringLiteral("What's New"), QStringLiteral("Technical Details"),
                          QStringLiteral("Conclusion")}));
    QCOMPARE(tripleStar->sections[1].markdown, QStringLiteral("Blank lines between the bullets."));
    const core::Paper* odd = findPaper(result, QStringLiteral("2411.00043"));
    QCOMPARE(sectionNames(*odd),
             QStringList({QStringLiteral("What's New"), QStringLiteral("Technical Details"),
                          QStringLiteral("Limitations")}));
    QCOMPARE(odd->sections[1].markdown, QStringLiteral("One closing star is missing."));
    QCOMPARE(odd->sections[2].markdown, QStringLiteral("The colon sits inside the emphasis."));
    const core::Paper* korean = findPaper(result, QStringLiteral("2411.00044"));
    QCOMPARE(sectionNames(*korean), QStringList({QStringLiteral("비전 인코더 (Vision Encoder)"),
                                                 QStringLiteral("한계점")}));
    QCOMPARE(korean->sections[1].markdown, QStringLiteral("긴 영상에서는 느립니다."));
}

void TestMarkdownDigestReader::continuationLines()
{
    const ParseResult result = readFixture(QStringLiteral("continuation.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
    const core::Paper* numbered = findPaper(result, QStringLiteral("2408.00051"));
    QCOMPARE(numbered->sections.size(), 3);
    QCOMPARE(numbered->sections[1].markdown,
             QStringLiteral("Its parts are:\n1. **Tokenizer**: a byte-level BPE with 100k "
                            "entries.\n2. **Attention**: grouped query attention."));
    QCOMPARE(numbered->sections[2].name, QStringLiteral("Performance Highlights"));
    const core::Paper* lazy = findPaper(result, QStringLiteral("2408.00052"));
    QCOMPARE(lazy->sections.size(), 3);
    QCOMPARE(lazy->sections[0].markdown,
             QStringLiteral("이 연구는 네 가지 기여를 합니다:\n1) 정책을 잠재 표현으로 "
                            "인코딩합니다.\n2) 대조 학습을 사용합니다."));
    QCOMPARE(
        lazy->sections[1].markdown,
        QStringLiteral("The first line of the value\ncontinues lazily on an unindented line."));
    const core::Paper* nested = findPaper(result, QStringLiteral("2408.00053"));
    QCOMPARE(sectionNames(*nested), QStringList({QStringLiteral("Technical Details"),
                                                 QStringLiteral("Performance Highlights")}));
    QCOMPARE(nested->sections[0].markdown,
             QStringLiteral("Three stages:\n- stage one encodes,\n- stage two aligns.\n\nA "
                            "paragraph after the list still explains the technical details."));
}

void TestMarkdownDigestReader::nestedPlainBullets()
{
    const ParseResult result = readFixture(QStringLiteral("nested_plain_bullets.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.at(0);
    QCOMPARE(sectionNames(paper), QStringList{QStringLiteral("Summary")});
    QCOMPARE(paper.sections[0].markdown,
             QStringLiteral("- 이 논문은 새로운 프레임워크를 제안합니다.\n- It has four features:\n"
                            "  - (1) a general multimodal framework,\n"
                            "  - (2) seamless integration of vision models,\n"
                            "- 코드는 https://example.org/code 에서 공개됩니다."));
}

void TestMarkdownDigestReader::noMedia()
{
    const ParseResult result = readFixture(QStringLiteral("no_media.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.at(0);
    QVERIFY(paper.thumbnailUrl.isEmpty());
    QVERIFY(paper.mediaUrls.isEmpty());
    QVERIFY(paper.authors.isEmpty());
    QCOMPARE(paper.votes, std::nullopt);
    QCOMPARE(paper.sections.at(0).markdown,
             QStringLiteral("- Only the summary survives from the earliest digests.\n- A second "
                            "bullet."));
}

void TestMarkdownDigestReader::htmlTitleStaysText()
{
    const ParseResult result = readFixture(QStringLiteral("html_title.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.digest->papers.at(0).title,
             QStringLiteral("<script>alert(\"owned\")</script> Safe & <b>Sound</b>"));
}

void TestMarkdownDigestReader::invalidIdsAreSkipped()
{
    const ParseResult result = readFixture(QStringLiteral("invalid_ids.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result), QStringList{QStringLiteral("math/0611800")});
    QCOMPARE(result.warnings.size(), 3);
    QVERIFY(hasWarning(result, 3, QStringLiteral("example.com")));
    QVERIFY(hasWarning(result, 7, QStringLiteral("2413.00112")));
    QVERIFY(hasWarning(result, 11, QStringLiteral("skipped")));
}

void TestMarkdownDigestReader::strayTextIsKeptAndReported()
{
    const ParseResult result = readFixture(QStringLiteral("stray_text.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.at(0);
    QCOMPARE(paper.votes, std::optional<int>(5));
    QCOMPARE(sectionNames(paper),
             QStringList({QStringLiteral("Summary"), QStringLiteral("What's New")}));
    QCOMPARE(paper.sections[0].markdown,
             QStringLiteral("This line is neither media, votes nor authors."));
    // The HTML table is dropped; the heading after it stays with the section it follows.
    QCOMPARE(paper.sections[1].markdown,
             QStringLiteral("The keyed summary follows.\n\n#### A Fourth-Level Heading"));
    QCOMPARE(result.warnings.size(), 4);
    QVERIFY(hasWarning(result, 3, QStringLiteral("outside any paper")));
    QVERIFY(hasWarning(result, 9, QStringLiteral("\"Summary\"")));
    QVERIFY(hasWarning(result, 13, QStringLiteral("HTML")));
    QVERIFY(hasWarning(result, 15, QStringLiteral("\"What's New\"")));
}

void TestMarkdownDigestReader::warningToString()
{
    QCOMPARE((parse::Warning{QStringLiteral("a/b.md"), 12, QStringLiteral("bad")}).toString(),
             QStringLiteral("a/b.md:12: bad"));
    QCOMPARE((parse::Warning{QStringLiteral("day.json"), 0, QStringLiteral("odd")}).toString(),
             QStringLiteral("day.json: odd"));
}

QTEST_GUILESS_MAIN(TestMarkdownDigestReader)
