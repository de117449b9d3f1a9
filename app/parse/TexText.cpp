#include "parse/TexText.h"

namespace paperboy::parse {
namespace {

struct Style
{
    bool bold = false;
    bool italic = false;
};

bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// One pass over the text, recursing into brace groups so that a group's closing brace is
// found however deeply its content nests.
class TexReader final
{
public:
    explicit TexReader(QStringView tex) : m_tex(tex) {}

    QList<TexSpan> read()
    {
        readGroup({}, false);
        return std::move(m_spans);
    }

private:
    // Reads up to the end, or past the '}' that closes the group when `inGroup`; returns
    // whether that brace was found.
    bool readGroup(Style style, bool inGroup)
    {
        while (m_pos < m_tex.size()) {
            const QChar c = m_tex.at(m_pos);
            if (c == QLatin1Char('}') && inGroup) {
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('$'))
                readDollarMath(style);
            else if (c == QLatin1Char('\\'))
                readMacro(style);
            else if (c == QLatin1Char('{'))
                readBraceGroup(style);
            else
                append(m_tex.mid(m_pos++, 1), style);
        }
        return false;
    }

    void readDollarMath(Style style)
    {
        const bool display = m_pos + 1 < m_tex.size() && m_tex.at(m_pos + 1) == QLatin1Char('$');
        const QStringView delimiter = display ? u"$$" : u"$";
        const qsizetype end = findMathEnd(delimiter, m_pos + delimiter.size());
        if (end < 0) { // a lone dollar is just a dollar: "costs $3 and $4" is money
            append(m_tex.mid(m_pos, delimiter.size()), style);
            m_pos += delimiter.size();
            return;
        }
        appendMath(m_tex.mid(m_pos, end + delimiter.size() - m_pos), style);
        m_pos = end + delimiter.size();
    }

    void readMacro(Style style)
    {
        static const QString escapable = QStringLiteral("%&_#${}");
        const qsizetype next = m_pos + 1;
        if (next >= m_tex.size()) {
            append(u"\\", style);
            ++m_pos;
            return;
        }
        const QChar c = m_tex.at(next);
        if (escapable.contains(c)) {
            append(m_tex.mid(next, 1), style);
            m_pos = next + 1;
            return;
        }
        if (c == QLatin1Char('(')) {
            const qsizetype end = m_tex.indexOf(u"\\)", next + 1);
            if (end >= 0) {
                appendMath(m_tex.mid(m_pos, end + 2 - m_pos), style);
                m_pos = end + 2;
                return;
            }
        }
        qsizetype end = next;
        while (end < m_tex.size() && isLetter(m_tex.at(end)))
            ++end;
        const QStringView name = m_tex.mid(next, end - next);
        const bool argument = end < m_tex.size() && m_tex.at(end) == QLatin1Char('{');
        if (argument && name == u"textbf") {
            m_pos = end + 1;
            readGroup({true, style.italic}, true);
        } else if (argument && (name == u"emph" || name == u"textit")) {
            m_pos = end + 1;
            readGroup({style.bold, true}, true);
        } else {
            // Unknown (or a lone backslash): kept as written; its argument, if any, is read
            // as an ordinary group next.
            const qsizetype length = qMax<qsizetype>(end - m_pos, 1);
            append(m_tex.mid(m_pos, length), style);
            m_pos += length;
        }
    }

    // "{\it text}" styles the rest of its group; any other group is kept with its braces.
    void readBraceGroup(Style style)
    {
        qsizetype end = m_pos + 1;
        if (end < m_tex.size() && m_tex.at(end) == QLatin1Char('\\')) {
            qsizetype nameEnd = end + 1;
            while (nameEnd < m_tex.size() && isLetter(m_tex.at(nameEnd)))
                ++nameEnd;
            const QStringView name = m_tex.mid(end + 1, nameEnd - end - 1);
            const bool italic = name == u"it" || name == u"em" || name == u"itshape";
            const bool bold = name == u"bf" || name == u"bfseries";
            if (italic || bold) {
                m_pos = nameEnd;
                if (m_pos < m_tex.size() && m_tex.at(m_pos) == QLatin1Char(' '))
                    ++m_pos; // the space that ends the macro name
                readGroup({style.bold || bold, style.italic || italic}, true);
                return;
            }
        }
        append(u"{", style);
        ++m_pos;
        if (readGroup(style, true))
            append(u"}", style);
    }

    // Pandoc's rule for inline math, which keeps prices apart: "$" opens only before a
    // non-space and closes only after a non-space and not before a digit.
    qsizetype findMathEnd(QStringView delimiter, qsizetype from) const
    {
        const bool single = delimiter.size() == 1;
        if (single && (from >= m_tex.size() || m_tex.at(from).isSpace()))
            return -1;
        for (qsizetype at = m_tex.indexOf(delimiter, from); at >= 0;
             at = m_tex.indexOf(delimiter, at + 1)) {
            const QChar before = m_tex.at(at - 1);
            if (before == QLatin1Char('\\'))
                continue;
            if (!single)
                return at;
            const qsizetype after = at + 1;
            if (!before.isSpace() && (after >= m_tex.size() || !m_tex.at(after).isDigit()))
                return at;
        }
        return -1;
    }

    void append(QStringView text, Style style)
    {
        if (!m_spans.isEmpty()) {
            TexSpan& last = m_spans.last();
            if (!last.math && last.bold == style.bold && last.italic == style.italic) {
                last.text += text;
                return;
            }
        }
        m_spans.append({text.toString(), style.bold, style.italic, false});
    }

    void appendMath(QStringView text, Style style)
    {
        m_spans.append({text.toString(), style.bold, style.italic, true});
    }

    QStringView m_tex;
    qsizetype m_pos = 0;
    QList<TexSpan> m_spans;
};

} // namespace

QList<TexSpan> texSpans(QStringView tex)
{
    return TexReader(tex).read();
}

QString texPlainText(QStringView tex)
{
    QString text;
    for (const TexSpan& span : texSpans(tex))
        text += span.text;
    return text;
}

} // namespace paperboy::parse
