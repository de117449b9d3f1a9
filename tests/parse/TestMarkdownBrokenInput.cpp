#include "TestMarkdownDigestReader.h"

#include "ParseTestSupport.h"
#include "parse/MarkdownDigestReader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

// About the size of a real digest entry (~1.8 KB), so that 50 MB holds a realistic count.
QByteArray generatedPaper(int index)
{
    // Five-digit sequence numbers run out after 99999 papers: spread them over months.
    const QByteArray id = "24" + QByteArray::number(1 + index / 90000).rightJustified(2, '0') +
                          '.' + QByteArray::number(index % 90000).rightJustified(5, '0');
    const QByteArray sentence = "새로운 방법을 제안하고 여러 벤치마크에서 검증합니다. ";
    return "### [Generated [Paper] " + QByteArray::number(index) + "](https://arxiv.org/abs/" + id +
           ")\n\n![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/" + id +
           ".png)\n\nVote: " + QByteArray::number(index % 50) +
           "\n\nAuthors: Alice Example, 김철수, Alice Example, Bob Example\n\n"
           "- ***What's New***: " +
           sentence.repeated(6) +
           "\n"
           "- ***Technical Details***: parts:\n1. **One**: " +
           sentence.repeated(4) + "\n2. **Two**: " + sentence.repeated(4) +
           "\n"
           "- ***Performance Highlights***: " +
           sentence.repeated(6) + "\n\n";
}

// A well-formed digest of at least `bytes` bytes; `papers` receives how many it holds.
QByteArray generatedDigest(qsizetype bytes, int& papers)
{
    QByteArray digest = "## Daily Papers (2024-01-02)\n\n";
    digest.reserve(bytes + 1024);
    papers = 0;
    while (digest.size() < bytes)
        digest += generatedPaper(papers++);
    return digest;
}

} // namespace

void TestMarkdownDigestReader::emptyFile()
{
    const ParseResult result = readFixture(QStringLiteral("empty.md"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("empty.md: ")), qPrintable(result.error));
}

void TestMarkdownDigestReader::binaryGarbage()
{
    const std::optional<QByteArray> data =
        parse::test::readFixture(QStringLiteral("markdown/garbage.bin"));
    QVERIFY(data && data->size() == 4096);
    const ParseResult result =
        parse::MarkdownDigestReader::read(*data, QStringLiteral("garbage.bin"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("garbage.bin")), qPrintable(result.error));
    QVERIFY(hasWarning(result, 1, QStringLiteral("invalid UTF-8")));
}

void TestMarkdownDigestReader::missingHeader()
{
    const ParseResult result = readFixture(QStringLiteral("missing_header.md"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("missing_header.md: ")) &&
                 result.error.contains(QStringLiteral("Daily Papers")),
             qPrintable(result.error));
}

void TestMarkdownDigestReader::wrongHeaderDate()
{
    const ParseResult wrong =
        readFixture(QStringLiteral("wrong_date_header.md"), QDate(2024, 3, 6));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error.contains(QStringLiteral("wrong_date_header.md")) &&
                 wrong.error.contains(QStringLiteral("2024-03-05")) &&
                 wrong.error.contains(QStringLiteral("2024-03-06")),
             qPrintable(wrong.error));
    // Without an expected day the header decides.
    const ParseResult free = readFixture(QStringLiteral("wrong_date_header.md"));
    QVERIFY2(free.ok(), qPrintable(describe(free)));
    QCOMPARE(free.digest->date, QDate(2024, 3, 5));
    QVERIFY(readFixture(QStringLiteral("wrong_date_header.md"), QDate(2024, 3, 5)).ok());
}

void TestMarkdownDigestReader::invalidHeaderDate()
{
    const ParseResult result = readFixture(QStringLiteral("invalid_header_date.md"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("invalid_header_date.md")) &&
                 result.error.contains(QStringLiteral("2024-02-30")),
             qPrintable(result.error));
}

