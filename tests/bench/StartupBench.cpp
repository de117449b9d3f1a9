// paperboy-bench startup --data-dir D --exe PATH/paperboy [--runs 5]
// Times the reader window from process start to the first paint of its paper list, against a
// bare window that paints a 50-row QListWidget, both launched from the same executable
// (hidden options --measure-startup / --measure-bare-window). The time is taken here, from
// QProcess::start to the child's "first-paint" line, so it includes loading the program.
// startup_detail_ms is the same for the child's "detail-paint" line: the detail pane showing
// the first paper, which the window fills right after its first frame.
// With --bookmarks N and/or --reads M the reader also starts with a user file holding that many
// bookmarks and read marks of the cache's papers (a heavy reader's), and startup_user_ratio
// compares it with the reader started over an empty user file (target: at most 1.10).
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ImageServer.h"
#include "UserDataFill.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace paperboy::bench {
namespace {

struct Launch
{
    double firstPaintMs = 0;
    double detailPaintMs = -1; // when the child reports it (the reader, not the bare window)
    double peakRssMb = 0;
};

std::optional<Launch> launch(const QString& exe, const QStringList& arguments,
                             const QProcessEnvironment& environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer sinceStart;
    sinceStart.start();
    child.start(exe, arguments, QIODevice::ReadOnly);
    if (!child.waitForStarted(10000))
        return std::nullopt;
    Launch result;
    bool painted = false;
    bool measured = false;
    while (!measured && child.state() != QProcess::NotRunning) {
        if (!child.canReadLine() && !child.waitForReadyRead(30000))
            break;
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("first-paint ")) {
                result.firstPaintMs = double(sinceStart.nsecsElapsed()) / 1e6;
                painted = true;
            } else if (line.startsWith("detail-paint ")) {
                result.detailPaintMs = double(sinceStart.nsecsElapsed()) / 1e6;
            } else if (line.startsWith("vmhwm-kb ")) {
                result.peakRssMb = line.mid(9).toDouble() / 1024.0;
                measured = true;
            }
        }
    }
    if (!child.waitForFinished(10000))
        child.kill();
    if (!painted || !measured) {
        QTextStream(stderr) << "startup: no measurement from " << exe << ' '
                            << arguments.join(QLatin1Char(' ')) << ": "
                            << child.readAllStandardError() << '\n';
        return std::nullopt;
    }
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// Where the user-data comparison keeps its two user files. The children find the bench's
// cache through XDG_CACHE_HOME (a link to the data folder, so nothing is copied) and their
// user file through XDG_DATA_HOME: one empty, one filled.
struct UserDataHomes
{
    QTemporaryDir root;
    QProcessEnvironment empty;
    QProcessEnvironment filled;
};

std::unique_ptr<UserDataHomes> makeUserDataHomes(const QString& dataDir, int bookmarks, int reads,
                                                 const QProcessEnvironment& base)
{
    auto homes = std::make_unique<UserDataHomes>();
    const QString cacheHome = homes->root.filePath(QStringLiteral("cache"));
    const QString emptyHome = homes->root.filePath(QStringLiteral("empty"));
    const QString filledHome = homes->root.filePath(QStringLiteral("filled"));
    QString error;
    const store::DataPaths filled{QDir(dataDir).filePath(QStringLiteral("cache.sqlite")),
                                  filledHome + QStringLiteral("/paperboy/user.sqlite")};
    if (!homes->root.isValid() || !QDir().mkpath(cacheHome) ||
        !QDir().mkpath(emptyHome + QStringLiteral("/paperboy")) ||
        !QDir().mkpath(filledHome + QStringLiteral("/paperboy")) ||
        !QFile::link(QFileInfo(dataDir).absoluteFilePath(),
                     cacheHome + QStringLiteral("/paperboy")) ||
        !fillUserData(filled, bookmarks, reads, &error)) {
        QTextStream(stderr) << "startup: cannot prepare the user files: " << error << '\n';
        return nullptr;
    }
    for (auto [environment, home] :
         {std::pair{&homes->empty, emptyHome}, std::pair{&homes->filled, filledHome}}) {
        *environment = base;
        environment->remove(QStringLiteral("PAPERBOY_DATA_DIR"));
        environment->insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        environment->insert(QStringLiteral("XDG_DATA_HOME"), home);
    }
    return homes;
}

} // namespace

