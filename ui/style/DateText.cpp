#include "ui/style/DateText.h"

#include <QRegularExpression>
#include <QStringList>

namespace paperboy::ui {
namespace {

// The locale's short format with a two-digit year widened to four: "7/31/26" reads as a
// different year in every century, and a typed "2025" must not meet a "yy" field.
QString fullYearFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString compactDate(QDate day, const QLocale& locale)
{
    return locale.toString(day, fullYearFormat(locale));
}

QString longDate(QDate day, const QLocale& locale)
{
    return locale.toString(day, QLocale::LongFormat);
}

std::optional<QDate> parseTypedDate(const QString& text, const QLocale& locale)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return std::nullopt;
    // Year first, whatever separates the parts: the form that means the same everywhere.
    static const QRegularExpression isoLike(
        QStringLiteral("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\.?$"));
    if (const QRegularExpressionMatch iso = isoLike.match(typed); iso.hasMatch()) {
        const QDate day(iso.captured(1).toInt(), iso.captured(2).toInt(), iso.captured(3).toInt());
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    const QStringList formats = {fullYearFormat(locale), locale.dateFormat(QLocale::ShortFormat),
                                 locale.dateFormat(QLocale::LongFormat),
                                 locale.dateFormat(QLocale::NarrowFormat)};
    for (const QString& format : formats) {
        QDate day = locale.toDate(typed, format);
        if (!day.isValid())
            continue;
        // A two-digit year is read in the 1900s by Qt; the archive's papers are recent.
        if (!format.contains(QLatin1String("yyyy")) && day.year() < 1950)
            day = day.addYears(100);
        return day;
    }
    return std::nullopt;
}

} // namespace paperboy::ui
