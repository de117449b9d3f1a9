#include "ui/trends/TrendsController.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "ui/common/FeatureContext.h"
#include "ui/trends/TrendsService.h"
#include "ui/trends/TrendsView.h"

#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace paperboy::ui {
namespace {

constexpr int whoLimit = 30;
constexpr int risingLimit = 40;

// The last chart, kept in the settings so that the view opens with it at once.
QByteArray chartToJson(const trends::Chart& chart)
{
    QJsonArray periods;
    for (const trends::Period& period : chart.periods)
        periods.append(QJsonArray{period.first.toString(Qt::ISODate),
                                  period.last.toString(Qt::ISODate), period.name});
    QJsonArray counts;
    for (const QList<int>& series : chart.counts) {
        QJsonArray values;
        for (const int count : series)
            values.append(count);
        counts.append(values);
    }
    QJsonArray papers;
    for (const int count : chart.papers)
        papers.append(count);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("grain"), trends::grainName(chart.grain)},
                           {QStringLiteral("queries"), QJsonArray::fromStringList(chart.queries)},
                           {QStringLiteral("periods"), periods},
                           {QStringLiteral("papers"), papers},
                           {QStringLiteral("counts"), counts}})
        .toJson(QJsonDocument::Compact);
}

std::optional<trends::Chart> chartFromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    trends::Chart chart;
    chart.grain = trends::grainFrom(object.value(QStringLiteral("grain")).toString())
                      .value_or(trends::Grain::Week);
    for (const QJsonValue& query : object.value(QStringLiteral("queries")).toArray())
        chart.queries.append(query.toString());
    for (const QJsonValue& value : object.value(QStringLiteral("periods")).toArray()) {
        const QJsonArray period = value.toArray();
        chart.periods.append({QDate::fromString(period.at(0).toString(), Qt::ISODate),
                              QDate::fromString(period.at(1).toString(), Qt::ISODate),
                              period.at(2).toString()});
    }
    for (const QJsonValue& value : object.value(QStringLiteral("papers")).toArray())
        chart.papers.append(value.toInt());
    for (const QJsonValue& series : object.value(QStringLiteral("counts")).toArray()) {
        QList<int> counts;
        for (const QJsonValue& value : series.toArray())
            counts.append(value.toInt());
        chart.counts.append(counts);
    }
    // Anything inconsistent (an older or damaged entry) is dropped, not drawn.
    if (chart.papers.size() != chart.periods.size() || chart.counts.size() != chart.queries.size())
        return std::nullopt;
    for (const QList<int>& counts : chart.counts) {
        if (counts.size() != chart.periods.size())
            return std::nullopt;
    }
    return chart;
}

} // namespace

