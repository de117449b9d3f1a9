#pragma once

class QSettings;

namespace paperboy::ui {

// The reader's preferences and window state: the one settings file (core/SettingsFile.h).
QSettings settingsFile();

} // namespace paperboy::ui
