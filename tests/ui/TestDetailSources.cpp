// A paper merged from several sources in the window: in the detail pane the Korean title under
// the English one and each source's sections under a heading that names the source; in the
// list the Korean title when the reader asks for it.
#include "core/Digest.h"
#include "ui/detail/DetailDocument.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/PaperListModel.h"

#include <QSignalSpy>

#include <QApplication>
#include <QTest>
#include <QTextBlock>

using namespace paperboy;
using namespace paperboy::ui;

namespace {

core::Paper mergedPaper()
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(QStringLiteral("2412.15119"));
    paper.title = QStringLiteral("Parallelized Autoregressive Visual Generation");
    paper.titleKo = QStringLiteral("병렬화된 <b>자기회귀</b> 시각 생성");
    paper.sections = {
        {QStringLiteral("What's New"), QStringLiteral("병렬 생성을 제안합니다."),
         core::koreanDigestSource()},
        {QStringLiteral("Purpose"), QStringLiteral("효율성 개선 연구"),
         core::koreanAutoflowSource()},
        {QStringLiteral("Method"), QStringLiteral("- 병렬 전략(parallel)\n- 순차 생성"),
         core::koreanAutoflowSource()},
    };
    paper.abstract = QStringLiteral("Autoregressive models ...");
    return paper;
}

QStringList blocks(const QTextDocument& document)
{
    QStringList texts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty())
            texts.append(block.text());
    }
    return texts;
}

} // namespace

class TestDetailSources final : public QObject
{
    Q_OBJECT

private slots:
    void koreanTitleFollowsTheEnglishOne();
    void sectionsStandUnderTheirSource();
    void oneDigestSourceNeedsNoSourceHeading();
    void listShowsKoreanTitlesWhenAsked();
};

void TestDetailSources::koreanTitleFollowsTheEnglishOne()
{
    SafeTextDocument document;
    DetailDocument(document, QPalette())
        .build(mergedPaper(), QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    const QStringList texts = blocks(document);
    QCOMPARE(texts.value(0), mergedPaper().title);
    // Plain text: the markup in the untrusted title stays visible characters.
    QCOMPARE(texts.value(1), mergedPaper().titleKo);
}

void TestDetailSources::sectionsStandUnderTheirSource()
{
    SafeTextDocument document;
    DetailDocument(document, QPalette())
        .build(mergedPaper(), QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    const QStringList texts = blocks(document);
    const qsizetype digest = texts.indexOf(QStringLiteral("Korean digest (daily_papers_ko)"));
    const qsizetype brief =
        texts.indexOf(QStringLiteral("Korean brief (hf-daily-paper-korean-autoflow)"));
    QVERIFY2(digest > 0 && brief > digest, qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(texts.value(digest + 1), QStringLiteral("What's New"));
    QCOMPARE(texts.value(brief + 1), QStringLiteral("Purpose"));
    QCOMPARE(texts.value(brief + 2), QStringLiteral("효율성 개선 연구"));
    QCOMPARE(texts.value(brief + 3), QStringLiteral("Method"));
    // The method is a bullet list: one block per item, the text as published.
    QCOMPARE(texts.value(brief + 4), QStringLiteral("병렬 전략(parallel)"));
    QCOMPARE(texts.value(brief + 5), QStringLiteral("순차 생성"));
    QVERIFY(texts.mid(brief).contains(QStringLiteral("Abstract")));
}

void TestDetailSources::oneDigestSourceNeedsNoSourceHeading()
{
    core::Paper paper = mergedPaper();
    paper.titleKo.clear();
    paper.sections = paper.sections.mid(0, 1);
    SafeTextDocument document;
    DetailDocument(document, QPalette())
        .build(paper, QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    const QStringList texts = blocks(document);
    QVERIFY(!texts.contains(QStringLiteral("Korean digest (daily_papers_ko)")));
    QVERIFY(texts.contains(QStringLiteral("What's New")));
}

void TestDetailSources::listShowsKoreanTitlesWhenAsked()
{
    store::PaperListItem withKorean;
    withKorean.id = QStringLiteral("2412.15119");
    withKorean.title = QStringLiteral("Parallelized Autoregressive Visual Generation");
    withKorean.titleKo = QStringLiteral("병렬화된 자기회귀 시각 생성");
    store::PaperListItem englishOnly;
    englishOnly.id = QStringLiteral("2412.15120");
    englishOnly.title = QStringLiteral("An English-only paper");
    englishOnly.position = 1;
    PaperListModel model;
    model.setDay(QDate(2024, 12, 23), {withKorean, englishOnly}, {});
    const auto title = [&model](int row) {
        return model.index(row).data(PaperListModel::TitleRole).toString();
    };
    QCOMPARE(title(0), withKorean.title); // English by default
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setKoreanTitles(true);
    QCOMPARE(changed.size(), 1); // the view repaints the rows
    QCOMPARE(title(0), withKorean.titleKo);
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), withKorean.titleKo);
    QCOMPARE(title(1), englishOnly.title); // no Korean title: the English one stays
    model.setKoreanTitles(false);
    QCOMPARE(title(0), withKorean.title);
}

QTEST_MAIN(TestDetailSources)
#include "TestDetailSources.moc"
