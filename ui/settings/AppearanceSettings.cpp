#include "ui/settings/AppearanceSettings.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"

namespace paperboy::ui {
AppearanceSettings AppearanceSettings::load()
{
    const core::Settings store;
    AppearanceSettings appearance;
    appearance.theme = themeFromKey(store.read(core::preference::theme));
    const int points = store.read(core::preference::detailFontPoints);
    appearance.detailFontPoints = points == 0 ? 0 : qBound(minFontPoints, points, maxFontPoints);
    return appearance;
}

void AppearanceSettings::save() const
{
    core::Settings store;
    store.write(core::preference::theme, themeKey(theme));
    store.write(core::preference::detailFontPoints, detailFontPoints);
}

} // namespace paperboy::ui
