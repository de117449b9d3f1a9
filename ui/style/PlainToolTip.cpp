#include "ui/style/PlainToolTip.h"

#include <QTextDocument>

namespace paperboy::ui {
namespace {

// A zero-width space after every `longest` characters of a word: a place where the tooltip's
// word wrap may break a word that would otherwise be wider than the screen.
QString breakLongWords(const QString& text, int longest)
{
    QString out;
    out.reserve(text.size() + text.size() / longest);
    int run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        // Never between the halves of a surrogate pair.
        if (run > longest && !c.isLowSurrogate()) {
            out.append(QChar(0x200B));
            run = 1;
        }
        out.append(c);
    }
    return out;
}

} // namespace

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text; // an empty tooltip means "none"; escaping would make it "<p></p>"
    QString shown = text;
    if (shown.size() > maxToolTipChars) {
        qsizetype cut = maxToolTipChars;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    // Always escaped, even when it looks plain: what mightBeRichText guesses may change.
    return Qt::convertFromPlainText(breakLongWords(shown, 40), Qt::WhiteSpaceNormal);
}

} // namespace paperboy::ui
