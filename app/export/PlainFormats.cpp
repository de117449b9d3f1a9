#include "export/PlainFormats.h"

#include <QRegularExpression>

namespace paperboy::exporting {
namespace {

void risLine(QString& out, const char* tag, const QString& value)
{
    const QString line = value.simplified();
    if (!line.isEmpty())
        out += QLatin1String(tag) + QStringLiteral("  - ") + line + QStringLiteral("\r\n");
}

QString markdownEscaped(const QString& text)
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that
    // can start or end markup inside a list item or a link text.
    static const QString specials = QStringLiteral("\\`*_[]<>!|~#&");
    QString out;
    for (const QChar c : text.simplified()) {
        if (specials.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString quotedCsvField(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The first characters OWASP lists as starting a formula in Excel, LibreOffice or Sheets.
bool startsLikeAFormula(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front());
}

// Text that starts a line of its own must not start a block either: a bullet ("- ", "+ "), an
// ordered item ("1. ", "2) ") or a setext underline ("===", "---", which would turn the line
// above into a heading). The rest of CommonMark's block starts are escaped by markdownEscaped.
QString markdownLineStart(const QString& escaped)
{
    static const QRegularExpression orderedItem(QStringLiteral("^[0-9]{1,9}[.)]"));
    if (escaped.startsWith(QLatin1Char('-')) || escaped.startsWith(QLatin1Char('+')) ||
        escaped.startsWith(QLatin1Char('=')))
        return QLatin1Char('\\') + escaped;
    const auto item = orderedItem.match(escaped);
    if (!item.hasMatch())
        return escaped;
    QString out = escaped;
    return out.insert(item.capturedLength() - 1, QLatin1Char('\\'));
}

} // namespace

QString ris(const ExportEntries& entries)
{
    QString out;
    for (const ExportEntry& entry : entries) {
        const core::Paper& paper = entry.paper;
        risLine(out, "TY", QStringLiteral("UNPB"));
        risLine(out, "ID", QStringLiteral("arXiv:") + paper.id.id());
        risLine(out, "TI", paper.title);
        risLine(out, "T2", entry.koreanTitle);
        for (const QString& author : paper.authors)
            risLine(out, "AU", author);
        if (const auto month = idMonth(paper.id))
            risLine(out, "PY", QString::number(month->year));
        if (paper.date.isValid())
            risLine(out, "DA", paper.date.toString(QStringLiteral("yyyy/MM/dd/")));
        risLine(out, "AB", paper.abstract);
        risLine(out, "UR", paper.id.absUrl().toString());
        risLine(out, "L1", paper.id.pdfUrl().toString());
        risLine(out, "DO", paper.id.doi());
        risLine(out, "PB", QStringLiteral("arXiv"));
        risLine(out, "KW", entry.primaryClass);
        out += QStringLiteral("ER  - \r\n");
    }
    return out;
}

QString markdown(const ExportEntries& entries)
{
    QString out;
    for (const ExportEntry& entry : entries) {
        const core::Paper& paper = entry.paper;
        out += QStringLiteral("- [") + markdownEscaped(paper.title) + QStringLiteral("](") +
               paper.id.absUrl().toString() + QLatin1Char(')');
        if (!paper.authors.isEmpty())
            out +=
                QStringLiteral(" — ") + markdownEscaped(paper.authors.join(QStringLiteral(", ")));
        if (paper.date.isValid())
            out += QStringLiteral(" (") + paper.date.toString(Qt::ISODate) + QLatin1Char(')');
        out += QLatin1Char('\n');
        if (!entry.koreanTitle.isEmpty())
            out += QStringLiteral("  ") + markdownLineStart(markdownEscaped(entry.koreanTitle)) +
                   QLatin1Char('\n');
        // Highlights as a nested list: "p. 3: “the text” — the comment".
        for (const store::Highlight& h : entry.highlights) {
            out += QStringLiteral("  - p. ") + QString::number(h.page) + QStringLiteral(": “") +
                   markdownEscaped(h.text) + QStringLiteral("”");
            if (!h.comment.trimmed().isEmpty())
                out += QStringLiteral(" — ") + markdownEscaped(h.comment);
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return quotedCsvField(text);
}

QString csvTextField(const QString& text)
{
    return startsLikeAFormula(text) ? quotedCsvField(QLatin1Char('\'') + text) : csvField(text);
}

QString csv(const ExportEntries& entries)
{
    QString out = QStringLiteral("id,title,title_ko,authors,date,url,abstract\r\n");
    for (const ExportEntry& entry : entries) {
        const core::Paper& paper = entry.paper;
        // The id, date and link are ours (a validated id, an ISO date, a URL we build); the
        // rest is the digest's text and so is neutralised against spreadsheet formulas.
        const QStringList cells{
            csvField(paper.id.id()),
            csvTextField(paper.title),
            csvTextField(entry.koreanTitle),
            csvTextField(paper.authors.join(QStringLiteral("; "))),
            csvField(paper.date.isValid() ? paper.date.toString(Qt::ISODate) : QString()),
            csvField(paper.id.absUrl().toString()),
            csvTextField(paper.abstract)};
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace paperboy::exporting
