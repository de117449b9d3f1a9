#include "ui/style/BidiText.h"

#include <algorithm>

namespace paperboy::ui {
namespace {

bool isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString isolateDirection(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), isDirectionControl))
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

QString shortIsolated(const QString& text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars) {
        line.truncate(std::max(0, maxChars - 1));
        if (!line.isEmpty() && line.back().isHighSurrogate())
            line.chop(1); // never half a character
        line += QChar(0x2026);
    }
    return isolateDirection(line);
}

QString joinIsolated(const QStringList& names, const QString& separator)
{
    QStringList isolated;
    isolated.reserve(names.size());
    for (const QString& name : names)
        isolated.append(isolateDirection(name));
    return isolated.join(separator);
}

} // namespace paperboy::ui
