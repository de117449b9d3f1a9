#include "ui/trends/TrendsChart.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace paperboy::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::ui", text);
}

qreal pointX(const trends::Period& period)
{
    return qreal(period.first.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QString csvField(const QString& text)
{
    // A field a spreadsheet would read as a formula starts with a quote mark (CSV injection).
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return field;
}

} // namespace

double chartValue(const trends::Chart& data, qsizetype query, qsizetype index, ChartValues values)
{
    const int count = data.counts.at(query).at(index);
    if (values == ChartValues::Count)
        return count;
    const int papers = data.papers.at(index);
    return papers > 0 ? 100.0 * count / papers : 0.0;
}

void fillChart(QChart& chart, const trends::Chart& data, ChartValues values,
               const QPalette& palette)
{
    chart.removeAllSeries();
    // removeAxis() hands the axis back to us rather than deleting it (LeakSanitizer saw
    // every redraw's two axes leak); the series, removeAllSeries() deletes.
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart.setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setBackgroundBrush(palette.color(QPalette::Base));
    chart.setBackgroundRoundness(0);
    chart.legend()->setLabelColor(palette.color(QPalette::Text));
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.setMargins(QMargins(4, 4, 4, 4));

    auto* xAxis = new QDateTimeAxis(&chart);
    // A date format in the UI language's order ("2025-03", "2025. 3."), translatable.
    xAxis->setFormat(data.grain == trends::Grain::Week ? tr("yyyy-MM-dd") : tr("yyyy-MM"));
    xAxis->setTickCount(7);
    auto* yAxis = new QValueAxis(&chart);
    yAxis->setTitleText(values == ChartValues::Share ? tr("Share of papers (%)") : tr("Papers"));
    yAxis->setLabelFormat(values == ChartValues::Share ? QStringLiteral("%.1f")
                                                       : QStringLiteral("%d"));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(xAxis), static_cast<QAbstractAxis*>(yAxis)}) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
    chart.addAxis(xAxis, Qt::AlignBottom);
    chart.addAxis(yAxis, Qt::AlignLeft);

    double highest = 0;
    for (qsizetype q = 0; q < data.queries.size(); ++q) {
        auto* series = new QLineSeries(&chart);
        series->setName(data.queries.at(q).toHtmlEscaped());
        series->setPointsVisible(data.periods.size() <= 60);
        for (qsizetype i = 0; i < data.periods.size(); ++i) {
            const double value = chartValue(data, q, i, values);
            highest = std::max(highest, value);
            series->append(pointX(data.periods.at(i)), value);
        }
        chart.addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (!data.periods.isEmpty()) {
        xAxis->setRange(data.periods.constFirst().first.startOfDay(Qt::UTC),
                        data.periods.constLast().first.startOfDay(Qt::UTC));
    }
    yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    if (values == ChartValues::Count && highest < 5)
        yAxis->setTickCount(int(std::ceil(highest * 1.1)) + 1 > 2 ? 3 : 2);
    else
        yAxis->applyNiceNumbers();
}

qsizetype nearestPeriod(const trends::Chart& data, qreal x)
{
    qsizetype best = -1;
    qreal distance = 0;
    for (qsizetype i = 0; i < data.periods.size(); ++i) {
        const qreal d = std::abs(pointX(data.periods.at(i)) - x);
        if (best < 0 || d < distance) {
            best = i;
            distance = d;
        }
    }
    return best;
}

QString periodSummary(const trends::Chart& data, qsizetype index)
{
    if (index < 0 || index >= data.periods.size())
        return {};
    const trends::Period& period = data.periods.at(index);
    const QLocale locale;
    QString text = period.name + QStringLiteral(" (") +
                   locale.toString(period.first, QLocale::ShortFormat) +
                   QStringLiteral(" \u2013 ") + locale.toString(period.last, QLocale::ShortFormat) +
                   QStringLiteral(")\n") + tr("All papers: %1").arg(data.papers.at(index));
    for (qsizetype q = 0; q < data.queries.size(); ++q) {
        const int count = data.counts.at(q).at(index);
        text +=
            QLatin1Char('\n') + data.queries.at(q) + QStringLiteral(": ") + QString::number(count);
        if (data.papers.at(index) > 0)
            text += QStringLiteral(" (%1%)").arg(
                locale.toString(chartValue(data, q, index, ChartValues::Share), 'f', 1));
    }
    return text;
}

QString chartCsv(const trends::Chart& data)
{
    QString csv = QStringLiteral("period,first,last,papers");
    for (const QString& query : data.queries)
        csv += QLatin1Char(',') + csvField(query);
    csv += QStringLiteral("\r\n");
    for (qsizetype i = 0; i < data.periods.size(); ++i) {
        const trends::Period& period = data.periods.at(i);
        csv += period.name + QLatin1Char(',') + period.first.toString(Qt::ISODate) +
               QLatin1Char(',') + period.last.toString(Qt::ISODate) + QLatin1Char(',') +
               QString::number(data.papers.at(i));
        for (qsizetype q = 0; q < data.queries.size(); ++q)
            csv += QLatin1Char(',') + QString::number(data.counts.at(q).at(i));
        csv += QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace paperboy::ui
