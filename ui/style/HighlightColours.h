#pragma once

#include <QColor>
#include <QString>

namespace paperboy::ui {

// How each of store::highlightColours() looks (translucent, over the page) and is named.
QColor highlightColour(const QString& name);
QString highlightColourLabel(const QString& name);

} // namespace paperboy::ui
