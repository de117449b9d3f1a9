#include "store/db/SqlScript.h"

#include <QRegularExpression>

namespace paperboy::store {
namespace {

bool isTrigger(const QString& statement)
{
    static const QRegularExpression createTrigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return createTrigger.match(statement).hasMatch();
}

bool endsWithEndKeyword(const QString& code)
{
    static const QRegularExpression endKeyword(QStringLiteral("\\bEND\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return endKeyword.match(code).hasMatch();
}

// Walks the script once. `code` is the statement without comments: trigger detection and the
// "only comments" test look at it, while `text` keeps the statement as written.
class Splitter final
{
public:
    QStringList split(QStringView script)
    {
        for (qsizetype i = 0; i < script.size(); ++i) {
            const QChar c = script.at(i);
            const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
                i = end < 0 ? script.size() : end;
                m_text += QLatin1Char('\n');
                m_code += QLatin1Char(' ');
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
                i = end < 0 ? script.size() : end + 1;
                m_text += QLatin1Char(' ');
                m_code += QLatin1Char(' ');
            } else if (const QChar close = closingQuote(c); !close.isNull()) {
                const qsizetype end = script.indexOf(close, i + 1);
                const qsizetype last = end < 0 ? script.size() - 1 : end;
                // A doubled quote inside a string is two adjacent quoted parts: same result.
                m_text += script.mid(i, last - i + 1);
                m_code += script.mid(i, last - i + 1);
                i = last;
            } else if (c == QLatin1Char(';')) {
                if (isTrigger(m_code) && !endsWithEndKeyword(m_code)) {
                    m_text += c;
                    m_code += c;
                } else {
                    flush();
                }
            } else {
                m_text += c;
                m_code += c;
            }
        }
        flush();
        return m_statements;
    }

private:
    static QChar closingQuote(QChar c)
    {
        switch (c.unicode()) {
        case u'\'':
        case u'"':
        case u'`':
            return c;
        case u'[':
            return QLatin1Char(']');
        default:
            return {};
        }
    }

    void flush()
    {
        if (!m_code.trimmed().isEmpty())
            m_statements.append(m_text.trimmed());
        m_text.clear();
        m_code.clear();
    }

    QString m_text;
    QString m_code;
    QStringList m_statements;
};

} // namespace

QStringList splitSqlScript(QStringView script)
{
    return Splitter().split(script);
}

} // namespace paperboy::store
