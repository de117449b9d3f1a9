#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace paperboy::trends {

// How a chart groups papers: by ISO 8601 week (Monday to Sunday, named by its week-year, so
// 2024-12-30 is in 2025-W01) or by calendar month.
enum class Grain { Week, Month };

std::optional<Grain> grainFrom(const QString& text); // "week" or "month"
QString grainName(Grain grain);

// One period: its first and last day (inclusive) and its name, "2025-W10" or "2025-03".
struct Period
{
    QDate first;
    QDate last;
    QString name;
};

Period periodOf(QDate day, Grain grain);
// Every period from the one holding `first` to the one holding `last`, in order, none left out.
QList<Period> periodsBetween(QDate first, QDate last, Grain grain);

} // namespace paperboy::trends
