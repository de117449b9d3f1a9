#include "export/DigestMarkdown.h"

#include "core/MediaKind.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace paperboy::exporting::digest {
namespace {

// The reader's limit on a key's length (parse::parseKeyedItem).
constexpr qsizetype maxKeyLength = 100;

QString backslashEscaped(const QString& text, QStringView specials)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (specials.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString pythonQuoted(const QString& name)
{
    return QLatin1Char('\'') + backslashEscaped(name, u"\\'") + QLatin1Char('\'');
}

// A bullet item that opens a top-level list item of content indent 2: "- " and then text.
bool isSimpleBulletLine(const QString& line)
{
    static const QRegularExpression thematicBreak(
        QStringLiteral("^(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})$"));
    return line.startsWith(QLatin1String("- ")) && line.size() > 2 && !line.at(2).isSpace() &&
           !line.mid(2).startsWith(QLatin1String("**")) && !thematicBreak.match(line).hasMatch();
}

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

} // namespace

QString oneLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.category() == QChar::Other_Control || c.isSpace())
            c = QLatin1Char(' ');
    }
    return line.simplified();
}

QString sectionText(const QString& markdown)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.remove(QChar(0));
    return text.trimmed();
}

QString authorsValue(const QStringList& authors)
{
    QStringList names;
    for (const QString& author : authors) {
        const QString name = oneLine(author);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    const bool needsList = (!names.isEmpty() && names.constFirst().startsWith(QLatin1Char('['))) ||
                           std::any_of(names.cbegin(), names.cend(), [](const QString& name) {
                               return name.contains(QLatin1Char(','));
                           });
    if (!needsList)
        return names.join(QStringLiteral(", "));
    QStringList quoted;
    for (const QString& name : std::as_const(names))
        quoted.append(pythonQuoted(name));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString sectionKey(const QString& name)
{
    QString key = oneLine(name);
    key.remove(QLatin1Char('*'));
    key = key.left(maxKeyLength).simplified();
    while (key.endsWith(QLatin1Char(':')) || key.endsWith(QChar(0xFF1A)))
        key = key.chopped(1).simplified();
    return key.isEmpty() ? QStringLiteral("Summary") : key;
}

QString keyedSection(const QString& name, const QString& markdown)
{
    const QStringList lines = sectionText(markdown).split(QLatin1Char('\n'));
    QString out = QStringLiteral("- ***") + sectionKey(name) + QStringLiteral("***:");
    if (!lines.constFirst().isEmpty())
        out += QLatin1Char(' ') + lines.constFirst();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        out += QLatin1Char('\n');
        // A blank line stays empty: it neither ends the item nor adds trailing spaces.
        if (!lines.at(i).isEmpty())
            out += QStringLiteral("  ") + lines.at(i);
    }
    return out;
}

bool isPlainBulletList(const QString& markdown)
{
    const QString text = sectionText(markdown);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (!isSimpleBulletLine(lines.constFirst()))
        return false;
    return std::all_of(lines.cbegin(), lines.cend(), [](const QString& line) {
        return isBlank(line) || isSimpleBulletLine(line) || line.startsWith(QLatin1String("  "));
    });
}

QString mediaLine(const QString& url)
{
    const QUrl parsed(url.trimmed());
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    // Fully encoded: no space, "<" or ">" that would cut the link destination short.
    const QString encoded = parsed.toString(QUrl::FullyEncoded);
    if (core::isVideoUrl(encoded))
        return QStringLiteral("[Watch Video](") + encoded + QLatin1Char(')');
    return QStringLiteral("![](") + encoded + QLatin1Char(')');
}

} // namespace paperboy::exporting::digest
