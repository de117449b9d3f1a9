#include "ui/style/HighlightColours.h"

#include <QCoreApplication>

namespace paperboy::ui {

QColor highlightColour(const QString& name)
{
    if (name == QLatin1String("green"))
        return QColor(110, 220, 110, 110);
    if (name == QLatin1String("blue"))
        return QColor(110, 170, 255, 110);
    if (name == QLatin1String("pink"))
        return QColor(255, 120, 190, 110);
    return QColor(255, 225, 60, 120); // yellow
}

QString highlightColourLabel(const QString& name)
{
    if (name == QLatin1String("green"))
        return QCoreApplication::translate("paperboy::ui::HighlightColours", "Green");
    if (name == QLatin1String("blue"))
        return QCoreApplication::translate("paperboy::ui::HighlightColours", "Blue");
    if (name == QLatin1String("pink"))
        return QCoreApplication::translate("paperboy::ui::HighlightColours", "Pink");
    return QCoreApplication::translate("paperboy::ui::HighlightColours", "Yellow");
}

} // namespace paperboy::ui