void TestMarkdownDigestReader::truncatedMidSummary()
{
    const ParseResult result = readFixture(QStringLiteral("truncated_mid_summary.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.digest->papers.size(), 2);
    const core::Paper& whole = result.digest->papers[0];
    QCOMPARE(sectionNames(whole),
             QStringList({QStringLiteral("What's New"), QStringLiteral("Technical Details")}));
    // The cut paper keeps what is there, and the cut is reported.
    const core::Paper& cut = result.digest->papers[1];
    QCOMPARE(cut.authors, QStringList{QStringLiteral("Half Person")});
    QCOMPARE(cut.sections.at(0).markdown, QStringLiteral("The file stops in the mid"));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(hasWarning(result, 18, QStringLiteral("cut off")));
}

void TestMarkdownDigestReader::truncatedMidHeading()
{
    const ParseResult result = readFixture(QStringLiteral("truncated_mid_heading.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result), QStringList{QStringLiteral("2406.00141")});
    QVERIFY(hasWarning(result, 7, QStringLiteral("paper skipped")));
    QVERIFY(hasWarning(result, 7, QStringLiteral("cut off")));
}

void TestMarkdownDigestReader::invalidUtf8()
{
    const ParseResult result = readFixture(QStringLiteral("invalid_utf8.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(hasWarning(result, 5, QStringLiteral("invalid UTF-8 on 2 line(s)")));
    const core::Paper& paper = result.digest->papers.at(0);
    const QChar replacement(QChar::ReplacementCharacter);
    QCOMPARE(paper.authors.size(), 2);
    QVERIFY(paper.authors[1].contains(replacement));
    QVERIFY(paper.sections.at(0).markdown.contains(replacement));
    QVERIFY(paper.sections.at(0).markdown.endsWith(QStringLiteral("- 우리 fine Korean.")));
}

void TestMarkdownDigestReader::nulBytes()
{
    std::optional<QByteArray> data =
        parse::test::readFixture(QStringLiteral("markdown/no_media.md"));
    QVERIFY(data);
    data->replace("summary survives", QByteArray("summary\0survives", 16));
    const ParseResult result = parse::MarkdownDigestReader::read(*data, QStringLiteral("nul.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(hasWarning(result, 5, QStringLiteral("NUL")));
    QVERIFY(result.digest->papers.at(0).sections.at(0).markdown.contains(
        QStringLiteral("summary\uFFFDsurvives")));
}

void TestMarkdownDigestReader::crlfLineEndsReadLikeLf()
{
    for (const char* name : {"continuation.md", "media_variants.md", "key_styles.md"}) {
        const std::optional<QByteArray> lf =
            parse::test::readFixture(QStringLiteral("markdown/") + QLatin1String(name));
        QVERIFY(lf);
        QByteArray crlf = *lf;
        crlf.replace("\n", "\r\n");
        const ParseResult expected = parse::MarkdownDigestReader::read(*lf, QStringLiteral("x.md"));
        const ParseResult actual = parse::MarkdownDigestReader::read(crlf, QStringLiteral("x.md"));
        QVERIFY2(actual.ok(), qPrintable(describe(actual)));
        QCOMPARE(actual.digest->papers.size(), expected.digest->papers.size());
        for (qsizetype i = 0; i < actual.digest->papers.size(); ++i) {
            QCOMPARE(actual.digest->papers[i].sections, expected.digest->papers[i].sections);
            QCOMPARE(actual.digest->papers[i].mediaUrls, expected.digest->papers[i].mediaUrls);
            QCOMPARE(actual.digest->papers[i].title, expected.digest->papers[i].title);
        }
        QCOMPARE(actual.warnings.size(), expected.warnings.size());
        for (qsizetype i = 0; i < actual.warnings.size(); ++i)
            QCOMPARE(actual.warnings[i].line, expected.warnings[i].line);
    }
}

void TestMarkdownDigestReader::byteOrderMark()
{
    std::optional<QByteArray> data =
        parse::test::readFixture(QStringLiteral("markdown/key_styles.md"));
    QVERIFY(data);
    data->prepend("\xEF\xBB\xBF");
    const ParseResult result = parse::MarkdownDigestReader::read(*data, QStringLiteral("bom.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.digest->date, QDate(2024, 11, 4));
    QCOMPARE(result.digest->papers.size(), 4);
}

void TestMarkdownDigestReader::pathologicalMarkdown()
{
    // Deep nesting and unclosed delimiters must neither crash nor take long.
    QByteArray data =
        "## Daily Papers (2024-01-02)\n\n### [P](https://arxiv.org/abs/2401.00001)\n\n";
    for (int depth = 0; depth < 2000; ++depth)
        data += QByteArray(depth * 2, ' ') + "- level\n";
    data += "\n- " + QByteArray(100000, '[') + "\n- " + QByteArray(100000, '*') + "\n";
    data += "\n" + QByteArray(100000, '>') + " quoted\n";
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = parse::MarkdownDigestReader::read(data, QStringLiteral("deep.md"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.digest->papers.size(), 1);
    QVERIFY(result.digest->papers[0].sections.at(0).markdown.contains(QStringLiteral("[[[[")));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownDigestReader::fiftyMegabytesInLinearTime()
{
    int smallCount = 0;
    int bigCount = 0;
    const QByteArray small = generatedDigest(5 * 1024 * 1024, smallCount);
    const QByteArray big = generatedDigest(50 * 1024 * 1024, bigCount);
    QElapsedTimer timer;
    timer.start();
    const ParseResult smallResult =
        parse::MarkdownDigestReader::read(small, QStringLiteral("5.md"));
    const qint64 smallMs = std::max<qint64>(timer.restart(), 1);
    const ParseResult bigResult = parse::MarkdownDigestReader::read(big, QStringLiteral("50.md"));
    const qint64 bigMs = timer.elapsed();
    qInfo("5 MB: %lld ms, 50 MB: %lld ms (%d papers)", smallMs, bigMs, bigCount);
    QVERIFY2(bigResult.ok(), qPrintable(bigResult.error));
    QCOMPARE(bigResult.digest->papers.size(), bigCount);
    QCOMPARE(smallResult.digest->papers.size(), smallCount);
    QVERIFY(bigResult.warnings.isEmpty());
    const core::Paper& last = bigResult.digest->papers.constLast();
    QCOMPARE(last.votes, std::optional<int>((bigCount - 1) % 50));
    QCOMPARE(last.sections.size(), 3);
    // Ten times the input may take ten times as long, not a hundred (quadratic); the slack
    // absorbs a busy machine.
    QVERIFY2(bigMs < smallMs * 30 + 2000,
             qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(bigMs).arg(smallMs)));
}
