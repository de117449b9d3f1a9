#include "export/AtomFeed.h"

#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace paperboy::exporting {
namespace {

const QString atomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");

// Name-based UUIDs of watches are made in this namespace (a random UUID fixed once), so that
// they never collide with another program's name-based UUIDs of the same names.
const QUuid watchNamespace = QUuid(QStringLiteral("{6f1c2b7e-5a0d-4c52-9d0b-2f7c3e8a9b41}"));

// A day as an RFC 3339 time: midnight UTC.
QString dayTime(const QDate& day)
{
    return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODate) : QString();
}

void writeText(QXmlStreamWriter& xml, const QString& element, const QString& text)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
    xml.writeCharacters(xmlSafeText(text));
    xml.writeEndElement();
}

void writeEntry(QXmlStreamWriter& xml, const core::Paper& paper, const QString& fallbackTime)
{
    const QString url = paper.id.absUrl().toString(QUrl::FullyEncoded);
    xml.writeStartElement(QStringLiteral("entry"));
    xml.writeTextElement(QStringLiteral("id"), url);
    writeText(xml, QStringLiteral("title"), paper.title.isEmpty() ? paper.id.id() : paper.title);
    const QString updated = dayTime(paper.date);
    xml.writeTextElement(QStringLiteral("updated"), updated.isEmpty() ? fallbackTime : updated);
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    xml.writeAttribute(QStringLiteral("href"), url);
    for (const QString& name : paper.authors) {
        const QString safe = xmlSafeText(name).trimmed();
        if (safe.isEmpty())
            continue;
        xml.writeStartElement(QStringLiteral("author"));
        xml.writeTextElement(QStringLiteral("name"), safe);
        xml.writeEndElement();
    }
    const QString summary = entrySummary(paper);
    if (!summary.isEmpty())
        writeText(xml, QStringLiteral("summary"), summary);
    xml.writeEndElement();
}

bool xmlAllowed(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

QString xmlSafeText(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(text.at(++i));
        } else if (!c.isSurrogate() && xmlAllowed(c.unicode())) {
            safe.append(c);
        }
    }
    return safe;
}

QString watchFeedId(const QString& watchName)
{
    return QUuid::createUuidV5(watchNamespace, watchName)
        .toString(QUuid::WithoutBraces)
        .prepend(QStringLiteral("urn:uuid:"));
}

QString entrySummary(const core::Paper& paper)
{
    if (!paper.abstract.trimmed().isEmpty())
        return paper.abstract.trimmed();
    if (!paper.aiSummary.trimmed().isEmpty())
        return paper.aiSummary.trimmed();
    QStringList parts;
    if (!paper.titleKo.trimmed().isEmpty())
        parts.append(paper.titleKo.trimmed());
    for (const core::Section& section : paper.sections)
        parts.append(section.name.trimmed() + QLatin1Char('\n') + section.markdown.trimmed());
    return parts.join(QStringLiteral("\n\n")).trimmed();
}

QByteArray atomFeed(const AtomFeedInput& input)
{
    const QString generated = input.generated.toUTC().toString(Qt::ISODate);
    QString updated;
    for (const core::Paper& paper : input.papers)
        updated = std::max(updated, dayTime(paper.date));
    QByteArray document;
    QXmlStreamWriter xml(&document);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(atomNamespace);
    xml.writeStartElement(atomNamespace, QStringLiteral("feed"));
    xml.writeTextElement(QStringLiteral("id"), watchFeedId(input.watchName));
    writeText(xml, QStringLiteral("title"), QStringLiteral("Paperboy: ") + input.watchName);
    writeText(xml, QStringLiteral("subtitle"), input.query);
    xml.writeTextElement(QStringLiteral("updated"), updated.isEmpty() ? generated : updated);
    // A feed-level author, which RFC 4287 asks for when an entry names none of its own.
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("Paperboy"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("generator"));
    xml.writeCharacters(QStringLiteral("Paperboy"));
    xml.writeEndElement();
    for (const core::Paper& paper : input.papers)
        writeEntry(xml, paper, generated);
    xml.writeEndElement();
    xml.writeEndDocument();
    return document;
}

} // namespace paperboy::exporting
