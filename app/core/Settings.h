#pragma once

#include "core/SettingKey.h"

#include <QDate>
#include <QVariant>

#include <memory>

namespace paperboy::core {

// Reads and writes the keys of the table (SettingsKeys.h) in the user's settings file
// (SettingsFile.h), by type: a key the file lacks, or holds in a form that does not convert to
// the key's type, reads as the table's default. Open one for a group of reads or writes; the
// writes reach the disk when it is destroyed.
class Settings final
{
public:
    Settings();
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    template <typename T, SettingScope Scope> T read(const SettingKey<T, Scope>& key) const
    {
        QVariant value = stored(key.name);
        if (!value.isValid() || !value.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return value.value<T>();
    }

    template <typename T, SettingScope Scope>
    void write(const SettingKey<T, Scope>& key, const T& value)
    {
        store(key.name, storable(value));
    }

    // Whether the file holds the key at all: a default is not written until it is set.
    template <typename T, SettingScope Scope> bool contains(const SettingKey<T, Scope>& key) const
    {
        return holds(key.name);
    }

private:
    // Days are written as ISO text ("2026-03-04"), as the file always held them.
    static QVariant storable(const QDate& day) { return day.toString(Qt::ISODate); }
    template <typename T> static QVariant storable(const T& value)
    {
        return QVariant::fromValue(value);
    }

    bool holds(const char* name) const;
    QVariant stored(const char* name) const;
    void store(const char* name, const QVariant& value);

    struct File;
    std::unique_ptr<File> m_file;
};

} // namespace paperboy::core
