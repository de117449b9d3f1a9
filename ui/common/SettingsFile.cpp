#include "ui/common/SettingsFile.h"

#include <QSettings>

namespace paperboy::ui {

QSettings settingsFile()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Paperboy"),
                     QStringLiteral("Paperboy"));
}

} // namespace paperboy::ui
