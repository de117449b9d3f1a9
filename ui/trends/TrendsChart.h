#pragma once

#include "trends/TrendsReader.h"

#include <QChart>
#include <QPalette>

namespace paperboy::ui {

// How the chart's values read: each query's share of the period's papers (percent), or its
// number of papers.
enum class ChartValues { Share, Count };

// Fills `chart` with one line per query of `data`: a point per period at its first day,
// coloured for `palette` (light or dark), axis dates in the UI language. The series' names
// (query text from the reader) are escaped: the legend renders names as HTML.
void fillChart(QChart& chart, const trends::Chart& data, ChartValues values,
               const QPalette& palette);

// The value a query has in period `index`, as the chart shows it.
double chartValue(const trends::Chart& data, qsizetype query, qsizetype index, ChartValues values);

// The period whose point lies nearest to `x` (ms since the epoch, as the chart's x axis);
// -1 when there is none.
qsizetype nearestPeriod(const trends::Chart& data, qreal x);

// The period's counts as plain text, one line per query: for the hover tooltip.
QString periodSummary(const trends::Chart& data, qsizetype index);

// The chart as CSV: a row per period (period, first, last, papers, one column per query).
QString chartCsv(const trends::Chart& data);

} // namespace paperboy::ui
