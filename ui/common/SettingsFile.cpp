#include "ui/common/SettingsFile.h"

#include "core/SettingsFile.h"

#include <QSettings>

namespace paperboy::ui {

QSettings settingsFile()
{
    return core::settingsFile();
}

} // namespace paperboy::ui
