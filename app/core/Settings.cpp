#include "core/Settings.h"

#include "core/SettingsFile.h"

#include <QSettings>

namespace paperboy::core {

struct Settings::File
{
    QSettings settings = settingsFile();
};

Settings::Settings() : m_file(std::make_unique<File>()) {}

Settings::~Settings() = default;

bool Settings::holds(const char* name) const
{
    return m_file->settings.contains(QLatin1String(name));
}

QVariant Settings::stored(const char* name) const
{
    return m_file->settings.value(QLatin1String(name));
}

void Settings::store(const char* name, const QVariant& value)
{
    m_file->settings.setValue(QLatin1String(name), value);
}

} // namespace paperboy::core
