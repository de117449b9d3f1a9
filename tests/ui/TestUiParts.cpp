// The reader window's parts on their own: link safety, document building, models, tiles.
#include "UiTestSupport.h"
#include "ui/common/LinkOpener.h"
#include "ui/days/CachedDays.h"
#include "ui/detail/DetailDocument.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/import/ImportReport.h"
#include "ui/list/PaperDelegate.h"
#include "ui/list/PaperFilterProxy.h"
#include "ui/list/PaperListModel.h"
#include "ui/style/DateText.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/thumbs/PlaceholderTile.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>

using namespace paperboy;
using namespace paperboy::ui;

namespace {

store::PaperListItem item(const QString& id, const QString& title, const QStringList& authors,
                          int authorCount, std::optional<int> votes, int position)
{
    store::PaperListItem result;
    result.id = id;
    result.title = title;
    result.authors = authors;
    result.authorCount = authorCount;
    result.votes = votes;
    result.position = position;
    return result;
}

QList<store::PaperListItem> sampleItems()
{
    return {item(QStringLiteral("2501.00003"), QStringLiteral("Zeta Attention"),
                 {QStringLiteral("Ann Lee")}, 1, 5, 0),
            item(QStringLiteral("2501.00001"), QStringLiteral("alpha Diffusion"),
                 {QStringLiteral("Bo Kim"), QStringLiteral("Cy Park")}, 2, std::nullopt, 1),
            item(QStringLiteral("2501.00002"), QStringLiteral("Beta Agents"),
                 {QStringLiteral("Di Wu"), QStringLiteral("Ed Roe"), QStringLiteral("Fay Orr"),
                  QStringLiteral("Gus Tan")},
                 9, 40, 2),
            item(QStringLiteral("2501.00004"), QStringLiteral("Gamma Agents"),
                 {QStringLiteral("Hal Ng")}, 1, 40, 3)};
}

QStringList column(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

} // namespace

class TestUiParts final : public QObject
{
    Q_OBJECT

private slots:
    void linkOpenerPassesOnlyWebLinks_data();
    void linkOpenerPassesOnlyWebLinks();
    void safeDocumentLoadsNothingUnlisted();
    void titleWithHtmlStaysLiteral();
    void sectionMarkdownRendersWithoutHtml();
    void linksListOnlyExistingWebLinks();
    void listModelHoldsTheDay();
    void authorsAreShortened();
    void proxyFiltersAndSorts();
    void placeholderTileIsStable();
    void delegateElidesLongTitles();
    void delegatePaintsVotesOnlyWhenKnown();
    void cachedDaysNavigate();
    void importReportSummarises();
    void syncStatusNeverSaysOfflineWhileSyncing();
    void typedDatesInIsoAndLocaleForms();
};

void TestUiParts::linkOpenerPassesOnlyWebLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://arxiv.org/abs/2501.00001") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org/page") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.org/") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/file") << false;
    QTest::newRow("relative") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("no host") << QStringLiteral("http:///path") << false;
}

void TestUiParts::linkOpenerPassesOnlyWebLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    uitest::UrlRecorder recorder;
    const QStringList schemes = {QStringLiteral("http"),       QStringLiteral("https"),
                                 QStringLiteral("javascript"), QStringLiteral("file"),
                                 QStringLiteral("data"),       QStringLiteral("ftp")};
    for (const QString& scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &recorder, "record");
    const auto unsetHandlers = qScopeGuard([&schemes] {
        for (const QString& scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    });

    LinkOpener opener;
    QSignalSpy refused(&opener, &LinkOpener::refused);
    QSignalSpy opened(&opener, &LinkOpener::opened);
    const QUrl target(url);
    QCOMPARE(opener.open(target), allowed);
    QCOMPARE(LinkOpener::isAllowed(target), allowed);
    if (allowed) {
        QCOMPARE(recorder.urls, QList<QUrl>{target});
        QCOMPARE(opened.size(), 1);
        QCOMPARE(refused.size(), 0);
    } else {
        QVERIFY(recorder.urls.isEmpty());
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QLatin1String("only http and https")));
    }
}

