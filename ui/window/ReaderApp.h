#pragma once

namespace paperboy::ui {

// Creates the QApplication, reads the GUI options (--data-dir, --demo) and runs the reader
// window until it closes.
int runReader(int argc, char** argv);

} // namespace paperboy::ui
