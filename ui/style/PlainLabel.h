#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace paperboy::ui {

// A wrapped, selectable label that shows `text` literally. QLabel's default AutoText renders
// anything Qt::mightBeRichText accepts as HTML, and these labels show paths, server answers and
// error messages that are not ours.
QLabel* plainLabel(const QString& text, QWidget* parent);

} // namespace paperboy::ui