void TestUiParts::safeDocumentLoadsNothingUnlisted()
{
    QTemporaryDir dir;
    const QString imagePath = dir.filePath(QStringLiteral("secret.png"));
    QImage image(4, 4, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));

    // A plain QTextDocument would read the local file: the point of SafeTextDocument.
    QTextDocument plain;
    QVERIFY(!plain.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(imagePath)).isNull());

    SafeTextBrowser browser;
    SafeTextDocument* document = browser.safeDocument();
    QCOMPARE(browser.document(), document);
    QVERIFY(
        document->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(imagePath)).isNull());
    QVERIFY(document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("secret.png")))
                .isNull());
    QVERIFY(document
                ->resource(QTextDocument::ImageResource,
                           QUrl(QStringLiteral("data:image/png;base64,iVBORw0KGgo=")))
                .isNull());
    QVERIFY(browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(imagePath))
                .isNull());

    const QUrl listed(QStringLiteral("paperboy-thumbnail:x"));
    document->allowResource(listed, image);
    QCOMPARE(document->resource(QTextDocument::ImageResource, listed).value<QImage>(), image);

    // Navigation never loads anything either.
    browser.setSource(QUrl::fromLocalFile(imagePath));
    QVERIFY(browser.source().isEmpty());
}

void TestUiParts::titleWithHtmlStaysLiteral()
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(QStringLiteral("2501.00001"));
    paper.title = QStringLiteral("<script>alert('x')</script> <b>Bold</b> & <i>Co</i>");
    paper.authors = {QStringLiteral("Eve <img src=x onerror=alert(1)>")};
    paper.abstract = QStringLiteral("Abstract with <u>markup</u>.");

    SafeTextDocument document;
    DetailDocument(document, QPalette())
        .build(paper, QUrl(QStringLiteral("paperboy-thumbnail:x")), QSize(32, 16));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(paper.title), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Eve <img src=x onerror=alert(1)>")));
    QVERIFY(text.contains(QLatin1String("Abstract with <u>markup</u>.")));
}

void TestUiParts::sectionMarkdownRendersWithoutHtml()
{
    const QTextDocumentFragment fragment = DetailDocument::markdownFragment(
        QStringLiteral("- **굵게** 쓴 항목\n- <b>raw</b> <script>x()</script>\n"
                       "- ![alt](file:///etc/hosts) and [site](https://example.org)"));
    const QString text = fragment.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("굵게 쓴 항목")), qPrintable(text)); // emphasis rendered
    QVERIFY2(text.contains(QLatin1String("<b>raw</b>")), qPrintable(text));    // HTML literal
    QVERIFY(text.contains(QLatin1String("<script>x()</script>")));
    QVERIFY(text.contains(QLatin1String("[image]"))); // the image became a link

    SafeTextDocument document;
    QTextCursor(&document).insertFragment(fragment);
    bool imageLeft = false;
    QStringList anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            imageLeft |= it.fragment().charFormat().isImageFormat();
            if (it.fragment().charFormat().isAnchor())
                anchors.append(it.fragment().charFormat().anchorHref());
        }
    }
    QVERIFY(!imageLeft);
    QVERIFY(anchors.contains(QStringLiteral("file:///etc/hosts")));
    QVERIFY(anchors.contains(QStringLiteral("https://example.org")));
}

void TestUiParts::linksListOnlyExistingWebLinks()
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(QStringLiteral("2501.00001"));
    paper.githubRepo = QStringLiteral("https://github.com/example/repo");
    paper.projectPage = QStringLiteral("javascript:alert(1)");
    QStringList labels;
    QList<QUrl> urls;
    for (const PaperLink& link : DetailDocument::linksFor(paper)) {
        labels.append(link.label);
        urls.append(link.url);
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("arXiv"), QStringLiteral("PDF"),
                                  QStringLiteral("Hugging Face"), QStringLiteral("GitHub")}));
    QCOMPARE(urls.at(0), QUrl(QStringLiteral("https://arxiv.org/abs/2501.00001")));
    QCOMPARE(urls.at(1), QUrl(QStringLiteral("https://arxiv.org/pdf/2501.00001")));
    QCOMPARE(urls.at(2), QUrl(QStringLiteral("https://huggingface.co/papers/2501.00001")));

    core::Paper oldStyle;
    oldStyle.id = *core::ArxivId::parse(QStringLiteral("hep-th/9901001"));
    QCOMPARE(DetailDocument::linksFor(oldStyle).size(), 2); // no Hugging Face page
}

