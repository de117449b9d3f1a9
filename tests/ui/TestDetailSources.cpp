// A paper merged from several sources in the window: in the detail pane the Korean title under
// the English one and each source's sections under a heading that names the source; in the
// list the Korean title when the reader asks for it.
#include "core/Digest.h"
#include "ui/detail/DetailDocument.h"
#include "ui/detail/DetailThumbnailImage.h"
#include "ui/detail/ReadableMath.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/PaperListModel.h"
#include "ui/thumbs/PlaceholderTile.h"

#include <QSignalSpy>

#include <QApplication>
#include <QRegularExpression>
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
    void huggingFaceTextsStandUnderTheirSource();
    void texIsReadInEveryHuggingFaceText();
    void readableMathRewritesOnlyWhatMapsExactly();
    void mediaLinksAreNamedByKind();
    void longAuthorListsAreCollapsed();
    void playBadgeLeavesTheInitialsClear();
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
    paper.abstract.clear(); // Hugging Face's texts would be a second source
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

// A digest's sections and Hugging Face's texts: each group under its source, so that the
// digest's "Keywords" and Hugging Face's are told apart.
void TestDetailSources::huggingFaceTextsStandUnderTheirSource()
{
    core::Paper paper = mergedPaper();
    paper.sections = {
        {QStringLiteral("Keywords"), QStringLiteral("병렬"), core::koreanDigestSource()}};
    paper.aiSummary = QStringLiteral("A summary.");
    paper.keywords = {QStringLiteral("parallel"), QStringLiteral("generation")};
    SafeTextDocument document;
    DetailDocument(document, QPalette())
        .build(paper, QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    const QStringList texts = blocks(document);
    const qsizetype digest = texts.indexOf(QStringLiteral("Korean digest (daily_papers_ko)"));
    const qsizetype hf = texts.indexOf(QStringLiteral("Hugging Face"));
    QVERIFY2(digest > 0 && hf > digest, qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(texts.value(digest + 1), QStringLiteral("Keywords"));
    QCOMPARE(texts.value(hf + 1), QStringLiteral("Abstract"));
    QCOMPARE(texts.lastIndexOf(QStringLiteral("Keywords")),
             texts.indexOf(QStringLiteral("Keywords"), hf));
}

void TestDetailSources::texIsReadInEveryHuggingFaceText()
{
    core::Paper paper = mergedPaper();
    paper.sections.clear();
    paper.abstract = QStringLiteral("We reach $\\pi^3$ at 50\\% cost.");
    paper.aiSummary = QStringLiteral("The model $\\pi^3$ runs in $O(n^2)$ with \\textbf{no} loss.");
    SafeTextDocument document;
    DetailDocument(document, QPalette())
        .build(paper, QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    const QStringList texts = blocks(document);
    QVERIFY2(texts.contains(QStringLiteral("We reach π³ at 50% cost.")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("The model π³ runs in O(n²) with no loss.")),
             qPrintable(texts.join(QLatin1Char('|'))));
}

void TestDetailSources::readableMathRewritesOnlyWhatMapsExactly()
{
    QCOMPARE(readableMath(u"$\\pi^3$"), QStringLiteral("π³"));
    QCOMPARE(readableMath(u"$x_{i}$"), QStringLiteral("xᵢ"));
    QCOMPARE(readableMath(u"$\\alpha \\leq 0.5$"), QStringLiteral("α ≤ 0.5"));
    QCOMPARE(readableMath(u"$\\mathbf{W}_{12}$"), QStringLiteral("W₁₂"));
    QCOMPARE(readableMath(u"$3\\times$"), QStringLiteral("3×"));
    // What has no exact form stays as written: nothing the author wrote is lost.
    QCOMPARE(readableMath(u"$\\frac{a}{b}$"), QStringLiteral("$\\frac{a}{b}$"));
    QCOMPARE(readableMath(u"$x^{k+y}$"), QStringLiteral("$x^{k+y}$"));
    QCOMPARE(readableMath(u"$\\unknown$"), QStringLiteral("$\\unknown$"));
    QCOMPARE(readableMath(u"$a}$"), QStringLiteral("$a}$"));
}

void TestDetailSources::mediaLinksAreNamedByKind()
{
    core::Paper paper = mergedPaper();
    paper.mediaUrls = {
        QStringLiteral("https://example.org/a.mp4"), QStringLiteral("https://example.org/b.png"),
        QStringLiteral("https://example.org/c.mp4"), QStringLiteral("https://example.org/page")};
    QStringList labels;
    for (const PaperLink& link : DetailDocument::linksFor(paper))
        labels.append(link.label);
    QCOMPARE(labels.mid(3), (QStringList{QStringLiteral("Video 1"), QStringLiteral("Image"),
                                         QStringLiteral("Video 2"), QStringLiteral("Media")}));
}

void TestDetailSources::longAuthorListsAreCollapsed()
{
    core::Paper paper = mergedPaper();
    for (int i = 0; i < 300; ++i)
        paper.authors.append(QStringLiteral("Author Number%1").arg(i));
    SafeTextDocument document;
    DetailDocument collapsed(document, QPalette());
    collapsed.build(paper, QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    QString names;
    for (const QString& text : blocks(document)) {
        if (text.contains(QStringLiteral("Author Number0")))
            names = text;
    }
    QVERIFY(names.size() < 400);
    QVERIFY2(names.contains(QRegularExpression(QStringLiteral("and \\d+ more$"))),
             qPrintable(names));
    const int shown = int(names.count(QStringLiteral("Author Number")));
    QVERIFY(shown >= 3);
    QVERIFY(names.endsWith(QStringLiteral("and %1 more").arg(300 - shown)));
    // The abstract follows within the first few blocks.
    QVERIFY(blocks(document).contains(QStringLiteral("Abstract")));

    DetailDocument whole(document, QPalette());
    whole.setAllAuthors(true);
    whole.build(paper, QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    QVERIFY(document.toPlainText().contains(QStringLiteral("Author Number299")));
    QVERIFY(!document.toPlainText().contains(QStringLiteral(" more")));
}

// The play badge sits in a corner: the placeholder's initials in the middle stay as they are.
void TestDetailSources::playBadgeLeavesTheInitialsClear()
{
    const QSize size(320, 168);
    const QImage tile = PlaceholderTile::renderImage(
        QStringLiteral("2412.15119"), QStringLiteral("Parallel Generation"), size, 1);
    const QImage plain = detailThumbnailImage(tile, size, 1, false);
    const QImage badged = detailThumbnailImage(tile, size, 1, true);
    const QRect middle(size.width() / 4, size.height() / 4, size.width() / 2, size.height() / 2);
    QCOMPARE(badged.copy(middle), plain.copy(middle));
    QVERIFY(badged != plain);
}

QTEST_MAIN(TestDetailSources)
#include "TestDetailSources.moc"