TrendsController::TrendsController(FeatureContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{}

TrendsController::~TrendsController() = default;

TrendsView* TrendsController::view()
{
    if (m_view)
        return m_view;
    m_service = std::make_unique<TrendsService>(m_context.paths());
    m_view = new TrendsView(m_context.window());
    m_view->hide();
    restore();
    connect(m_view, &TrendsView::requestChanged, this, [this] {
        save();
        askChart();
        askAuthors();
    });
    connect(m_view, &TrendsView::whoQueryChanged, this, &TrendsController::askAuthors);
    connect(m_view, &TrendsView::papersWanted, this, &TrendsController::papersWanted);
    connect(m_view, &TrendsView::closeRequested, this, &TrendsController::closeRequested);
    connect(m_view, &TrendsView::hideTermRequested, this, [this](const QString& term) {
        m_hidden.insert(term);
        save();
        trends::RisingOptions options;
        options.limit = risingLimit;
        options.hidden = m_hidden;
        m_service->rising(options);
    });
    connect(m_service.get(), &TrendsService::chartReady, this, [this](const trends::Chart& chart) {
        m_view->showChart(chart);
        save();
    });
    connect(m_service.get(), &TrendsService::risingReady, m_view, &TrendsView::showRising);
    connect(m_service.get(), &TrendsService::authorsReady, m_view, &TrendsView::showAuthors);
    return m_view;
}

void TrendsController::opened()
{
    view();
    askChart();
    askAuthors();
    if (!m_risingAsked) {
        trends::RisingOptions options;
        options.limit = risingLimit;
        options.hidden = m_hidden;
        m_service->rising(options);
        m_risingAsked = true;
    }
}

void TrendsController::cacheChanged()
{
    m_risingAsked = false;
    if (m_view && m_view->isVisible())
        opened();
}

void TrendsController::askChart()
{
    m_service->chart(m_view->request());
}

void TrendsController::askAuthors()
{
    const QStringList queries = m_view->queries();
    const QString query = queries.value(m_view->whoQuery());
    if (query.isEmpty()) {
        m_view->showAuthors(QString(), {});
        return;
    }
    const trends::ChartRequest request = m_view->request();
    m_service->authors(query, request.from, request.to, whoLimit);
}

void TrendsController::save() const
{
    namespace session = core::session;
    core::Settings settings;
    settings.write(session::trendsQueries, m_view->queries());
    settings.write(session::trendsGrain, trends::grainName(m_view->grain()));
    settings.write(session::trendsValues, m_view->values() == ChartValues::Count
                                              ? QStringLiteral("count")
                                              : QStringLiteral("share"));
    const auto range = m_view->range();
    settings.write(session::trendsFrom, range ? range->first : QDate());
    settings.write(session::trendsTo, range ? range->second : QDate());
    settings.write(session::trendsHiddenTerms, QStringList(m_hidden.cbegin(), m_hidden.cend()));
    settings.write(session::trendsLastChart, chartToJson(m_view->chart()));
}

void TrendsController::restore()
{
    namespace session = core::session;
    const core::Settings settings;
    QStringList queries = settings.read(session::trendsQueries);
    if (queries.isEmpty()) // all removed: the view opens on the example queries again
        queries = session::trendsQueries.defaultValue;
    m_view->setQueries(queries);
    m_view->setGrain(
        trends::grainFrom(settings.read(session::trendsGrain)).value_or(trends::Grain::Week));
    m_view->setValues(settings.read(session::trendsValues) == QLatin1String("count")
                          ? ChartValues::Count
                          : ChartValues::Share);
    const QDate from = settings.read(session::trendsFrom);
    const QDate to = settings.read(session::trendsTo);
    m_view->setRange(from.isValid() && to.isValid() ? std::optional(std::make_pair(from, to))
                                                    : std::nullopt);
    const QStringList hidden = settings.read(session::trendsHiddenTerms);
    m_hidden = QSet<QString>(hidden.cbegin(), hidden.cend());
    if (const auto chart = chartFromJson(settings.read(session::trendsLastChart)))
        m_view->showChart(*chart);
}

void TrendsController::exportChart()
{
    view();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        m_context.window(), tr("Export Chart"), QStringLiteral("trends.png"),
        tr("PNG image (*.png);;SVG image (*.svg);;Series as CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (!writeChart(path))
        QMessageBox::warning(m_context.window(), tr("Export Chart"),
                             tr("Could not write %1.").arg(QFileInfo(path).fileName()));
}

bool TrendsController::writeChart(const QString& path)
{
    TrendsView* trendsView = view();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QChartView* chart = trendsView->chartView();
    const QSize size = chart->size().isEmpty() ? QSize(900, 500) : chart->size();
    if (suffix == QLatin1String("csv")) {
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) &&
               file.write(chartCsv(trendsView->chart()).toUtf8()) >= 0 && file.commit();
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("Paperboy trends"));
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        chart->resize(size);
        chart->render(&painter);
        return painter.end();
    }
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->resize(size);
        chart->render(&painter);
    }
    return image.save(path, "PNG");
}

} // namespace paperboy::ui
