#include "ui/settings/AppearanceSettings.h"

#include "ui/common/SettingsFile.h"

#include <QSettings>

namespace paperboy::ui {
AppearanceSettings AppearanceSettings::load()
{
    const QSettings store = settingsFile();
    AppearanceSettings appearance;
    appearance.theme = themeFromKey(store.value(QStringLiteral("appearance/theme")).toString());
    const int points = store.value(QStringLiteral("appearance/detailFontPoints"), 0).toInt();
    appearance.detailFontPoints = points == 0 ? 0 : qBound(minFontPoints, points, maxFontPoints);
    return appearance;
}

void AppearanceSettings::save() const
{
    QSettings store = settingsFile();
    store.setValue(QStringLiteral("appearance/theme"), themeKey(theme));
    store.setValue(QStringLiteral("appearance/detailFontPoints"), detailFontPoints);
    store.sync();
}

} // namespace paperboy::ui
