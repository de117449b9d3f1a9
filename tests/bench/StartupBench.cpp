// paperboy-bench startup --data-dir D --exe PATH/paperboy [--runs 5]
// Times the reader window from process start to the first paint of its paper list, against a
// bare window that paints a 50-row QListWidget, both launched from the same executable
// (hidden options --measure-startup / --measure-bare-window). The time is taken here, from
// QProcess::start to the child's "first-paint" line, so it includes loading the program.
// startup_detail_ms is the same for the child's "detail-paint" line: the detail pane showing
// the first paper, which the window fills right after its first frame.
// startup_idle_ms is the time from QProcess::start until the child goes idle: after its first
// paint, the end of the last 100 ms in which its threads ran for more than 5 ms (their run time
// from /proc/PID/task/*/schedstat, in ns; a cursor's blink is not work), before it reports its
// memory 1.5 s after that paint; startup_cpu_ms is its CPU time (/proc/PID/stat) by then. Both
// beside the bare window's, over the same cache (target: startup_idle_ratio at most 1.5). With
// --bookmarks N and/or --reads M the reader also starts with a user file holding that many
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
#include <utility>

#include <unistd.h>

namespace paperboy::bench {
namespace {

struct Launch
{
    double firstPaintMs = 0;
    double detailPaintMs = -1; // when the child reports it (the reader, not the bare window)
    double peakRssMb = 0;
    double idleMs = 0; // when its CPU time last grew
    double cpuMs = 0;  // its CPU time by then
};

// How long the living threads of process `pid` have run so far, in ms (schedstat's ns).
double runTimeMs(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    double ns = 0;
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile schedstat(tasks.filePath(task + QStringLiteral("/schedstat")));
        if (schedstat.open(QIODevice::ReadOnly))
            ns += schedstat.readAll().split(' ').value(0).toDouble();
    }
    return ns / 1e6;
}

// The CPU time of process `pid` so far (user and system, every thread, living or ended), in
// ms; -1 when it cannot be read.
double cpuTimeMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces: state is
    // field 3 of stat(5), utime 14 and stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    static const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * msPerTick;
}

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
    QList<std::pair<double, double>> runTimes; // (ms since start, ms run), as polled
    QElapsedTimer sinceOutput;
    sinceOutput.start();
    while (!measured && child.state() != QProcess::NotRunning) {
        // Polled every few ms, so that the CPU time's growth is seen as it happens.
        if (!child.canReadLine() && !child.waitForReadyRead(5) && sinceOutput.elapsed() > 30000)
            break;
        if (!measured)
            runTimes.append(
                {double(sinceStart.nsecsElapsed()) / 1e6, runTimeMs(child.processId())});
        if (const double cpu = cpuTimeMs(child.processId()); cpu > 0)
            result.cpuMs = cpu;
        if (child.canReadLine())
            sinceOutput.restart();
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
    // Busy means more than 5 ms of running in the 100 ms before a poll; idle from the last such
    // poll on (and never before the first paint).
    result.idleMs = result.firstPaintMs;
    qsizetype from = 0;
    for (qsizetype i = 0; i < runTimes.size(); ++i) {
        while (runTimes.at(i).first - runTimes.at(from).first > 100)
            ++from;
        if (runTimes.at(i).second - runTimes.at(from).second > 5)
            result.idleMs = std::max(result.idleMs, runTimes.at(i).first);
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
    QList<double> readerIdleMs;
    QList<double> bareIdleMs;
    QList<double> readerCpuMs;
    QList<double> bareCpuMs;
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
        readerIdleMs.append(reader->idleMs);
        bareIdleMs.append(bare->idleMs);
        readerCpuMs.append(reader->cpuMs);
        bareCpuMs.append(bare->cpuMs);
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
    printMetric("startup_idle_ms", median(readerIdleMs), "ms");
    printMetric("startup_idle_bare_ms", median(bareIdleMs), "ms");
    printMetric("startup_idle_ratio", median(readerIdleMs) / median(bareIdleMs), "x");
    printMetric("startup_cpu_ms", median(readerCpuMs), "ms");
    printMetric("startup_cpu_bare_ms", median(bareCpuMs), "ms");
    if (homes) {
        printMetric("startup_user_ms", median(userMs), "ms");
        printMetric("startup_user_ratio", median(userMs) / reader, "x");
    }
    return 0;
}

} // namespace paperboy::bench
