#pragma once

#include <QString>
#include <QStringList>

namespace paperboy::ui {

// Untrusted text (an author's name) may carry explicit direction controls (U+202A-U+202E,
// U+2066-U+2069). Left open, one of them reverses whatever follows it on the same line: the
// next names, the "+12" after them. Text that holds any is wrapped in FIRST STRONG ISOLATE ...
// POP DIRECTIONAL ISOLATE, which closes every override and isolate opened inside it; other
// text is returned as it is.
QString isolateDirection(const QString& text);

// A name quoted inside a sentence (a watch's, in a status line or a message box): on one line,
// at most `maxChars` characters (cut with "…", so one long word cannot widen a label), its
// direction isolated.
QString shortIsolated(const QString& text, int maxChars = 60);

// Each name isolated, joined by `separator`.
QString joinIsolated(const QStringList& names, const QString& separator);

} // namespace paperboy::ui
