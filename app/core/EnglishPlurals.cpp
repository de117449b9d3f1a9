#include "core/EnglishPlurals.h"

#include <cstring>

namespace paperboy::core {

QString EnglishPlurals::translate(const char* context, const char* sourceText,
                                  const char* disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(")) // fast path: not a counted text
        return {};
    QString text = QString::fromUtf8(sourceText);
    const bool one = n == 1;
    const qsizetype length = text.size();
    text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    // A null answer lets QCoreApplication use the source text itself (with %n filled in).
    return text.size() == length ? QString() : text;
}

} // namespace paperboy::core
