#include "parse/SummarySections.h"

#include <QRegularExpression>

namespace paperboy::parse {
namespace {

QString normaliseKey(QStringView key)
{
    QString name = key.toString().simplified();
    name.replace(QChar(0x2019), QLatin1Char('\''));
    return name;
}

// Removes up to `indent` leading spaces: continuation lines are indented under the marker,
// lazy continuation lines are not.
QString dedent(const QString& line, int indent)
{
    int spaces = 0;
    while (spaces < indent && spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
        ++spaces;
    return line.mid(spaces);
}

} // namespace

std::optional<KeyedItem> parseKeyedItem(QStringView firstLine)
{
    static const QRegularExpression marker(QStringLiteral("^ {0,3}[-*+][ \\t]+"));
    // Colon after the emphasis ("**Key**:") or inside it ("**Key:**"), full-width colon too.
    static const QRegularExpression keyed(QStringLiteral(
        "^\\*{2,3}([^*\\n]{1,100}?)(?:\\*{1,3}\\s*[:\\x{FF1A}]|\\s*[:\\x{FF1A}]\\s*\\*{1,3})\\s*"));
    const QRegularExpressionMatch m = marker.match(firstLine);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringView content = firstLine.mid(m.capturedLength());
    if (!content.startsWith(QLatin1String("**")))
        return std::nullopt;
    const QRegularExpressionMatch k = keyed.match(content);
    if (!k.hasMatch())
        return std::nullopt;
    const QString key = normaliseKey(k.capturedView(1));
    if (key.isEmpty())
        return std::nullopt;
    return KeyedItem{key, content.mid(k.capturedLength()).trimmed().toString(),
                     int(m.capturedLength())};
}

QString plainSummaryName()
{
    return QStringLiteral("Summary");
}

bool SectionBuilder::startKeyed(LineRange item)
{
    const std::optional<KeyedItem> keyed = parseKeyedItem(m_source.line(item.first));
    if (!keyed)
        return false;
    QStringList body;
    if (!keyed->value.isEmpty())
        body.append(keyed->value);
    for (int line = item.first + 1; line <= item.last; ++line)
        body.append(dedent(m_source.line(line), keyed->contentIndent));
    m_sections.append(core::Section{keyed->key, body.join(QLatin1Char('\n')).trimmed()});
    m_keyedOpen = true;
    m_lastLine = item.last;
    return true;
}

void SectionBuilder::append(LineRange lines)
{
    if (!lines.isValid())
        return;
    if (!m_keyedOpen &&
        (m_sections.isEmpty() || m_sections.constLast().name != plainSummaryName())) {
        m_sections.append(core::Section{plainSummaryName(), {}});
        m_lastLine = 0;
    }
    appendText(lines, m_source.lines(lines));
}

void SectionBuilder::appendText(LineRange lines, const QString& markdown)
{
    QString& body = m_sections.last().markdown;
    // Source that followed directly stays on the next line; a gap becomes one blank line.
    if (!body.isEmpty())
        body += lines.first == m_lastLine + 1 ? QStringLiteral("\n") : QStringLiteral("\n\n");
    body += markdown;
    m_lastLine = lines.last;
}

QString SectionBuilder::currentName() const
{
    return m_sections.isEmpty() ? QString() : m_sections.constLast().name;
}

core::Sections SectionBuilder::take()
{
    m_keyedOpen = false;
    return std::move(m_sections);
}

} // namespace paperboy::parse
