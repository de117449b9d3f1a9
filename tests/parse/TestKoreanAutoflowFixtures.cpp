#include "TestKoreanAutoflowReader.h"

#include "ParseTestSupport.h"
#include "parse/KoreanAutoflowReader.h"

#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

const QDate day(2024, 12, 23);

QString sectionText(const core::Paper& paper, const QString& name)
{
    for (const core::Section& section : paper.sections) {
        if (section.name == name)
            return section.markdown;
    }
    return {};
}

} // namespace

ParseResult TestKoreanAutoflowReader::readFixture(const QString& name)
{
    const QString path = QStringLiteral("autoflow/") + name;
    const std::optional<QByteArray> data = parse::test::readFixture(path);
    if (!data) {
        ParseResult missing;
        missing.error = QStringLiteral("fixture missing: ") + fixturePath(path);
        return missing;
    }
    return parse::KoreanAutoflowReader::read(*data, name, day);
}

void TestKoreanAutoflowReader::firstGeneration()
{
    const ParseResult result = readFixture(QStringLiteral("generation1.json"));
    QVERIFY2(result.ok() && result.warnings.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.digest->source, core::koreanAutoflowSource());
    QCOMPARE(result.digest->date, day);
    QCOMPARE(paperIds(result),
             (QStringList{QStringLiteral("2412.09604"), QStringLiteral("2412.09605")}));
    const core::Paper& paper = result.digest->papers.first();
    QCOMPARE(paper.title, QStringLiteral("GenEx: Generating an Explorable World"));
    QCOMPARE(paper.titleKo, QStringLiteral("GenEx: 탐색 가능한 세계 생성"));
    QCOMPARE(sectionNames(paper),
             (QStringList{QStringLiteral("Purpose"), QStringLiteral("Summary"),
                          QStringLiteral("Pitch"), QStringLiteral("Keywords")}));
    QCOMPARE(sectionText(paper, QStringLiteral("Purpose")),
             QStringLiteral("생성적 상상력을 활용한 3D 환경 생성 방법 개발"));
    QCOMPARE(sectionText(paper, QStringLiteral("Summary")),
             QStringLiteral("3D 물리적 실제 세계를 이해하고 탐색하는 것은 핵심 과제입니다."));
    QCOMPARE(sectionText(paper, QStringLiteral("Pitch")),
             QStringLiteral("연구자에게 강력히 추천하는 플랫폼입니다!"));
    QCOMPARE(sectionText(paper, QStringLiteral("Keywords")), QStringLiteral("3D Vision, Robotics"));
    // The Hugging Face part of the entry is read as the HF reader reads it.
    QCOMPARE(paper.abstract, QStringLiteral("An abstract."));
    QCOMPARE(paper.authors, QStringList{QStringLiteral("Ada Lovelace")});
    QCOMPARE(paper.votes, std::optional<int>(7));
}

