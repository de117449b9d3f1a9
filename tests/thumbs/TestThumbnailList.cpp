// Thumbnails in the window: the list draws them into the placeholder's slot, repainting only
// the rows whose image arrived; a day imported in the window has its thumbnails prefetched.
#include "ImageServer.h"

#include "store/cache/CacheReader.h"
#include "ui/common/Actions.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/PaperListPane.h"
#include "ui/thumbs/PlaceholderTile.h"
#include "ui/thumbs/ThumbnailSource.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPaintEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using thumbstest::ImageServer;

namespace {

// Every region the viewport paints, after the first full paint.
class PaintRecorder final : public QObject
{
public:
    QList<QRegion> regions;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent*>(event)->region());
        return false;
    }
};

thumbs::LoaderOptions testOptions(const QString& dir)
{
    thumbs::LoaderOptions options;
    options.cacheDirectory = dir;
    options.extraHosts = {QStringLiteral("127.0.0.1")};
    options.download.stallTimeoutMs = 700;
    return options;
}

store::PaperListItem item(const QString& id, const QString& thumbnail)
{
    store::PaperListItem row;
    row.id = id;
    row.title = QStringLiteral("Paper ") + id;
    row.authors = {QStringLiteral("A. Author")};
    row.authorCount = 1;
    row.thumbnailUrl = thumbnail;
    return row;
}

// Pixels of the row's tile area close to the served PNG's blue.
int bluePixels(const QImage& image, const QRect& row)
{
    int count = 0;
    for (int y = row.top(); y <= row.bottom(); ++y)
        for (int x = row.left(); x < row.left() + 90 && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - 30) < 12 && qAbs(c.green() - 90) < 12 && qAbs(c.blue() - 160) < 12)
                ++count;
        }
    return count;
}

} // namespace

