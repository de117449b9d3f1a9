#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace paperboy::ui {

// The two ways the window writes a day, both in the UI language's locale (i18n sets the
// default locale): one format per context, never ISO in one place and "7/31/26" in another.
// Rows, the status bar and fields: the locale's numeric date with the full year.
QString compactDate(QDate day, const QLocale& locale = QLocale());
// Headings and sentences ("No digest for …"): the locale's long date.
QString longDate(QDate day, const QLocale& locale = QLocale());

// A day the reader typed: ISO (2025-03-03, also with / or . between), the compact form above
// or the locale's own short and long forms. nullopt when it is none of them.
std::optional<QDate> parseTypedDate(const QString& text, const QLocale& locale = QLocale());

} // namespace paperboy::ui
