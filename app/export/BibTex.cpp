#include "export/BibTex.h"

#include <QRegularExpression>

namespace paperboy::exporting {
namespace {

const char* const monthMacros[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

void field(QString& out, const char* name, const QString& bracedValue)
{
    out += QStringLiteral("  ") + QLatin1String(name) + QStringLiteral(" = ") + bracedValue +
           QStringLiteral(",\n");
}

QString braced(const QString& text)
{
    return QLatin1Char('{') + bibTexEscaped(text) + QLatin1Char('}');
}

// "and" inside one name (an organisation) would split it: such a name is braced whole.
QString authorList(const QStringList& authors)
{
    static const QRegularExpression andWord(QStringLiteral("\\band\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString& author : authors) {
        const QString escaped = bibTexEscaped(author);
        names.append(author.contains(andWord) ? QLatin1Char('{') + escaped + QLatin1Char('}')
                                              : escaped);
    }
    return QLatin1Char('{') + names.join(QStringLiteral(" and ")) + QLatin1Char('}');
}

} // namespace

QString bibTexEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text.simplified()) {
        switch (c.unicode()) {
        // BibTeX counts braces even after a backslash, so braces become commands that
        // contain none of their own unbalanced.
        case '{':
            out += QStringLiteral("\\textbraceleft{}");
            break;
        case '}':
            out += QStringLiteral("\\textbraceright{}");
            break;
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case '%':
        case '&':
        case '$':
        case '_':
        case '#':
            out += QLatin1Char('\\') + c;
            break;
        case '"':
            out += QStringLiteral("{\"}"); // a bare quote ends a quoted field elsewhere
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString bibTexEntry(const ExportEntry& entry)
{
    const core::Paper& paper = entry.paper;
    QString out = QStringLiteral("@misc{arXiv:") + paper.id.id() + QStringLiteral(",\n");
    field(out, "title", braced(paper.title));
    if (!paper.authors.isEmpty())
        field(out, "author", authorList(paper.authors));
    if (const auto month = idMonth(paper.id)) {
        field(out, "year", QLatin1Char('{') + QString::number(month->year) + QLatin1Char('}'));
        field(out, "month", QLatin1String(monthMacros[month->month - 1]));
    }
    field(out, "eprint", braced(paper.id.id()));
    field(out, "archivePrefix", QStringLiteral("{arXiv}"));
    if (!entry.primaryClass.isEmpty())
        field(out, "primaryClass", braced(entry.primaryClass));
    // Made by ArxivId from a validated id: no TeX specials to escape, and url wants it raw.
    field(out, "url", QLatin1Char('{') + paper.id.absUrl().toString() + QLatin1Char('}'));
    field(out, "doi", QLatin1Char('{') + paper.id.doi() + QLatin1Char('}'));
    out.chop(2); // the last ",\n"
    out += QStringLiteral("\n}\n");
    return out;
}

QString bibTex(const ExportEntries& entries)
{
    QStringList parts;
    for (const ExportEntry& entry : entries)
        parts.append(bibTexEntry(entry));
    return parts.join(QLatin1Char('\n'));
}

} // namespace paperboy::exporting
