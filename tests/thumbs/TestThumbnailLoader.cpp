// The thumbnail loader against real HTTP servers on loopback: good images, every kind of bad
// one, dedupe, threads, host policy, throttling, and the disk cache across a restart.
#include "ImageServer.h"

#include "thumbs/ThumbnailLoader.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace paperboy::thumbs;
using paperboy::thumbstest::ImageServer;

namespace {

struct Recorder
{
    QList<ThumbnailResult> results;
    QMutex mutex;
    QList<QThread*> decodeThreads;
};

std::unique_ptr<ThumbnailLoader> makeLoader(const QString& dir, Recorder& recorder,
                                            LoaderOptions options = {})
{
    options.cacheDirectory = dir;
    options.extraHosts = {QStringLiteral("127.0.0.1")};
    options.download.stallTimeoutMs = 700;
    options.download.totalTimeoutMs = 5000;
    options.decodeObserver = [&recorder](QThread* thread) {
        QMutexLocker lock(&recorder.mutex);
        recorder.decodeThreads.append(thread);
    };
    auto loader = std::make_unique<ThumbnailLoader>(options);
    QObject::connect(loader.get(), &ThumbnailLoader::finished,
                     [&recorder](const ThumbnailResult& r) { recorder.results.append(r); });
    return loader;
}

QUrl at(const ImageServer& server, const QString& path)
{
    return QUrl(server.url(path));
}

} // namespace

