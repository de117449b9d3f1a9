#include "TestHfJsonReader.h"

#include "ParseTestSupport.h"
#include "parse/HfJsonReader.h"

#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

const QDate fixtureDay(2025, 1, 3);

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

bool hasJsonWarning(const ParseResult& result, const QString& fragment)
{
    return hasWarning(result, 0, fragment);
}

} // namespace

ParseResult TestHfJsonReader::readFixture(const QString& name)
{
    const std::optional<QByteArray> data = parse::test::readFixture(QStringLiteral("json/") + name);
    if (!data) {
        ParseResult missing;
        missing.error = QStringLiteral("fixture missing: ") + name;
        return missing;
    }
    return parse::HfJsonReader::read(*data, name, fixtureDay);
}

void TestHfJsonReader::minimalEntry()
{
    const ParseResult result = readFixture(QStringLiteral("minimal.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.digest->date, fixtureDay);
    QCOMPARE(result.digest->source, core::huggingFaceSource());
    QCOMPARE(result.digest->papers.size(), 1);
    const core::Paper& paper = result.digest->papers[0];
    QCOMPARE(paper.id.id(), QStringLiteral("2501.00001"));
    QCOMPARE(paper.title, QStringLiteral("The Smallest Entry"));
    QCOMPARE(paper.votes, std::nullopt);
    QCOMPARE(paper.numComments, std::nullopt);
    QCOMPARE(paper.githubStars, std::nullopt);
    QVERIFY(paper.authors.isEmpty() && paper.abstract.isEmpty() && paper.thumbnailUrl.isEmpty());
    QVERIFY(!paper.listedAt.isValid() && !paper.publishedAt.isValid());
    QVERIFY(paper.sections.isEmpty());
}

void TestHfJsonReader::allFields()
{
    const ParseResult result = readFixture(QStringLiteral("all_fields.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.digest->papers.size(), 2);
    const core::Paper& paper = result.digest->papers[0];
    QCOMPARE(paper.id.id(), QStringLiteral("2501.00011"));
    QCOMPARE(paper.title, QStringLiteral("Every Field: A Complete Entry"));
    QCOMPARE(paper.abstract, QStringLiteral("An abstract that spans\ntwo lines."));
    // Hidden authors count; names are trimmed and collapsed, duplicates dropped.
    QCOMPARE(paper.authors,
             QStringList({QStringLiteral("Mina Park"), QStringLiteral("Hidden Helper"),
                          QStringLiteral("Oscar O'Neil")}));
    QCOMPARE(paper.votes, std::optional<int>(57));
    QCOMPARE(paper.thumbnailUrl,
             QStringLiteral(
                 "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2501.00011.png"));
    QCOMPARE(
        paper.mediaUrls,
        QStringList(
            {QStringLiteral("https://cdn-uploads.huggingface.co/production/uploads/x/demo.mp4"),
             QStringLiteral("https://cdn-uploads.huggingface.co/production/uploads/x/extra.png")}));
    QCOMPARE(paper.aiSummary, QStringLiteral("A model that does everything."));
    QCOMPARE(paper.keywords,
             QStringList({QStringLiteral("everything"), QStringLiteral("completeness")}));
    QCOMPARE(paper.githubRepo, QStringLiteral("https://github.com/example/every-field"));
    QCOMPARE(paper.githubStars, std::optional<int>(1234));
    QCOMPARE(paper.projectPage, QStringLiteral("https://example.org/every-field"));
    QCOMPARE(paper.organization, QStringLiteral("Example Research Lab"));
    QCOMPARE(paper.numComments, std::optional<int>(3));
    QCOMPARE(paper.submittedBy, QStringLiteral("Jiwoo Han"));
    QCOMPARE(paper.listedAt, utc(2025, 1, 2, 20, 0));
    QCOMPARE(paper.publishedAt, utc(2025, 1, 2, 0, 0));
    QCOMPARE(paper.listedAt.timeSpec(), Qt::UTC);
}

void TestHfJsonReader::fallbacksToTopLevelFields()
{
    const ParseResult result = readFixture(QStringLiteral("all_fields.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.at(1);
    QCOMPARE(paper.title, QStringLiteral("Fallback Title From The Listing"));
    QCOMPARE(paper.abstract, QStringLiteral("Fallback abstract from the listing."));
    QCOMPARE(paper.organization, QStringLiteral("onlyname"));
    QCOMPARE(paper.submittedBy, QStringLiteral("nofullname"));
    QCOMPARE(paper.votes, std::optional<int>(0));
    QCOMPARE(paper.listedAt, utc(2025, 1, 2, 21, 30));
}

void TestHfJsonReader::wrongTypesAreIgnoredWithWarnings()
{
    const ParseResult result = readFixture(QStringLiteral("wrong_types.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.at(0);
    QCOMPARE(paper.title, QStringLiteral("Fields Of The Wrong Type"));
    QCOMPARE(paper.authors, QStringList{QStringLiteral("Kept Author")});
    QCOMPARE(paper.keywords, QStringList{QStringLiteral("kept")});
    QCOMPARE(paper.mediaUrls, QStringList{QStringLiteral("https://example.org/ok.mp4")});
    QCOMPARE(paper.votes, std::nullopt);
    QCOMPARE(paper.githubStars, std::nullopt);
    QCOMPARE(paper.numComments, std::nullopt);
    QVERIFY(paper.abstract.isEmpty() && paper.aiSummary.isEmpty() && paper.githubRepo.isEmpty());
    QVERIFY(paper.projectPage.isEmpty() && paper.organization.isEmpty());
    QVERIFY(paper.thumbnailUrl.isEmpty() && paper.submittedBy.isEmpty());
    QVERIFY(!paper.listedAt.isValid() && !paper.publishedAt.isValid());
    for (const char* field :
         {"paper.summary", "paper.authors[1]", "paper.authors[2]", "paper.authors[3]",
          "paper.upvotes", "paper.githubStars", "paper.ai_keywords[1]", "paper.ai_summary",
          "paper.githubRepo", "paper.projectPage", "paper.organization", "paper.publishedAt",
          "paper.mediaUrls", "numComments", "thumbnail", "submittedBy", "mediaUrls \"data:"}) {
        const QString expected = QStringLiteral("entry 0 (2501.00021): ") + QLatin1String(field);
        QVERIFY2(hasJsonWarning(result, expected),
                 qPrintable(expected + QLatin1Char('\n') + describe(result)));
    }
    for (const parse::Warning& warning : result.warnings)
        QCOMPARE(warning.file, QStringLiteral("wrong_types.json"));
}

void TestHfJsonReader::nullsAreAbsent()
{
    const ParseResult result = readFixture(QStringLiteral("wrong_types.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.at(1);
    QCOMPARE(paper.title, QStringLiteral("Nulls Are Simply Absent"));
    QCOMPARE(paper.votes, std::nullopt);
    for (const parse::Warning& warning : result.warnings)
        QVERIFY2(!warning.message.contains(QStringLiteral("2501.00022")),
                 qPrintable(warning.toString()));
}

void TestHfJsonReader::missingIdOrTitleSkipsEntry()
{
    const ParseResult result = readFixture(QStringLiteral("missing_id.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result), QStringList{QStringLiteral("2501.00034")});
    QCOMPARE(result.warnings.size(), 8);
    for (int entry = 0; entry < 8; ++entry) {
        const QString expected = QStringLiteral("entry %1 skipped").arg(entry);
        QVERIFY2(hasJsonWarning(result, expected), qPrintable(expected));
    }
}

void TestHfJsonReader::duplicateIdsBecomeOnePaper()
{
    const ParseResult result = readFixture(QStringLiteral("duplicates.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result),
             QStringList({QStringLiteral("2501.00041"), QStringLiteral("2501.00042")}));
    const core::Paper& twice = result.digest->papers[0];
    QCOMPARE(twice.title, QStringLiteral("Listed Twice"));
    QCOMPARE(twice.votes, std::optional<int>(5));
    QCOMPARE(twice.aiSummary, QStringLiteral("Filled from the second listing."));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(hasJsonWarning(result, QStringLiteral("listed again")));
}

void TestHfJsonReader::emptyArray()
{
    const ParseResult result = readFixture(QStringLiteral("empty_array.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.digest->papers.isEmpty());
    QCOMPARE(result.digest->date, fixtureDay);
}

void TestHfJsonReader::notAnArray()
{
    const ParseResult result = readFixture(QStringLiteral("not_array.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("not_array.json: ")), qPrintable(result.error));
    const ParseResult scalar =
        parse::HfJsonReader::read(QByteArrayLiteral("42"), QStringLiteral("n.json"), fixtureDay);
    QVERIFY(!scalar.ok());
    QVERIFY(scalar.error.startsWith(QStringLiteral("n.json: ")));
}

void TestHfJsonReader::invalidJson()
{
    const ParseResult result = readFixture(QStringLiteral("invalid.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("invalid.json: invalid JSON")),
             qPrintable(result.error));
    for (const QByteArray& bad : {QByteArray(), QByteArray("\xff\xfe garbage", 10),
                                  QByteArray("[1, 2", 5), QByteArray("[\0]", 3)}) {
        const ParseResult broken =
            parse::HfJsonReader::read(bad, QStringLiteral("b.json"), fixtureDay);
        QVERIFY2(!broken.ok() && broken.error.startsWith(QStringLiteral("b.json: ")),
                 qPrintable(broken.error));
    }
}

void TestHfJsonReader::dayIsRequired()
{
    const std::optional<QByteArray> data =
        parse::test::readFixture(QStringLiteral("json/minimal.json"));
    QVERIFY(data);
    const ParseResult result = parse::HfJsonReader::read(*data, QStringLiteral("m.json"), QDate());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("m.json: ")), qPrintable(result.error));
}

void TestHfJsonReader::deeplyNested()
{
    const ParseResult fixture = readFixture(QStringLiteral("deeply_nested.json"));
    QVERIFY(!fixture.ok());
    QVERIFY2(fixture.error.startsWith(QStringLiteral("deeply_nested.json: ")),
             qPrintable(fixture.error));
    for (const char open : {'[', '{'}) {
        // 100000 levels, far past what a recursive parser survives on its stack.
        const QByteArray deep = open == '['
                                    ? QByteArray(100000, '[') + QByteArray(100000, ']')
                                    : QByteArray("[") + QByteArray("{\"a\":").repeated(100000);
        const ParseResult result =
            parse::HfJsonReader::read(deep, QStringLiteral("d.json"), fixtureDay);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("d.json: invalid JSON")),
                 qPrintable(result.error));
    }
}

QTEST_GUILESS_MAIN(TestHfJsonReader)