int startupBench(const QStringList& args)
{
    const QString dataDir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const QString exe = optionValue(args, QStringLiteral("--exe"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    // With --image-port, the reader shows real thumbnails from a loopback server on that port
    // (a cache made with gen --image-base): start-up with thumbnails on.
    const int imagePort =
        optionValue(args, QStringLiteral("--image-port"), QStringLiteral("0")).toInt();
    const int bookmarks =
        optionValue(args, QStringLiteral("--bookmarks"), QStringLiteral("0")).toInt();
    const int reads = optionValue(args, QStringLiteral("--reads"), QStringLiteral("0")).toInt();
    if (dataDir.isEmpty() || exe.isEmpty() || runs < 1 || bookmarks < 0 || reads < 0) {
        QTextStream(stderr)
            << "usage: paperboy-bench startup --data-dir D --exe PATH/paperboy [--runs 5] "
               "[--image-port PORT] [--bookmarks N] [--reads M]\n";
        return 2;
    }

    // The children keep their window settings in a throw-away folder, never the user's.
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")) &&
        !environment.contains(QStringLiteral("DISPLAY")) &&
        !environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QStringList readerArguments = {QStringLiteral("--data-dir"), dataDir,
                                   QStringLiteral("--measure-startup")};
    thumbstest::ImageServer images;
    if (imagePort > 0) {
        if (!images.start(quint16(imagePort))) {
            QTextStream(stderr) << "startup: cannot listen on port " << imagePort << '\n';
            return 1;
        }
        readerArguments << QStringLiteral("--image-host") << QStringLiteral("127.0.0.1");
    }
    const QStringList bareArguments = {QStringLiteral("--measure-bare-window")};
    std::unique_ptr<UserDataHomes> homes;
    if (bookmarks > 0 || reads > 0) {
        homes = makeUserDataHomes(dataDir, bookmarks, reads, environment);
        if (!homes)
            return 1;
        readerArguments.removeFirst(); // --data-dir D: the environments say where
        readerArguments.removeFirst();
    }
    const QProcessEnvironment& readerEnvironment = homes ? homes->empty : environment;

    // One unmeasured launch of each warms the file cache, so that no run pays for the disk.
    if (!launch(exe, readerArguments, readerEnvironment) ||
        !launch(exe, bareArguments, environment) ||
        (homes && !launch(exe, readerArguments, homes->filled)))
        return 1;
    QList<double> readerMs;
    QList<double> detailMs;
    QList<double> bareMs;
    QList<double> readerRss;
    QList<double> userMs;
    for (int run = 0; run < runs; ++run) {
        const std::optional<Launch> reader = launch(exe, readerArguments, readerEnvironment);
        const std::optional<Launch> bare = launch(exe, bareArguments, environment);
        if (!reader || !bare)
            return 1;
        if (homes) {
            const std::optional<Launch> heavy = launch(exe, readerArguments, homes->filled);
            if (!heavy)
                return 1;
            userMs.append(heavy->firstPaintMs);
        }
        readerMs.append(reader->firstPaintMs);
        if (reader->detailPaintMs >= 0)
            detailMs.append(reader->detailPaintMs);
        readerRss.append(reader->peakRssMb);
        bareMs.append(bare->firstPaintMs);
    }
    const double reader = median(readerMs);
    const double bare = median(bareMs);
    printMetric("startup_reader_ms", reader, "ms");
    printMetric("startup_bare_ms", bare, "ms");
    printMetric("startup_ratio", reader / bare, "x");
    // The first paper's detail is filled right after the first frame: when it has painted too.
    if (detailMs.size() == readerMs.size())
        printMetric("startup_detail_ms", median(detailMs), "ms");
    printMetric("idle_peak_rss_mb", median(readerRss), "MB");
    if (homes) {
        printMetric("startup_user_ms", median(userMs), "ms");
        printMetric("startup_user_ratio", median(userMs) / reader, "x");
    }
    return 0;
}

} // namespace paperboy::bench
