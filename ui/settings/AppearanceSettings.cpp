#include "ui/settings/AppearanceSettings.h"

#include <QSettings>

namespace paperboy::ui {
namespace {

QSettings settings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Paperboy"),
                     QStringLiteral("Paperboy"));
}

} // namespace

AppearanceSettings AppearanceSettings::load()
{
    const QSettings store = settings();
    AppearanceSettings appearance;
    appearance.theme = themeFromKey(store.value(QStringLiteral("appearance/theme")).toString());
    const int points = store.value(QStringLiteral("appearance/detailFontPoints"), 0).toInt();
    appearance.detailFontPoints = points == 0 ? 0 : qBound(minFontPoints, points, maxFontPoints);
    return appearance;
}

void AppearanceSettings::save() const
{
    QSettings store = settings();
    store.setValue(QStringLiteral("appearance/theme"), themeKey(theme));
    store.setValue(QStringLiteral("appearance/detailFontPoints"), detailFontPoints);
    store.sync();
}

} // namespace paperboy::ui
