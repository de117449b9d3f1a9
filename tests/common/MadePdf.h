#pragma once

// A PDF the tests make themselves: pages of text written with QPdfWriter (Korean in Noto Sans
// CJK, which it embeds), then an outline added as an incremental update, which QPdfWriter
// cannot write. Needs a QGuiApplication.

#include <QFile>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStringList>

namespace paperboy::testing {

struct OutlineEntry
{
    QString title;
    int page = 0; // 0-based
};

namespace madepdf {

// A PDF text string for any text: UTF-16BE with its byte order mark, in hex.
inline QByteArray pdfText(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

inline int intAfter(const QByteArray& data, const char* pattern)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(data));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace madepdf

// Writes `pages` (each a list of lines, 14 pt, one under the other from the top) to `path`
// as A4 pages, with `outline` as its bookmarks. False when something could not be written.
inline bool writeMadePdf(const QString& path, const QList<QStringList>& pages,
                         const QList<OutlineEntry>& outline)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72); // device units are PDF points
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans CJK KR"));
        font.setPixelSize(14);
        painter.setFont(font);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            int y = 72;
            for (const QString& line : pages.at(page)) {
                painter.drawText(72, y, line);
                y += 22;
            }
        }
        if (!painter.end())
            return false;
    }
    if (outline.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray data = file.readAll();
    const QString text = QString::fromLatin1(data);
    const int catalog = madepdf::intAfter(data, "(\\d+) 0 obj\\n<<\\n/Type /Catalog");
    const int pagesObject = madepdf::intAfter(data, "/Type /Catalog\\n/Pages (\\d+) 0 R");
    const int size = madepdf::intAfter(data, "trailer\\n<<\\n/Size (\\d+)");
    const int previousXref = madepdf::intAfter(data, "startxref\\n(\\d+)");
    const QRegularExpressionMatch kids =
        QRegularExpression(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]")).match(text);
    QList<int> pageObjects;
    for (const QRegularExpressionMatch& m :
         QRegularExpression(QStringLiteral("(\\d+) 0 R")).globalMatch(kids.captured(1)))
        pageObjects.append(m.captured(1).toInt());
    if (catalog < 0 || pagesObject < 0 || size < 0 || previousXref < 0 || pageObjects.isEmpty())
        return false;

    // The outline root is object `size`, its entries the next ones; the catalog is replaced.
    QByteArray update = "\n";
    QList<qint64> offsets;
    const auto addObject = [&](int number, const QByteArray& body) {
        offsets.append(data.size() + update.size());
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int root = size;
    const int count = int(outline.size());
    addObject(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pagesObject) +
                           " 0 R /Outlines " + QByteArray::number(root) +
                           " 0 R /PageMode /UseOutlines >>");
    addObject(root, "<< /Type /Outlines /First " + QByteArray::number(root + 1) + " 0 R /Last " +
                        QByteArray::number(root + count) + " 0 R /Count " +
                        QByteArray::number(count) + " >>");
    for (int i = 0; i < count; ++i) {
        const OutlineEntry& entry = outline.at(i);
        QByteArray body = "<< /Title " + madepdf::pdfText(entry.title) + " /Parent " +
                          QByteArray::number(root) + " 0 R";
        if (i > 0)
            body += " /Prev " + QByteArray::number(root + i) + " 0 R";
        if (i + 1 < count)
            body += " /Next " + QByteArray::number(root + i + 2) + " 0 R";
        body += " /Dest [" + QByteArray::number(pageObjects.value(entry.page)) +
                " 0 R /XYZ 0 842 0] >>";
        addObject(root + 1 + i, body);
    }
    const qint64 xref = data.size() + update.size();
    const auto entry = [](qint64 offset) -> QByteArray {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    update += "xref\n" + QByteArray::number(catalog) + " 1\n" + entry(offsets.at(0));
    update += QByteArray::number(root) + ' ' + QByteArray::number(count + 1) + '\n';
    for (int i = 1; i < offsets.size(); ++i)
        update += entry(offsets.at(i));
    update += "trailer\n<< /Size " + QByteArray::number(root + count + 1) + " /Root " +
              QByteArray::number(catalog) + " 0 R /Prev " + QByteArray::number(previousXref) +
              " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return file.write(update) == update.size();
}

} // namespace paperboy::testing