class TestThumbnailLoader final : public QObject
{
    Q_OBJECT

private slots:
    void pngAndJpegAreDecodedScaled()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        auto loader = makeLoader(dir.path(), recorder);
        loader->request(QStringLiteral("2411.00001"),
                        at(server, QStringLiteral("/png/w1200h600.png")), QSize(240, 240),
                        Priority::Visible);
        loader->request(QStringLiteral("2411.00002"),
                        at(server, QStringLiteral("/jpeg/w800h600.jpg")), QSize(160, 160),
                        Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 2, 10000);
        for (const ThumbnailResult& r : recorder.results) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.origin, ThumbnailResult::Origin::Network);
        }
        const auto byId = [&recorder](const char* id) {
            for (const ThumbnailResult& r : recorder.results)
                if (r.paperId == QLatin1String(id))
                    return r;
            return ThumbnailResult{};
        };
        QCOMPARE(byId("2411.00001").image.size(), QSize(240, 120)); // aspect kept
        QCOMPARE(byId("2411.00002").image.size(), QSize(160, 120));
        // Decoded at the asked size, and kept in memory for the next paint.
        QCOMPARE(loader->cached(at(server, QStringLiteral("/jpeg/w800h600.jpg")), QSize(160, 160))
                     .size(),
                 QSize(160, 120));
        QVERIFY(loader->cached(at(server, QStringLiteral("/jpeg/w800h600.jpg")), QSize(50, 50))
                    .isNull());
        QCOMPARE(loader->diskStatus().files, 2);
    }

    void badImagesGiveThePlaceholder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("404") << QStringLiteral("/notfound/a.png");
        QTest::newRow("not an image") << QStringLiteral("/notimage/a.png");
        QTest::newRow("truncated") << QStringLiteral("/truncated/a.png");
        QTest::newRow("decompression bomb") << QStringLiteral("/bomb/a.png");
        QTest::newRow("200 MB declared") << QStringLiteral("/huge/a.png");
        QTest::newRow("200 MB streamed") << QStringLiteral("/hugestream/a.png");
        QTest::newRow("stalled server") << QStringLiteral("/stall/a.png");
        QTest::newRow("redirect to a refused host") << QStringLiteral("/redirectaway/a.png");
    }

    void badImagesGiveThePlaceholder()
    {
        QFETCH(QString, path);
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        auto loader = makeLoader(dir.path(), recorder);
        const QUrl url = at(server, path);
        loader->request(QStringLiteral("2411.00003"), url, QSize(100, 100), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 10000);
        const ThumbnailResult first = recorder.results.first();
        QCOMPARE(first.origin, ThumbnailResult::Origin::Failed);
        QVERIFY(first.image.isNull());
        QVERIFY(!first.error.isEmpty());
        QCOMPARE(server.requests(path), 1);
        QCOMPARE(loader->diskStatus().files, 0); // nothing broken is kept
        if (path.startsWith(QLatin1String("/huge"))) {
            // Cut off at the 20 MB cap: the client hung up long before the 200 MB were sent
            // (the kernel's socket buffers hold a few megabytes more).
            QTRY_VERIFY_WITH_TIMEOUT(server.streamedBytes() >= 0, 10000); // the answer ended
            QVERIFY2(server.streamedBytes() < 40LL * 1024 * 1024,
                     qPrintable(QString::number(server.streamedBytes())));
        }

        // Asked again at once: the placeholder from the backoff, not another request.
        loader->request(QStringLiteral("2411.00003"), url, QSize(100, 100), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 2, 5000);
        QCOMPARE(recorder.results.at(1).origin, ThumbnailResult::Origin::Failed);
        QTest::qWait(100);
        QCOMPARE(server.requests(path), 1);
    }

    void failedUrlIsRetriedAfterItsBackoff()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        LoaderOptions options;
        options.failureBackoffMs = 300;
        auto loader = makeLoader(dir.path(), recorder, options);
        const QUrl url = at(server, QStringLiteral("/notfound/b.png"));
        loader->request(QStringLiteral("x"), url, QSize(10, 10), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 5000);
        QTest::qWait(400);
        loader->request(QStringLiteral("x"), url, QSize(10, 10), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 2, 5000);
        QCOMPARE(server.requests(QStringLiteral("/notfound/b.png")), 2);
        // Nothing retries by itself: no loop.
        QTest::qWait(800);
        QCOMPARE(server.requests(QStringLiteral("/notfound/b.png")), 2);
    }

    // Offline (here: a host that closes every connection unanswered) the images fail quietly,
    // the host is probed with one download after a doubling wait, the window is told once,
    // and retryUnreachableNow() (the network is back) lets it be asked again at once.
    void unreachableHostWaitsAsAWhole()
    {
        // Reads each request's path, then hangs up without an answer. (Qt sends a request
        // again once when the connection closes first: downloads are counted by path.)
        QTcpServer silent;
        QStringList paths;
        QObject::connect(&silent, &QTcpServer::newConnection, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &paths] {
                    if (!socket->canReadLine())
                        return;
                    paths.append(QString::fromLatin1(socket->readLine().split(' ').value(1)));
                    socket->abort();
                    socket->deleteLater();
                });
            }
        });
        const auto distinct = [&paths](qsizetype from) {
            const QStringList since = paths.mid(from);
            return QSet<QString>(since.cbegin(), since.cend()).size();
        };
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        Recorder recorder;
        LoaderOptions options;
        options.failureBackoffMs = 500;
        auto loader = makeLoader(dir.path(), recorder, options);
        QSignalSpy offline(loader.get(), &ThumbnailLoader::offlineChanged);
        QList<QUrl> urls;
        for (int i = 0; i < 6; ++i)
            urls.append(QUrl(
                QStringLiteral("http://127.0.0.1:%1/png/%2.png").arg(silent.serverPort()).arg(i)));
        const auto askAll = [&] {
            for (const QUrl& url : urls)
                loader->request(url.fileName(), url, QSize(10, 10), Priority::Visible);
        };
        askAll();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 6, 5000);
        for (const ThumbnailResult& result : recorder.results)
            QCOMPARE(result.origin, ThumbnailResult::Origin::Failed);
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.at(0).at(0).toBool(), true);
        QVERIFY(loader->isOffline());
        const qsizetype first = paths.size();
        QVERIFY(distinct(0) >= 1 && distinct(0) <= options.connectionsPerHost);
        for (const QUrl& url : urls)
            QVERIFY(loader->retryDueInMs(url) > 0);

        // Asked again within the wait: answered at once, nothing sent.
        askAll();
        QTRY_COMPARE(recorder.results.size(), 12);
        QCOMPARE(paths.size(), first);
        // After the wait: one probe for all six, and the next wait is longer.
        QTest::qWait(600);
        askAll();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 18, 5000);
        QVERIFY(paths.size() > first);
        QCOMPARE(distinct(first), 1);
        const qsizetype probed = paths.size();
        QVERIFY(loader->retryDueInMs(urls.first()) > 600);
        QCOMPARE(offline.size(), 1); // said once

        // The network is back: asked again at once.
        loader->retryUnreachableNow();
        QCOMPARE(offline.size(), 2);
        QCOMPARE(offline.at(1).at(0).toBool(), false);
        QCOMPARE(loader->retryDueInMs(urls.first()), 0);
        askAll();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 24, 5000);
        QTRY_VERIFY(distinct(probed) > 1);
    }

    void tenAsksMakeOneDownloadAndOneDecode()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        auto loader = makeLoader(dir.path(), recorder);
        const QUrl url = at(server, QStringLiteral("/png/w600h400.png"));
        for (int i = 0; i < 10; ++i)
            loader->request(QStringLiteral("2411.%1").arg(i, 5, 10, QLatin1Char('0')), url,
                            QSize(120, 120), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 10, 10000);
        QCOMPARE(server.requests(QStringLiteral("/png/w600h400.png")), 1);
        QCOMPARE(recorder.decodeThreads.size(), 1);
        for (const ThumbnailResult& r : recorder.results)
            QCOMPARE(r.image.size(), QSize(120, 80));
    }

    void noDecodeOnTheGuiThread()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        {
            auto loader = makeLoader(dir.path(), recorder);
            for (int i = 0; i < 6; ++i)
                loader->request(QStringLiteral("p%1").arg(i),
                                at(server, QStringLiteral("/png/w300h200-%1.png").arg(i)),
                                QSize(64, 64), Priority::Visible);
            QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 6, 10000);
        }
        {
            // The same from disk in a new loader.
            auto loader = makeLoader(dir.path(), recorder);
            loader->request(QStringLiteral("p0"), at(server, QStringLiteral("/png/w300h200-0.png")),
                            QSize(32, 32), Priority::Visible);
            QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 7, 10000);
            QCOMPARE(recorder.results.last().origin, ThumbnailResult::Origin::Disk);
        }
        QCOMPARE(recorder.decodeThreads.size(), 7);
        for (QThread* thread : recorder.decodeThreads)
            QVERIFY(thread != QCoreApplication::instance()->thread());
    }

    void disallowedHostIsNeverContacted()
    {
        ImageServer allowed;
        QVERIFY(allowed.start());
        ImageServer elsewhere(QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(elsewhere.start());
        QTemporaryDir dir;
        Recorder recorder;
        auto loader = makeLoader(dir.path(), recorder);
        const QString id = QStringLiteral("2411.00009");
        const QStringList refused{
            elsewhere.url(QStringLiteral("/png/a.png")),
            QStringLiteral("http://localhost:%1/png/a.png").arg(allowed.port()),
            QStringLiteral("file:///etc/passwd"),
            QStringLiteral("data:image/png;base64,iVBORw0KGgo="),
            QStringLiteral("ftp://127.0.0.1/a.png"),
            QStringLiteral("http://user:pw@127.0.0.1:%1/png/a.png").arg(allowed.port()),
        };
        for (const QString& url : refused)
            QVERIFY(loader->requestFor(id, url, {}, QSize(50, 50), Priority::Visible).isEmpty());
        // Through a media line, too, and through a redirect from an allowed host.
        QVERIFY(loader
                    ->requestFor(id, {}, {elsewhere.url(QStringLiteral("/png/b.png"))},
                                 QSize(50, 50), Priority::Visible)
                    .isEmpty());
        loader->request(id, at(allowed, QStringLiteral("/redirectaway/c.png")), QSize(50, 50),
                        Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), refused.size() + 2, 10000);
        for (int i = 0; i <= refused.size(); ++i)
            QCOMPARE(recorder.results.at(i).origin, ThumbnailResult::Origin::Refused);
        QCOMPARE(recorder.results.last().origin, ThumbnailResult::Origin::Failed);
        QTest::qWait(200);
        QCOMPARE(elsewhere.totalRequests(), 0);
        QCOMPARE(allowed.totalRequests(), 1); // the redirect only
    }

    void hostsTypedInSettingsAreReducedToTheHost()
    {
        QCOMPARE(ImageUrlPolicy::hostFromUserText(QStringLiteral(" Images.Example.ORG. ")),
                 QStringLiteral("images.example.org"));
        QCOMPARE(ImageUrlPolicy::hostFromUserText(QStringLiteral("https://a.example.org:8443/x/")),
                 QStringLiteral("a.example.org"));
        QCOMPARE(ImageUrlPolicy::hostFromUserText(QStringLiteral("127.0.0.1")),
                 QStringLiteral("127.0.0.1"));
        QVERIFY(ImageUrlPolicy::hostFromUserText(QString()).isEmpty());
        QVERIFY(ImageUrlPolicy::hostFromUserText(QStringLiteral("two words")).isEmpty());
        QVERIFY(ImageUrlPolicy::hostFromUserText(QStringLiteral("https://")).isEmpty());
        QVERIFY(ImageUrlPolicy::hostFromUserText(QStringLiteral("user@evil.example")).isEmpty());
    }

    void policyPrefersTheSourcesImage()
    {
        const ImageUrlPolicy policy({QStringLiteral("Images.Example.org.")});
        const QString id = QStringLiteral("2411.12345");
        const QString named = QStringLiteral("https://cdn-uploads.huggingface.co/x/fig.png");
        QCOMPARE(policy.choose(id, named, {}).url, QUrl(named));
        QCOMPARE(
            policy
                .choose(id, {}, {QStringLiteral("https://cdn-uploads.huggingface.co/v.mp4"), named})
                .url,
            QUrl(named));
        const ThumbnailChoice derived =
            policy.choose(id, {}, {QStringLiteral("https://cdn-uploads.huggingface.co/v.mp4")});
        QCOMPARE(derived.url,
                 QUrl(QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/"
                                     "papers/2411.12345.png")));
        QVERIFY(derived.allowed);
        QVERIFY(policy.isAllowed(QUrl(QStringLiteral("http://images.example.org/a.jpg"))));
        const ThumbnailChoice other =
            policy.choose(id, QStringLiteral("https://evil.example.com/a.png"), {});
        QVERIFY(!other.allowed);
        QVERIFY(other.reason.contains(QLatin1String("evil.example.com")));
        QVERIFY(!policy.isAllowed(QUrl(QStringLiteral("https://huggingface.co.evil.com/a.png"))));
    }

    void throttledHostIsAskedAgainAfterRetryAfter()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        auto loader = makeLoader(dir.path(), recorder);
        QElapsedTimer clock;
        clock.start();
        loader->request(QStringLiteral("t"), at(server, QStringLiteral("/throttle/a.png")),
                        QSize(40, 40), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 10000);
        QVERIFY2(recorder.results.first().ok(), qPrintable(recorder.results.first().error));
        QVERIFY(clock.elapsed() >= 900);
        QCOMPARE(server.requests(QStringLiteral("/throttle/a.png")), 2);
    }

    void visibleRowsFirstScrolledAwayDemoted()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        LoaderOptions options;
        options.connectionsPerHost = 1; // the queue order shows
        auto loader = makeLoader(dir.path(), recorder, options);
        const auto ask = [&](const char* path, Priority priority) {
            loader->request(QStringLiteral("q"), at(server, QLatin1String(path)), QSize(20, 20),
                            priority);
        };
        ask("/slowpng/busy.png", Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 1, 5000); // holds the one connection
        ask("/png/prefetch.png", Priority::Prefetch);
        ask("/png/background.png", Priority::Background);
        ask("/png/scrolledaway.png", Priority::Visible);
        ask("/png/visible.png", Priority::Visible);
        loader->demoteExcept({at(server, QStringLiteral("/png/visible.png"))});
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 5, 10000);
        QCOMPARE(server.order(), QStringList({QStringLiteral("/slowpng/busy.png"),
                                              QStringLiteral("/png/visible.png"),
                                              QStringLiteral("/png/background.png"),
                                              QStringLiteral("/png/scrolledaway.png"),
                                              QStringLiteral("/png/prefetch.png")}));
    }

    void cancelledRequestIsNeverSent()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        LoaderOptions options;
        options.connectionsPerHost = 1;
        auto loader = makeLoader(dir.path(), recorder, options);
        loader->request(QStringLiteral("a"), at(server, QStringLiteral("/slowpng/a.png")),
                        QSize(20, 20), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 1, 5000);
        const QUrl gone = at(server, QStringLiteral("/png/gone.png"));
        loader->request(QStringLiteral("b"), gone, QSize(20, 20), Priority::Visible);
        QTest::qWait(50); // past the disk lookup: queued for the network
        loader->cancel(gone);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(server.requests(QStringLiteral("/png/gone.png")), 0);
    }

    void restartWithTheServerGoneShowsCachedThumbnails()
    {
        QTemporaryDir dir;
        Recorder recorder;
        QUrl url;
        {
            ImageServer server;
            QVERIFY(server.start());
            url = at(server, QStringLiteral("/png/w400h300.png"));
            auto loader = makeLoader(dir.path(), recorder);
            loader->request(QStringLiteral("r"), url, QSize(100, 100), Priority::Visible);
            QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 10000);
            QCOMPARE(recorder.results.first().origin, ThumbnailResult::Origin::Network);
        }
        auto loader = makeLoader(dir.path(), recorder);
        loader->request(QStringLiteral("r"), url, QSize(200, 200), Priority::Visible);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 2, 10000);
        QCOMPARE(recorder.results.last().origin, ThumbnailResult::Origin::Disk);
        QCOMPARE(recorder.results.last().image.size(), QSize(200, 150));
    }

    void memoryCacheStaysWithinItsLimit()
    {
        ImageServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Recorder recorder;
        LoaderOptions options;
        options.memoryLimitBytes = 100 * 100 * 4 * 2 + 100; // two 100 x 100 ARGB images
        auto loader = makeLoader(dir.path(), recorder, options);
        QList<QUrl> urls;
        for (int i = 0; i < 4; ++i) {
            urls.append(at(server, QStringLiteral("/png/w100h100-%1.png").arg(i)));
            loader->request(QStringLiteral("m"), urls.last(), QSize(100, 100), Priority::Visible);
            QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), i + 1, 10000);
        }
        int inMemory = 0;
        for (const QUrl& url : urls)
            inMemory += loader->cached(url, QSize(100, 100)).isNull() ? 0 : 1;
        QCOMPARE(inMemory, 2);
        QVERIFY(!loader->cached(urls.last(), QSize(100, 100)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestThumbnailLoader)
#include "TestThumbnailLoader.moc"