void TestUiParts::listModelHoldsTheDay()
{
    PaperListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QDate day(2025, 1, 13);
    model.setDay(day, sampleItems(), {QStringLiteral("2501.00002")});
    QCOMPARE(model.day(), day);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(column(model, PaperListModel::IdRole),
             (QStringList{QStringLiteral("2501.00003"), QStringLiteral("2501.00001"),
                          QStringLiteral("2501.00002"), QStringLiteral("2501.00004")}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Zeta Attention"));
    QCOMPARE(model.index(0, 0).data(PaperListModel::VotesRole).toInt(), 5);
    QVERIFY(!model.index(1, 0).data(PaperListModel::VotesRole).isValid());
    QVERIFY(model.index(2, 0).data(PaperListModel::BookmarkedRole).toBool());
    QVERIFY(!model.index(0, 0).data(PaperListModel::BookmarkedRole).toBool());
    QCOMPARE(model.rowOfId(QStringLiteral("2501.00004")), 3);
    QCOMPARE(model.rowOfId(QStringLiteral("2501.99999")), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiParts::authorsAreShortened()
{
    QCOMPARE(PaperListModel::authorsText({QStringLiteral("A")}, 1), QStringLiteral("A"));
    QCOMPARE(PaperListModel::authorsText({QStringLiteral("A"), QStringLiteral("B"),
                                          QStringLiteral("C"), QStringLiteral("D")},
                                         6),
             QStringLiteral("A, B, C +3"));
    QCOMPARE(PaperListModel::authorsText({QStringLiteral("A"), QStringLiteral("B")}, 0),
             QStringLiteral("A, B"));
    QCOMPARE(PaperListModel::authorsText({}, 0), QString());
}

void TestUiParts::proxyFiltersAndSorts()
{
    PaperListModel model;
    PaperFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2025, 1, 13), sampleItems(), {});
    QCOMPARE(column(proxy, PaperListModel::PositionRole),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                          QStringLiteral("3")}));

    proxy.setSortMode(PaperFilterProxy::SortMode::Votes);
    // Most votes first, ties in digest order, unknown votes last.
    QCOMPARE(column(proxy, PaperListModel::IdRole),
             (QStringList{QStringLiteral("2501.00002"), QStringLiteral("2501.00004"),
                          QStringLiteral("2501.00003"), QStringLiteral("2501.00001")}));
    proxy.setSortMode(PaperFilterProxy::SortMode::Title);
    QCOMPARE(column(proxy, PaperListModel::TitleRole),
             (QStringList{QStringLiteral("alpha Diffusion"), QStringLiteral("Beta Agents"),
                          QStringLiteral("Gamma Agents"), QStringLiteral("Zeta Attention")}));

    proxy.setSortMode(PaperFilterProxy::SortMode::DigestOrder);
    proxy.setFilterText(QStringLiteral("agents"));
    QCOMPARE(column(proxy, PaperListModel::IdRole),
             (QStringList{QStringLiteral("2501.00002"), QStringLiteral("2501.00004")}));
    proxy.setFilterText(QStringLiteral("agents  ed")); // every word must match
    QCOMPARE(column(proxy, PaperListModel::IdRole), QStringList{QStringLiteral("2501.00002")});
    proxy.setFilterText(QStringLiteral("CY PARK")); // authors, case-insensitive
    QCOMPARE(column(proxy, PaperListModel::IdRole), QStringList{QStringLiteral("2501.00001")});
    proxy.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);

    // A new day while filtered and sorted: the proxy follows the reset.
    proxy.setFilterText(QStringLiteral("a"));
    model.setDay(QDate(2025, 1, 14), sampleItems().mid(0, 2), {});
    QCOMPARE(proxy.rowCount(), 2);
}

