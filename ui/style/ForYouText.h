#pragma once

#include <QString>
#include <QStringList>

namespace paperboy::ui {

// "Why: a, b, c": the For you reasons as the day list, the For you view and the detail pane
// show them, plain text (the terms come from papers): a term's own direction controls end with
// it, so that one cannot reverse the next. Empty without reasons.
QString forYouWhyLine(const QStringList& why);

} // namespace paperboy::ui
