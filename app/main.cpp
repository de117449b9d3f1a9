// Thin entry point: a subcommand (import, days, list, show, sync ...) runs the headless CLI,
// anything else opens the reader window.
#include "cli/Cli.h"
#include "ui/window/ReaderApp.h"

int main(int argc, char** argv)
{
    if (paperboy::cli::isCliInvocation(argc, argv))
        return paperboy::cli::run(argc, argv);
    return paperboy::ui::runReader(argc, argv);
}
