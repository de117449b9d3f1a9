#include "core/SettingsFile.h"

#include <QSettings>

namespace paperboy::core {

QSettings settingsFile()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Paperboy"),
                     QStringLiteral("Paperboy"));
}

} // namespace paperboy::core
