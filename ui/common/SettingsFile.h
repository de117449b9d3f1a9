#pragma once

class QSettings;

namespace paperboy::ui {

// Where the reader keeps its preferences and window state: one QSettings file in the native
// format of the user's scope, organisation and application "Paperboy" (tests move it with
// XDG_CONFIG_HOME). Every part of the reader opens it here.
QSettings settingsFile();

} // namespace paperboy::ui