void TestUiParts::placeholderTileIsStable()
{
    QCOMPARE(PlaceholderTile::colorFor(QStringLiteral("2501.00001")),
             PlaceholderTile::colorFor(QStringLiteral("2501.00001")));
    QVERIFY(PlaceholderTile::colorFor(QStringLiteral("2501.00001")) !=
            PlaceholderTile::colorFor(QStringLiteral("2501.00002")));
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("Sparse Mixture-of-Depths")),
             QStringLiteral("SM"));
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("The Art of Scaling")),
             QStringLiteral("AS"));
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("한국어 문서 이해")),
             QStringLiteral("한문"));
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("<>")), QStringLiteral("?"));
    // One script per tile: an acronym before a Korean title is not paired with a syllable.
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("CLEAR: 컨볼루션 유사 선형화")),
             QStringLiteral("CL"));
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("LLM 다단계 추론")), QStringLiteral("LL"));
    QCOMPARE(PlaceholderTile::initialsOf(QStringLiteral("X")), QStringLiteral("X"));

    PlaceholderTile tiles;
    const QPixmap first =
        tiles.tile(QStringLiteral("2501.00001"), QStringLiteral("Title"), QSize(48, 48), 2.0);
    QCOMPARE(first.size(), QSize(96, 96));
    QCOMPARE(first.deviceIndependentSize(), QSizeF(48, 48));
    const QPixmap again =
        tiles.tile(QStringLiteral("2501.00001"), QStringLiteral("Title"), QSize(48, 48), 2.0);
    QCOMPARE(again.cacheKey(), first.cacheKey()); // served from the cache
    const QImage image = first.toImage();
    QCOMPARE(image.pixelColor(48, 20).rgb(),
             PlaceholderTile::colorFor(QStringLiteral("2501.00001")).rgb());
}

void TestUiParts::delegateElidesLongTitles()
{
    const QFont font;
    const QString longTitle = QString(QStringLiteral("Word ")).repeated(60).trimmed();
    const QStringList lines = PaperDelegate::titleLines(longTitle, font, 200);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).endsWith(QChar(0x2026)));
    const QFontMetrics metrics(font);
    for (const QString& line : lines)
        QVERIFY(metrics.horizontalAdvance(line) <= 200);
    QCOMPARE(PaperDelegate::titleLines(QStringLiteral("Short"), font, 200),
             QStringList{QStringLiteral("Short")});

    // Two lines that hold the whole title: no ellipsis, nothing lost.
    const QString twoLines = QString(QStringLiteral("Word ")).repeated(6).trimmed();
    const QStringList whole = PaperDelegate::titleLines(
        twoLines, font, metrics.horizontalAdvance(QStringLiteral("Word Word Word  ")));
    QCOMPARE(whole.size(), 2);
    QCOMPARE(whole.join(QLatin1Char(' ')), twoLines);

    // A single word longer than the line is cut, with an ellipsis, within the width.
    const QString longWord = QString(QStringLiteral("Supercalifragilistic")).repeated(4);
    const QStringList cut = PaperDelegate::titleLines(longWord, font, 120);
    QVERIFY(!cut.isEmpty());
    QVERIFY(cut.at(0).endsWith(QChar(0x2026)));
    QVERIFY(longWord.startsWith(cut.at(0).chopped(1)));
    QVERIFY(metrics.horizontalAdvance(cut.at(0)) <= 120);
}

void TestUiParts::delegatePaintsVotesOnlyWhenKnown()
{
    PaperListModel model;
    model.setDay(QDate(2025, 1, 13), sampleItems(), {});
    PaperDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QFont();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    const QSize size(400, delegate.sizeHint(option, model.index(0, 0)).height());
    QVERIFY(size.height() >= 52);
    // Counts non-white pixels in the right column, where the votes are drawn.
    const auto inkInVotesColumn = [&](int row) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        option.rect = QRect(QPoint(0, 0), size);
        delegate.paint(&painter, option, model.index(row, 0));
        painter.end();
        int ink = 0;
        for (int y = 0; y < size.height() / 2; ++y)
            for (int x = size.width() - 50; x < size.width(); ++x)
                ink += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        return ink;
    };
    QVERIFY(inkInVotesColumn(0) > 10); // 5 votes
    QCOMPARE(inkInVotesColumn(1), 0);  // unknown votes: nothing drawn
}

