#include "store/fts/FtsText.h"

#include <QStringList>
#include <QVarLengthArray>

namespace paperboy::store::fts {

bool isUnsegmentedScript(char32_t codePoint)
{
    if (codePoint < 0x80)
        return false;
    if (codePoint >= 0xAC00 && codePoint <= 0xD7A3) // Hangul syllables, most of what we see
        return true;
    switch (QChar::script(codePoint)) {
    case QChar::Script_Hangul:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

namespace {

// Where each character of a run starts (a surrogate pair is one character), plus the end.
using Offsets = QVarLengthArray<qsizetype, 256>;

// Calls other(piece) for stretches of other text and unsegmented(run, offsets) for each run
// of unsegmented script, in order.
template <typename Other, typename Unsegmented>
void forEachRun(QStringView text, Other other, Unsegmented unsegmented)
{
    Offsets offsets;
    qsizetype pieceStart = 0;
    bool inRun = false;
    const auto flush = [&](qsizetype end) {
        if (inRun) {
            offsets.append(end);
            unsegmented(text.mid(pieceStart, end - pieceStart), offsets);
            offsets.clear();
        } else if (end > pieceStart) {
            other(text.mid(pieceStart, end - pieceStart));
        }
        pieceStart = end;
    };
    for (qsizetype i = 0; i < text.size();) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t codePoint =
            pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        const bool unsegmentedHere = isUnsegmentedScript(codePoint);
        if (unsegmentedHere != inRun) {
            flush(i);
            inRun = unsegmentedHere;
        }
        if (inRun)
            offsets.append(i - pieceStart);
        i += pair ? 2 : 1;
    }
    flush(text.size());
}

} // namespace

QString matchQuery(QStringView userQuery)
{
    QStringList expressions;
    const QString simplified = userQuery.toString().simplified();
    for (const QStringView term :
         QStringView(simplified).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        forEachRun(
            term,
            [&expressions](QStringView piece) {
                // Latin words match the words they start.
                if (!hasWordCharacter(piece))
                    return;
                QString expression;
                appendQuoted(expression, piece);
                expressions.append(expression + QLatin1Char('*'));
            },
            [&expressions](QStringView run, const Offsets& offsets) {
                QString expression;
                if (offsets.size() == 2) { // one character: any bigram it starts, or itself
                    appendQuoted(expression, run);
                    expression += QLatin1Char('*');
                } else { // the tokenizer splits it into its bigrams, in a row
                    appendQuoted(expression, run);
                }
                expressions.append(expression);
            });
    }
    return expressions.join(QLatin1Char(' '));
}

void appendQuoted(QString& out, QStringView text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        // FTS5 reads an expression only up to a NUL, which would leave the quote open; the
        // tokenizer splits words at a NUL as at a space, so a space matches the same.
        if (c.isNull()) {
            out += QLatin1Char(' ');
            continue;
        }
        out += c;
        if (c == QLatin1Char('"'))
            out += c; // FTS5 escapes a quote by doubling it
    }
    out += QLatin1Char('"');
}

bool hasWordCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace paperboy::store::fts
