#include "parse/AuthorList.h"

#include <QSet>

namespace paperboy::parse {
namespace {

// Reads the quoted strings of a Python list literal body (between '[' and ']'). Commas between
// the strings separate them; backslash escapes the next character inside a string.
AuthorList parsePythonList(QStringView body)
{
    AuthorList result;
    qsizetype i = 0;
    while (i < body.size()) {
        const QChar c = body.at(i);
        if (c.isSpace() || c == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (c != QLatin1Char('\'') && c != QLatin1Char('"')) {
            // An unquoted name: take it up to the next comma.
            qsizetype end = body.indexOf(QLatin1Char(','), i);
            end = end < 0 ? body.size() : end;
            result.names.append(body.mid(i, end - i).toString());
            result.wellFormed = false;
            i = end;
            continue;
        }
        QString name;
        qsizetype j = i + 1;
        for (; j < body.size() && body.at(j) != c; ++j) {
            if (body.at(j) == QLatin1Char('\\') && j + 1 < body.size())
                ++j;
            name.append(body.at(j));
        }
        if (j >= body.size())
            result.wellFormed = false;
        result.names.append(name);
        i = j + 1;
    }
    return result;
}

} // namespace

AuthorList parseAuthorList(QStringView text)
{
    text = text.trimmed();
    AuthorList result;
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        result = parsePythonList(text.mid(1, text.size() - 2));
    else if (text.startsWith(QLatin1Char('[')))
        result = AuthorList{parsePythonList(text.mid(1)).names, false};
    else
        result.names = text.toString().split(QLatin1Char(','));
    result.names = uniqueNames(result.names);
    return result;
}

QStringList uniqueNames(const QStringList& names)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString& name : names) {
        const QString clean = name.simplified();
        if (clean.isEmpty() || seen.contains(clean))
            continue;
        seen.insert(clean);
        unique.append(clean);
    }
    return unique;
}

} // namespace paperboy::parse