void TestUiParts::cachedDaysNavigate()
{
    const CachedDays days({{QDate(2024, 3, 7), 2}, {QDate(2024, 3, 4), 3}, {QDate(2024, 3, 5), 4}});
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.latest(), QDate(2024, 3, 7));
    QCOMPARE(days.paperCount(QDate(2024, 3, 5)), 4);
    QCOMPARE(days.previous(QDate(2024, 3, 7)), QDate(2024, 3, 5));
    QCOMPARE(days.previous(QDate(2024, 3, 6)), QDate(2024, 3, 5));
    QCOMPARE(days.previous(QDate(2024, 3, 4)), std::nullopt);
    QCOMPARE(days.next(QDate(2024, 3, 5)), QDate(2024, 3, 7));
    QCOMPARE(days.next(QDate(2024, 3, 7)), std::nullopt);
    QCOMPARE(days.nearest(QDate(2024, 3, 6)), QDate(2024, 3, 5)); // tie: earlier
    QCOMPARE(days.nearest(QDate(2030, 1, 1)), QDate(2024, 3, 7));
    QCOMPARE(days.nearest(QDate(2024, 3, 4)), QDate(2024, 3, 4));
    QCOMPARE(CachedDays().nearest(QDate(2024, 3, 4)), std::nullopt);
}

void TestUiParts::importReportSummarises()
{
    ImportReport report;
    report.filesTotal = 3;
    report.imported = 2;
    report.papers = 17;
    report.failures = {QStringLiteral("bad.md: not a digest")};
    report.addWarning(QStringLiteral("a.md:3: odd vote line"));
    QCOMPARE(report.summary(),
             QStringLiteral("Imported 2 digests (17 papers), 1 failed, 1 warning"));
    QVERIFY(report.hasProblems());
    QVERIFY(report.details().contains(QLatin1String("bad.md: not a digest")));
    QVERIFY(report.details().contains(QLatin1String("a.md:3: odd vote line")));
    report.cancelled = true;
    QVERIFY(report.summary().startsWith(QLatin1String("Import cancelled after 2 digests")));
}

// "Offline" beside "Syncing 27/45…" contradicted itself: while a sync runs, its progress is
// the one truth shown; the backend's "offline" comes back when it ends.
void TestUiParts::syncStatusNeverSaysOfflineWhileSyncing()
{
    SyncStatusWidget status;
    status.setOffline(true);
    QVERIFY(status.isOfflineShown());
    status.setRunning(27, 45, false);
    QVERIFY(!status.isOfflineShown());
    status.setOffline(true); // the backend says it again mid-sync
    QVERIFY(!status.isOfflineShown());
    status.setIdle();
    QVERIFY(status.isOfflineShown());
    status.setOffline(false);
    QVERIFY(!status.isOfflineShown());
}

void TestUiParts::typedDatesInIsoAndLocaleForms()
{
    const QDate day(2025, 3, 3);
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Korean, QLocale::SouthKorea),
                                  QLocale(QLocale::German, QLocale::Germany)}) {
        QCOMPARE(parseTypedDate(QStringLiteral("2025-03-03"), locale), day);
        QCOMPARE(parseTypedDate(QStringLiteral("2025/3/3"), locale), day);
        QCOMPARE(parseTypedDate(compactDate(day, locale), locale), day);
        QCOMPARE(parseTypedDate(locale.toString(day, QLocale::ShortFormat), locale), day);
        QCOMPARE(parseTypedDate(longDate(day, locale), locale), day);
        QVERIFY(compactDate(day, locale).contains(QStringLiteral("2025")));
        QVERIFY(!parseTypedDate(QStringLiteral("2025-02-30"), locale));
        QVERIFY(!parseTypedDate(QStringLiteral("soon"), locale));
    }
}

PAPERBOY_UI_TEST_MAIN(TestUiParts)
#include "TestUiParts.moc"
