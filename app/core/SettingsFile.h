#pragma once

class QSettings;

namespace paperboy::core {

// Where Paperboy keeps its preferences and the reader's window state: one QSettings file in the
// native format of the user's scope, organisation and application "Paperboy" (tests move it
// with XDG_CONFIG_HOME). Only core::Settings (Settings.h) opens it: everything else reads and
// writes the keys of SettingsKeys.h through that.
QSettings settingsFile();

} // namespace paperboy::core
