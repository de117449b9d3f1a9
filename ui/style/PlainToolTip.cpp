#include "ui/style/PlainToolTip.h"

#include <QTextDocument>

namespace paperboy::ui {

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text; // an empty tooltip means "none"; escaping would make it "<p></p>"
    // Always escaped, even when it looks plain: what mightBeRichText guesses may change.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace paperboy::ui
