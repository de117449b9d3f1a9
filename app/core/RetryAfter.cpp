#include "core/RetryAfter.h"

#include <QLocale>

namespace paperboy::core {

std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);

    // IMF-fixdate is what servers send; RFC 850 and asctime dates are obsolete forms.
    const QString date = QString::fromLatin1(text);
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = c.toDateTime(date, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC); // the text said GMT; the parser does not know
    else
        when = QDateTime::fromString(date, Qt::RFC2822Date); // carries its own offset
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, nowUtc.msecsTo(when));
}

} // namespace paperboy::core
