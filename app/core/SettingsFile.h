#pragma once

class QSettings;

namespace paperboy::core {

// Where Paperboy keeps its preferences and the reader's window state: one QSettings file in the
// native format of the user's scope, organisation and application "Paperboy" (tests move it
// with XDG_CONFIG_HOME). Every reader or writer of a setting, in app/ and ui/, opens it here.
QSettings settingsFile();

} // namespace paperboy::core
