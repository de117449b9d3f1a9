// paperboy-bench thumbs [--count 300]
// Cold: `count` distinct 1200 x 648 PNGs fetched from a loopback server and decoded at the
// list's size into an empty disk cache; warm: the same from that disk cache in a new loader
// (empty memory). Both as thumbnails per second.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ImageServer.h"
#include "thumbs/ThumbnailLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

namespace paperboy::bench {
namespace {

// Asks for every URL and runs the event loop until all are answered; the elapsed ms.
double loadAll(thumbs::ThumbnailLoader& loader, const QList<QUrl>& urls, int* failures)
{
    int answered = 0;
    QEventLoop loop;
    const auto connection = QObject::connect(&loader, &thumbs::ThumbnailLoader::finished, &loop,
                                             [&](const thumbs::ThumbnailResult& result) {
                                                 if (!result.ok())
                                                     ++*failures;
                                                 if (++answered == urls.size())
                                                     loop.quit();
                                             });
    QElapsedTimer timer;
    timer.start();
    for (const QUrl& url : urls)
        loader.request(url.fileName(), url, QSize(156, 156), thumbs::Priority::Visible);
    loop.exec();
    QObject::disconnect(connection);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int thumbsBench(const QStringList& args)
{
    const int count = optionValue(args, QStringLiteral("--count"), QStringLiteral("300")).toInt();
    thumbstest::ImageServer server;
    QTemporaryDir dir;
    if (count < 1 || !server.start() || !dir.isValid()) {
        QTextStream(stderr) << "usage: paperboy-bench thumbs [--count 300]\n";
        return 2;
    }
    QList<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls.append(QUrl(server.url(QStringLiteral("/png/w1200h648-%1.png").arg(i))));
    thumbs::LoaderOptions options;
    options.cacheDirectory = dir.path();
    options.extraHosts = {QStringLiteral("127.0.0.1")};
    int failures = 0;
    double coldMs = 0;
    {
        thumbs::ThumbnailLoader cold(options);
        coldMs = loadAll(cold, urls, &failures);
    }
    thumbs::ThumbnailLoader warm(options);
    const double warmMs = loadAll(warm, urls, &failures);
    printMetric("thumbs_count", count, "thumbnails");
    printMetric("thumbs_cold_per_s", count * 1000.0 / coldMs, "thumbnails/s");
    printMetric("thumbs_warm_disk_per_s", count * 1000.0 / warmMs, "thumbnails/s");
    printMetric("thumbs_server_requests", server.totalRequests(), "requests");
    if (failures > 0)
        QTextStream(stderr) << "thumbs: " << failures << " thumbnails failed\n";
    return failures > 0 ? 1 : 0;
}

} // namespace paperboy::bench
