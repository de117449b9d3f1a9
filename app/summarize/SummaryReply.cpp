#include "summarize/SummaryReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace paperboy::summarize {
namespace {

// A key or label reduced to its letters: "**What’s New**", "What's new" and "whats_new" all
// become "whatsnew".
QString keyLetters(const QString& key)
{
    QString letters;
    for (const QChar c : key) {
        if (c.isLetter())
            letters.append(c.toLower());
    }
    return letters;
}

// The canonical section name of a key, empty when it is none of the three.
QString sectionFor(const QString& key)
{
    const QString letters = keyLetters(key);
    if (letters == QLatin1String("whatsnew") || letters == QLatin1String("whatisnew"))
        return whatsNewSection();
    if (letters == QLatin1String("technicaldetails") || letters == QLatin1String("technicaldetail"))
        return technicalDetailsSection();
    if (letters == QLatin1String("performancehighlights") ||
        letters == QLatin1String("performancehighlight"))
        return performanceSection();
    return {};
}

int sectionRank(const QString& name)
{
    if (name == whatsNewSection())
        return 0;
    if (name == technicalDetailsSection())
        return 1;
    return 2;
}

// A value as markdown: text as it is, a list as one "- " line per item.
QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue& item : value.toArray()) {
            const QString text = valueText(item);
            if (!text.isEmpty())
                lines.append(QStringLiteral("- ") + text);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString text = valueText(it.value());
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(QLatin1Char('\n'));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

core::Sections sectionsOf(const QJsonObject& object, int depth = 0)
{
    core::Sections sections;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = sectionFor(it.key());
        if (name.isEmpty())
            continue;
        const QString text = valueText(it.value());
        const bool known = std::any_of(sections.cbegin(), sections.cend(),
                                       [&name](const core::Section& s) { return s.name == name; });
        if (!text.isEmpty() && !known)
            sections.append({name, text});
    }
    if (sections.isEmpty() && depth == 0) {
        // {"summary": {...}} or {"result": [{...}]}: one level down.
        for (auto it = object.begin(); it != object.end() && sections.isEmpty(); ++it) {
            if (it.value().isObject())
                sections = sectionsOf(it.value().toObject(), 1);
            else if (it.value().isArray() && it.value().toArray().first().isObject())
                sections = sectionsOf(it.value().toArray().first().toObject(), 1);
        }
    }
    std::stable_sort(sections.begin(), sections.end(),
                     [](const core::Section& a, const core::Section& b) {
                         return sectionRank(a.name) < sectionRank(b.name);
                     });
    return sections;
}

// Trailing commas ({"a": 1,}) are the one JSON slip models make often enough to forgive.
QString withoutTrailingCommas(const QString& text)
{
    static const QRegularExpression trailing(QStringLiteral(R"(,(\s*[}\]]))"));
    QString fixed = text;
    fixed.replace(trailing, QStringLiteral("\\1"));
    return fixed;
}

std::optional<QJsonObject> parseObject(const QString& text)
{
    for (const QString& candidate : {text, withoutTrailingCommas(text)}) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(candidate.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return document.object();
        if (error.error == QJsonParseError::NoError && document.isArray() &&
            document.array().first().isObject())
            return document.array().first().toObject();
    }
    return std::nullopt;
}

// The end of the balanced {...} that starts at `from` (strings and escapes respected), or -1.
qsizetype objectEnd(const QString& text, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// The contents of every ``` fence, in order (an unclosed last fence runs to the end).
QStringList fencedBlocks(const QString& text)
{
    QStringList blocks;
    qsizetype at = text.indexOf(QLatin1String("```"));
    while (at >= 0) {
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
        if (lineEnd < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("```"), lineEnd);
        blocks.append(text.mid(lineEnd + 1, close < 0 ? -1 : close - lineEnd - 1));
        if (close < 0)
            break;
        at = text.indexOf(QLatin1String("```"), close + 3);
    }
    return blocks;
}

// The sections of the first JSON object in `text` that has any; the search gives up after a
// bounded number of tries so that a reply of a thousand braces stays cheap.
core::Sections sectionsFromJson(const QString& text)
{
    if (const auto whole = parseObject(text.trimmed())) {
        if (const core::Sections sections = sectionsOf(*whole); !sections.isEmpty())
            return sections;
    }
    constexpr int maxTries = 64;
    int tries = 0;
    for (qsizetype start = text.indexOf(QLatin1Char('{')); start >= 0 && tries < maxTries;
         start = text.indexOf(QLatin1Char('{'), start + 1), ++tries) {
        const qsizetype end = objectEnd(text, start);
        if (end < 0)
            break; // no later brace closes either
        if (const auto object = parseObject(text.mid(start, end - start + 1))) {
            if (const core::Sections sections = sectionsOf(*object); !sections.isEmpty())
                return sections;
        }
    }
    return {};
}

// Without JSON: lines that start with one of the labels, as the seed's digests write them
// ("- ***What's New***: text", "**Technical Details:** text", "### Performance Highlights").
core::Sections sectionsFromLabels(const QString& text)
{
    // A label, in any emphasis, then a colon or the end of the line: "What's new in this
    // paper..." in prose is not one.
    static const QRegularExpression label(
        QStringLiteral(R"(^[\s\-*#>_]*(what\W{0,2}s\s+new|technical\s+details?|)"
                       R"(performance\s+highlights?)[*_\s]*(?::|$)[*_\s]*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    core::Sections sections;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString current;
    QStringList body;
    const auto flush = [&] {
        const QString markdown = body.join(QLatin1Char('\n')).trimmed();
        const bool known = std::any_of(sections.cbegin(), sections.cend(),
                                       [&](const core::Section& s) { return s.name == current; });
        if (!current.isEmpty() && !markdown.isEmpty() && !known)
            sections.append({current, markdown});
        body.clear();
    };
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = label.match(line);
        const QString name = match.hasMatch() ? sectionFor(match.captured(1)) : QString();
        if (!name.isEmpty()) {
            flush();
            current = name;
            body.append(match.captured(2));
        } else if (!current.isEmpty()) {
            body.append(line);
        }
    }
    flush();
    std::stable_sort(sections.begin(), sections.end(),
                     [](const core::Section& a, const core::Section& b) {
                         return sectionRank(a.name) < sectionRank(b.name);
                     });
    return sections;
}

} // namespace

SummaryReply readSummaryReply(const QString& reply)
{
    SummaryReply read;
    const QString text = reply.trimmed();
    if (text.isEmpty())
        return read;
    for (const QString& block : fencedBlocks(text)) {
        read.sections = sectionsFromJson(block);
        if (!read.sections.isEmpty())
            break;
    }
    if (read.sections.isEmpty())
        read.sections = sectionsFromJson(text);
    if (read.sections.isEmpty())
        read.sections = sectionsFromLabels(text);
    read.structured = !read.sections.isEmpty();
    if (!read.structured)
        read.sections.append({wholeReplySection(), text});
    return read;
}

SummaryReply readSummaryReplyBytes(QByteArrayView utf8)
{
    return readSummaryReply(QString::fromUtf8(utf8));
}

} // namespace paperboy::summarize
