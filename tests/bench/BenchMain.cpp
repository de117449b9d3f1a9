// paperboy-bench SUBCOMMAND [ARGS]: speed and memory figures, one "metric value unit" line each.
// Built with the project, never run by ctest: figures belong in reports, not in pass/fail tests.
#include "BenchCommands.h"

#include <QApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

struct Subcommand
{
    const char* name;
    int (*run)(const QStringList&);
    bool needsGui;
    const char* usage;
};

const Subcommand subcommands[] = {
    {"import", paperboy::bench::importBench, false, "import DIR..."},
    {"gen", paperboy::bench::genBench, false,
     "gen --days N --papers M --data-dir D [--image-base URL] [--vocabulary zipf|small]"},
    {"startup", paperboy::bench::startupBench, false,
     "startup --data-dir D --exe PATH/paperboy [--runs 5]"},
    {"dayswitch", paperboy::bench::daySwitchBench, true,
     "dayswitch --data-dir D [--switches 200] [--cold]"},
    {"sync", paperboy::bench::syncBench, false, "sync [--corpus DIR]"},
    {"syncgui", paperboy::bench::syncGuiBench, true, "syncgui [--corpus DIR]"},
    {"search", paperboy::bench::searchBench, false, "search --data-dir D [--runs 5] [--each]"},
    {"mcp", paperboy::bench::mcpBench, false, "mcp --data-dir D [--runs 5]"},
    {"watches", paperboy::bench::watchesBench, false, "watches --data-dir D [--runs 5] [--each]"},
    {"trends", paperboy::bench::trendsBench, false, "trends --data-dir D [--runs 5]"},
    {"thumbs", paperboy::bench::thumbsBench, false, "thumbs [--count 300]"},
    {"scroll", paperboy::bench::scrollBench, true, "scroll [--papers 2000] [--step 96]"},
    {"read", paperboy::bench::readBench, true, "read [--pages 30] [--screens 120]"},
    {"bookmark", paperboy::bench::bookmarkBench, true, "bookmark --data-dir D [--toggles 100]"},
    {"searchui", paperboy::bench::searchUiBench, true,
     "searchui --data-dir D [--interval 120] [--each]"},
    {"foryou", paperboy::bench::forYouBench, false,
     "foryou [--corpus DIR] [--weeks 8] [--bookmarks 20] [--topic NAME=REGEX]... [--alternatives]"},
    {"foryouspeed", paperboy::bench::forYouSpeedBench, false,
     "foryouspeed --data-dir D [--runs 5]"},
    {"sql", paperboy::bench::sqlBench, false,
     "sql --data-dir D [--runs 5] [--plan] [--write] SQL [ARG...]"},
};

int usage()
{
    QTextStream err(stderr);
    err << "usage: paperboy-bench SUBCOMMAND [ARGS]\n";
    for (const Subcommand& sub : subcommands)
        err << "  paperboy-bench " << sub.usage << '\n';
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usage();
    for (const Subcommand& sub : subcommands) {
        if (std::strcmp(argv[1], sub.name) != 0)
            continue;
        // Only the window benchmarks pay for a QApplication.
        std::unique_ptr<QCoreApplication> app;
        // Headless machines (CI, ssh) have no display: render offscreen rather than fail.
        if (sub.needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (sub.needsGui)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        return sub.run(QCoreApplication::arguments().mid(2));
    }
    return usage();
}