class TestThumbnailList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy")).clear();
    }

    void listDrawsArrivalsInTheirRowsOnly()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QWidget window;
        ui::Actions actions(&window);
        ui::PaperListPane pane(actions);
        pane.resize(420, 500);
        const QList<store::PaperListItem> items{
            item(QStringLiteral("2611.00001"), server.url(QStringLiteral("/png/w600h300-1.png"))),
            item(QStringLiteral("2611.00002"), server.url(QStringLiteral("/png/w600h300-2.png"))),
            item(QStringLiteral("2611.00003"), QStringLiteral("https://elsewhere.example/x.png")),
            item(QStringLiteral("2611.00004"), server.url(QStringLiteral("/notfound/4.png"))),
        };
        pane.showPapers(QDate(2026, 11, 20), items, {});
        ui::ThumbnailSource source(testOptions(dir.path()));
        QStringList arrived;
        connect(&source, &ui::ThumbnailSource::arrived, this,
                [&arrived](const QString& id) { arrived.append(id); });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QListView* view = pane.view();
        const auto rowRect = [&](int row) { return view->visualRect(pane.proxy()->index(row, 0)); };
        const QRect before = rowRect(0);
        PaintRecorder recorder;
        pane.setThumbnails(&source); // repaints all rows once: placeholders, requests
        view->viewport()->installEventFilter(&recorder);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, 10000);
        QTest::qWait(300); // the 404 and the refused host end as placeholders
        QCOMPARE(arrived.size(), 2);

        // The slot kept its size and place; only the arrived rows were painted again.
        QCOMPARE(rowRect(0), before);
        const QRegion arrivedRows = QRegion(rowRect(0)) + rowRect(1);
        bool sawArrival = false;
        for (const QRegion& region : recorder.regions) {
            if (region.boundingRect() == view->viewport()->rect())
                continue; // the first paint after setThumbnails
            QVERIFY2((region - arrivedRows).isEmpty(), "a paint outside the arrived rows");
            sawArrival = true;
        }
        QVERIFY(sawArrival);

        const QImage shot = view->viewport()->grab().toImage();
        QVERIFY(bluePixels(shot, rowRect(0)) > 300);
        QVERIFY(bluePixels(shot, rowRect(1)) > 300);
        QCOMPARE(bluePixels(shot, rowRect(2)), 0);                       // refused: placeholder
        QCOMPARE(bluePixels(shot, rowRect(3)), 0);                       // 404: placeholder
        QCOMPARE(server.requests(QStringLiteral("/notfound/4.png")), 1); // not on every paint
    }

    void failedTileIsRetriedAfterTheBackoff()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QWidget window;
        ui::Actions actions(&window);
        ui::PaperListPane pane(actions);
        pane.resize(420, 300);
        const QString path = QStringLiteral("/flaky/w600h300-1.png");
        pane.showPapers(QDate(2026, 11, 20), {item(QStringLiteral("2611.00011"), server.url(path))},
                        {});
        thumbs::LoaderOptions options = testOptions(dir.path());
        options.failureBackoffMs = 400;
        options.maxThrottleRetries = 0; // the 503 counts as a failure at once
        ui::ThumbnailSource source(options);
        QStringList arrived;
        int retries = 0;
        connect(&source, &ui::ThumbnailSource::arrived, this,
                [&arrived](const QString& id) { arrived.append(id); });
        connect(&source, &ui::ThumbnailSource::retryDue, this, [&retries] { ++retries; });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setThumbnails(&source);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests(path), 1, 5000);
        QTest::qWait(150);
        QVERIFY(arrived.isEmpty()); // the placeholder while the backoff runs
        // The backoff over, the row asks once more and the image arrives: later, not in a loop.
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
        QCOMPARE(server.requests(path), 2);
        QCOMPARE(retries, 1);
        QTest::qWait(600);
        QCOMPARE(server.requests(path), 2);
    }

    void detailShowsTheImageLargeInItsSlot()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        ui::ThumbnailSource source(testOptions(dir.path()));
        ui::DetailView detail;
        detail.resize(520, 700);
        detail.setThumbnails(&source);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));

        core::Paper paper;
        paper.id = *core::ArxivId::parse(u"2611.00021");
        paper.title = QStringLiteral("Large thumbnails");
        paper.thumbnailUrl = server.url(QStringLiteral("/png/w1200h648-21.png"));
        paper.mediaUrls = {server.url(QStringLiteral("/media/clip.mp4"))};
        detail.showPaper(paper);
        QVERIFY(!detail.showsRealThumbnail()); // the placeholder until the image is there
        const QUrl slot(QStringLiteral("paperboy-thumbnail:2611.00021"));
        const QSizeF laidOut = detail.browser()->document()->size();
        QTRY_VERIFY_WITH_TIMEOUT(detail.showsRealThumbnail(), 10000);
        // Same slot, same layout: the image replaced the placeholder without a jump.
        QCOMPARE(detail.browser()->document()->size(), laidOut);
        const QImage shown =
            detail.browser()->safeDocument()->allowedResource(slot).value<QPixmap>().toImage();
        const qreal ratio = detail.devicePixelRatioF();
        QCOMPARE(shown.size(), (QSizeF(detail.thumbnailSlotSize()) * ratio).toSize());
        // The served image's blue lower half (its top left quarter is yellow).
        const QRect lowerLeft(0, shown.height() / 2 + 4, 90, shown.height() / 4);
        QVERIFY(bluePixels(shown, lowerLeft) > lowerLeft.width() * lowerLeft.height() * 8 / 10);
        // The paper has a video: a white play triangle sits in the badge in the bottom right
        // corner (DetailThumbnailImage.cpp), off the middle of the picture.
        const int shortSide = std::min(shown.width(), shown.height());
        const QPoint badge(shown.width() - shortSide * 22 / 100,
                           shown.height() - shortSide * 22 / 100);
        const QColor triangle = shown.pixelColor(badge);
        QVERIFY2(triangle.lightness() > 200, qPrintable(triangle.name()));
        QCOMPARE(server.requests(QStringLiteral("/media/clip.mp4")), 0); // never fetched

        // Shown again, it is there at once from memory: no placeholder frame, no new request.
        detail.showMessage(QStringLiteral("-"));
        detail.showPaper(paper);
        QVERIFY(detail.showsRealThumbnail());
        QCOMPARE(server.requests(QStringLiteral("/png/w1200h648-21.png")), 1);
    }

    void aHostAllowedLaterLoadsTheRefusedTiles()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QWidget window;
        ui::Actions actions(&window);
        ui::PaperListPane pane(actions);
        pane.resize(420, 300);
        const QString path = QStringLiteral("/png/w600h300-31.png");
        pane.showPapers(QDate(2026, 11, 20), {item(QStringLiteral("2611.00031"), server.url(path))},
                        {});
        thumbs::LoaderOptions options = testOptions(dir.path());
        options.extraHosts.clear(); // 127.0.0.1 is not allowed yet
        ui::ThumbnailSource source(options);
        QStringList arrived;
        connect(&source, &ui::ThumbnailSource::arrived, this,
                [&arrived](const QString& id) { arrived.append(id); });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setThumbnails(&source);
        QTest::qWait(300);
        QCOMPARE(server.totalRequests(), 0); // refused: never contacted
        // The user allows the host in Settings: the row asks again and gets its image.
        source.loader().setExtraHosts({QStringLiteral("127.0.0.1")});
        source.forgetRefusals();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
        QCOMPARE(server.requests(path), 1);
    }

    void tileFillsTheSlotWithRoundedCorners()
    {
        QImage wide(300, 100, QImage::Format_RGB32);
        wide.fill(Qt::red);
        const QPixmap tile = ui::ThumbnailSource::makeTile(wide, QSize(52, 52), 2.0);
        QCOMPARE(tile.size(), QSize(104, 104));
        QCOMPARE(tile.devicePixelRatio(), 2.0);
        const QImage image = tile.toImage();
        QCOMPARE(image.pixelColor(52, 52), QColor(Qt::red));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // the rounded corner
    }

    void windowPrefetchesAnImportedDay()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir data;
        QJsonArray day;
        for (int i = 1; i <= 5; ++i) {
            day.append(QJsonObject{
                {QStringLiteral("paper"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("2611.0000%1").arg(i)},
                             {QStringLiteral("title"), QStringLiteral("Paper %1").arg(i)}}},
                {QStringLiteral("thumbnail"),
                 server.url(QStringLiteral("/png/w400h200-%1.png").arg(i))}});
        }
        const QString file = data.filePath(QStringLiteral("2026-11-21.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(day).toJson());
        out.close();

        const store::DataPaths paths =
            store::DataPaths::inDirectory(data.filePath(QStringLiteral("d")));
        ui::MainWindow window(paths);
        window.enableThumbnails(testOptions({}), true);
        // Never shown: no row is painted, so every request here is the prefetch's.
        window.importPaths({file});
        QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 5, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(window.thumbnails()->loader().diskStatus().files, 5, 10000);
        QTest::qWait(200);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(server.requests(QStringLiteral("/png/w400h200-%1.png").arg(i)), 1);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestThumbnailList)
#include "TestThumbnailList.moc"
