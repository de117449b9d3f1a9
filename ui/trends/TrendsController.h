#pragma once

#include "trends/TrendsReader.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace paperboy::ui {

class FeatureContext;
class TrendsService;
class TrendsView;

// Go → Trends: the TrendsView, its reader thread (TrendsService) and what is remembered of it
// (the queries, period, range, share or count, hidden terms and the last chart, shown at once
// when the view opens while the new one is computed), and File → Export Chart….
class TrendsController final : public QObject
{
    Q_OBJECT
public:
    explicit TrendsController(FeatureContext& context, QObject* parent = nullptr);
    ~TrendsController() override;

    // Built on first use, parented to the window.
    TrendsView* view();
    // The view is about to show: the remembered chart first, then the current one.
    void opened();
    // Days were written or removed: what is on show is counted again.
    void cacheChanged();
    // Asks for a file and writes the chart there as PNG or SVG, or its series as CSV.
    void exportChart();
    // Writes the chart as the file name's extension says (png, svg or csv); false on failure.
    bool writeChart(const QString& path);

signals:
    // The papers behind a point, an author or a term, as a query in the search language.
    void papersWanted(const QString& query);
    void closeRequested();

private:
    void askChart();
    void askAuthors();
    void save() const;
    void restore();

    FeatureContext& m_context;
    std::unique_ptr<TrendsService> m_service;
    TrendsView* m_view = nullptr;
    QSet<QString> m_hidden;
    bool m_risingAsked = false;
};

} // namespace paperboy::ui
