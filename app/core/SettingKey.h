#pragma once

namespace paperboy::core {

// Which of the two kinds of setting a key is. Preferences are what the user chose in Settings
// (and the CLI reads); session state is what the window remembers of how it was left (geometry,
// the day on show, the last export folder). Both live in the one settings file
// (SettingsFile.h), apart in the table (SettingsKeys.h) so that neither is mistaken for the other.
enum class SettingScope { Preference, Session };

// One setting: its name in the file ("group/name", never to change: users' files keep it),
// its value's type and the value read when the file has none.
template <typename T, SettingScope Scope> struct SettingKey final
{
    using Value = T;
    static constexpr SettingScope scope = Scope;

    const char* name;
    T defaultValue;
};

template <typename T> using PreferenceKey = SettingKey<T, SettingScope::Preference>;
template <typename T> using SessionKey = SettingKey<T, SettingScope::Session>;

} // namespace paperboy::core
