#include "export/DigestTitle.h"

#include "export/DigestMarkdown.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace paperboy::exporting::digest {
namespace {

// What parse::parsePaperHeading unescapes after a backslash (CommonMark's escapable set).
bool isAsciiPunctuation(QChar c)
{
    return QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

// CommonMark's "punctuation" for flanking: ASCII and Unicode punctuation and symbols.
bool isPunctuation(QChar c)
{
    return isAsciiPunctuation(c) || c.isPunct() || c.isSymbol();
}

// The character before `i` or after `i + length`; the link text's own brackets at the edges.
QChar before(const QString& text, qsizetype i)
{
    return i > 0 ? text.at(i - 1) : QLatin1Char('[');
}

QChar after(const QString& text, qsizetype i)
{
    return i < text.size() ? text.at(i) : QLatin1Char(']');
}

// True when a run of `delimiter` ("*", "_" or "~") in `text` can open emphasis (or GFM
// strikethrough) and a later run can close it: CommonMark's flanking rules, without the
// finer ones that only refuse pairs (so the answer errs towards escaping).
bool mayPair(const QString& text, QChar delimiter)
{
    bool openerSeen = false;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) != delimiter) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end) == delimiter)
            ++end;
        const QChar prev = before(text, i);
        const QChar next = after(text, end);
        const bool left =
            !next.isSpace() && (!isPunctuation(next) || prev.isSpace() || isPunctuation(prev));
        const bool right =
            !prev.isSpace() && (!isPunctuation(prev) || next.isSpace() || isPunctuation(next));
        const bool intraword = delimiter == QLatin1Char('_');
        const bool canOpen = left && (!intraword || !right || isPunctuation(prev));
        const bool canClose = right && (!intraword || !left || isPunctuation(next));
        if (canClose && openerSeen)
            return true;
        openerSeen = openerSeen || canOpen;
        i = end;
    }
    return false;
}

// True when two backtick runs of the same length could make a code span.
bool mayMakeCodeSpan(const QString& text)
{
    std::vector<qsizetype> runs;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end) == QLatin1Char('`'))
            ++end;
        if (std::find(runs.cbegin(), runs.cend(), end - i) != runs.cend())
            return true;
        runs.push_back(end - i);
        i = end;
    }
    return false;
}

// Brackets are safe as written when they nest ("[IDK] Token", "GPT-[n]") and no "]" starts
// a link destination or reference ("](", "][", "]:") inside the text.
bool bracketsAreSafe(const QString& text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            const QChar next = after(text, i + 1);
            if (--depth < 0 || next == QLatin1Char('(') || next == QLatin1Char('[') ||
                next == QLatin1Char(':'))
                return false;
        }
    }
    return depth == 0;
}

bool startsHtmlOrAutolink(const QString& text, qsizetype i)
{
    const QChar next = after(text, i + 1);
    return (next.isLetter() && next.unicode() < 0x80) || next == QLatin1Char('/') ||
           next == QLatin1Char('?') || next == QLatin1Char('!');
}

bool startsEntity(const QString& text, qsizetype i)
{
    static const QRegularExpression entity(
        QStringLiteral("\\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"));
    return entity.match(text, i).hasMatch();
}

} // namespace

QString escapedTitle(const QString& title)
{
    const QString text = oneLine(title);
    const bool escapeStars = mayPair(text, QLatin1Char('*'));
    const bool escapeUnderscores = mayPair(text, QLatin1Char('_'));
    const bool escapeTildes = mayPair(text, QLatin1Char('~'));
    const bool escapeBackticks = mayMakeCodeSpan(text);
    const bool escapeBrackets = !bracketsAreSafe(text);

    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool escape = false;
        switch (c.unicode()) {
        case '\\':
            // "\alpha" stays; "\_" or a final "\" (before the closing "]") would be read away.
            escape = isAsciiPunctuation(after(text, i + 1));
            break;
        case '*':
            escape = escapeStars;
            break;
        case '_':
            escape = escapeUnderscores;
            break;
        case '~':
            escape = escapeTildes;
            break;
        case '`':
            escape = escapeBackticks;
            break;
        case '[':
        case ']':
            escape = escapeBrackets;
            break;
        case '!':
            escape = !escapeBrackets && after(text, i + 1) == QLatin1Char('[');
            break;
        case '<':
            escape = startsHtmlOrAutolink(text, i);
            break;
        case '&':
            escape = startsEntity(text, i);
            break;
        default:
            break;
        }
        if (escape)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace paperboy::exporting::digest
