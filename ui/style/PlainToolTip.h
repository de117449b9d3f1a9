#pragma once

#include <QString>

namespace paperboy::ui {

// `text` as a tooltip that shows it literally. QToolTip renders any text for which
// Qt::mightBeRichText is true as HTML, so a digest title such as `<img src="/etc/hosts">` would
// be rendered (and its image loaded); this escapes it and keeps its line breaks.
QString plainToolTip(const QString& text);

} // namespace paperboy::ui