void TestKoreanAutoflowReader::secondGeneration()
{
    const ParseResult result = readFixture(QStringLiteral("generation2.json"));
    QVERIFY2(result.ok() && result.warnings.isEmpty(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.first();
    QCOMPARE(paper.titleKo, QStringLiteral("병렬화된 자기회귀 시각 생성"));
    QCOMPARE(sectionNames(paper),
             (QStringList{QStringLiteral("Purpose"), QStringLiteral("Method"),
                          QStringLiteral("Conclusion"), QStringLiteral("Keywords")}));
    QCOMPARE(sectionText(paper, QStringLiteral("Method")),
             QStringLiteral("- 병렬 생성 전략 개발(Our key insight is that parallel generation "
                            "depends on visual token dependencies.)\n"
                            "- 인접 토큰은 순차적으로 생성함(Based on this observation, we "
                            "develop a strategy.)"));
    QCOMPARE(sectionText(paper, QStringLiteral("Conclusion")),
             QStringLiteral("9.5배의 속도 향상을 달성함."));
}

void TestKoreanAutoflowReader::entryWithoutKoreanFieldsIsHfOnly()
{
    const ParseResult result = readFixture(QStringLiteral("generation1.json"));
    const core::Paper* plain = findPaper(result, QStringLiteral("2412.09605"));
    QVERIFY2(plain, qPrintable(describe(result)));
    QCOMPARE(plain->title, QStringLiteral("Plain HF entry"));
    QVERIFY(plain->titleKo.isEmpty());
    QVERIFY(plain->sections.isEmpty());
    QCOMPARE(plain->abstract, QStringLiteral("An abstract."));
}

void TestKoreanAutoflowReader::emptyDay()
{
    const ParseResult result = readFixture(QStringLiteral("empty_day.json"));
    QVERIFY2(result.ok() && result.warnings.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.digest->date, day);
    QVERIFY(result.digest->papers.isEmpty());
}

void TestKoreanAutoflowReader::methodAsString()
{
    const ParseResult result = readFixture(QStringLiteral("method_is_string.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(sectionText(result.digest->papers.first(), QStringLiteral("Method")),
             QStringLiteral("- 하나의 문자열로 된 방법(One string.)"));
    QVERIFY2(hasWarning(result, 0, QStringLiteral("method is text, not a list")),
             qPrintable(describe(result)));
}

void TestKoreanAutoflowReader::listWhereTextBelongs()
{
    const ParseResult result = readFixture(QStringLiteral("list_where_text_belongs.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.first();
    QCOMPARE(paper.titleKo, QStringLiteral("첫째 줄\n둘째 줄"));
    QCOMPARE(sectionText(paper, QStringLiteral("Purpose")), QStringLiteral("목적 하나\n목적 둘"));
    QVERIFY(hasWarning(result, 0, QStringLiteral("translation_title is a list")));
    QVERIFY(hasWarning(result, 0, QStringLiteral("purpose is a list")));
}

void TestKoreanAutoflowReader::nullsAreAbsent()
{
    const ParseResult result = readFixture(QStringLiteral("nulls.json"));
    QVERIFY2(result.ok() && result.warnings.isEmpty(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.first();
    QVERIFY(paper.titleKo.isEmpty());
    QVERIFY(paper.sections.isEmpty());
    QCOMPARE(paper.title, QStringLiteral("A Paper Title"));
}

void TestKoreanAutoflowReader::emptyStringsAreAbsent()
{
    const ParseResult result = readFixture(QStringLiteral("empty_strings.json"));
    QVERIFY2(result.ok() && result.warnings.isEmpty(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.first();
    QVERIFY(paper.titleKo.isEmpty());
    QCOMPARE(sectionNames(paper), QStringList());
}

void TestKoreanAutoflowReader::wrongTypesKeepWhatCanBeRead()
{
    const ParseResult result = readFixture(QStringLiteral("wrong_types.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const core::Paper& paper = result.digest->papers.first();
    QVERIFY(paper.titleKo.isEmpty()); // an object has no text to keep
    QCOMPARE(sectionText(paper, QStringLiteral("Purpose")), QStringLiteral("42"));
    QCOMPARE(sectionText(paper, QStringLiteral("Method")), QStringLiteral("- 문자열 항목\n- 7"));
    QCOMPARE(sectionText(paper, QStringLiteral("Conclusion")), QStringLiteral("true"));
    QCOMPARE(sectionText(paper, QStringLiteral("Keywords")), QStringLiteral("Robotics"));
    QVERIFY(hasWarning(result, 0, QStringLiteral("translation_title is an object")));
    QVERIFY(hasWarning(result, 0, QStringLiteral("method item 3 is not text; ignored")));
    QVERIFY(hasWarning(result, 0, QStringLiteral("keywords is text, not a list")));
}

void TestKoreanAutoflowReader::noEnglishTitle()
{
    const ParseResult result = readFixture(QStringLiteral("no_english_title.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    // The Korean title names the paper; an entry with no title at all cannot be shown.
    QCOMPARE(paperIds(result), QStringList{QStringLiteral("2412.15119")});
    const core::Paper& paper = result.digest->papers.first();
    QCOMPARE(paper.titleKo, QStringLiteral("영어 제목 없는 논문"));
    QCOMPARE(paper.title, paper.titleKo);
    QCOMPARE(sectionText(paper, QStringLiteral("Purpose")), QStringLiteral("목적"));
    QVERIFY(hasWarning(result, 0, QStringLiteral("no English title")));
    QVERIFY(hasWarning(result, 0, QStringLiteral("entry 1 skipped")));
}

void TestKoreanAutoflowReader::missingIdSkipsEntry()
{
    const ParseResult result = readFixture(QStringLiteral("missing_id.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(paperIds(result), QStringList{QStringLiteral("2412.15119")});
    QVERIFY(hasWarning(result, 0, QStringLiteral("entry 0 skipped")));
    QVERIFY(hasWarning(result, 0, QStringLiteral("entry 1 skipped")));
}

void TestKoreanAutoflowReader::duplicatesMerge()
{
    const ParseResult result = readFixture(QStringLiteral("duplicates.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.digest->papers.size(), 1);
    const core::Paper& paper = result.digest->papers.first();
    QCOMPARE(paper.titleKo, QStringLiteral("첫 번째"));
    QCOMPARE(sectionText(paper, QStringLiteral("Purpose")), QStringLiteral("두 번째의 목적"));
    QVERIFY(hasWarning(result, 0, QStringLiteral("listed again")));
}

void TestKoreanAutoflowReader::notAnArray()
{
    const ParseResult result = readFixture(QStringLiteral("not_array.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("not a list")), qPrintable(result.error));
}

void TestKoreanAutoflowReader::invalidJson()
{
    const ParseResult result = readFixture(QStringLiteral("invalid.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("invalid JSON")), qPrintable(result.error));
    const ParseResult noDay = parse::KoreanAutoflowReader::read("[]", QStringLiteral("x"), {});
    QVERIFY(!noDay.ok());
}

QTEST_GUILESS_MAIN(TestKoreanAutoflowReader)
