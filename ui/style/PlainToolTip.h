#pragma once

#include <QString>

namespace paperboy::ui {

// `text` as a tooltip that shows it literally. QToolTip renders any text for which
// Qt::mightBeRichText is true as HTML, so a digest title such as `<img src="/etc/hosts">` would
// be rendered (and its image loaded); this escapes it and keeps its line breaks. A tooltip is
// as large as its text, so text from a digest (a 10,000-character title, thousands of authors,
// one endless word) is cut after `maxChars` characters and very long words are given places
// to wrap: the tooltip stays a few lines on the screen.
QString plainToolTip(const QString& text);

inline constexpr qsizetype maxToolTipChars = 500;

} // namespace paperboy::ui
