#pragma once

#include "trends/TrendsReader.h"
#include "ui/trends/TrendsChart.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace paperboy::ui {

// The Trends page: up to maxQueries query fields, the period, range and share/count choices,
// the chart, and beside it Rising (terms, each opening its chart) and Who (the authors of one
// query's papers). It shows what it is given and says what the reader asks for; the
// TrendsController computes.
class TrendsView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxQueries = 5;

    explicit TrendsView(QWidget* parent = nullptr);

    // What the controls ask for (empty fields left out).
    trends::ChartRequest request() const;
    QStringList queries() const;
    void setQueries(const QStringList& queries);
    ChartValues values() const;
    void setValues(ChartValues values);
    trends::Grain grain() const;
    void setGrain(trends::Grain grain);
    // nullopt: the whole archive.
    std::optional<std::pair<QDate, QDate>> range() const;
    void setRange(const std::optional<std::pair<QDate, QDate>>& range);
    // The query whose authors Who lists (an index into queries()).
    int whoQuery() const;

    void showChart(const trends::Chart& chart);
    const trends::Chart& chart() const { return m_chart; }
    void showRising(const QList<trends::RisingTerm>& terms);
    void showAuthors(const QString& query, const QList<trends::AuthorCount>& authors);
    // A term asked for from Rising: charted in place of the last query when all fields are in
    // use, else in a new one.
    void chartTerm(const QString& term);

    QChartView* chartView() const { return m_chartView; }
    QListWidget* risingList() const { return m_rising; }
    QListWidget* authorList() const { return m_authors; }
    QLineEdit* queryField(int index) const;

signals:
    void requestChanged();
    void whoQueryChanged();
    void papersWanted(const QString& query);
    void hideTermRequested(const QString& term);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLineEdit* addQueryField(const QString& text);
    void removeQueryField(QLineEdit* field);
    void updateQueryButtons();
    void redraw();
    void connectSeries();
    void refreshWhoChoices();
    // The query text that finds the papers of `query` within period `index`.
    QString periodQuery(qsizetype query, qsizetype index) const;

    QTimer* m_typing = nullptr; // a pause in typing asks for the chart
    QVBoxLayout* m_queryRows = nullptr;
    QList<QLineEdit*> m_fields;
    QPushButton* m_addQuery = nullptr;
    QComboBox* m_grain = nullptr;
    QComboBox* m_values = nullptr;
    QCheckBox* m_wholeArchive = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_rising = nullptr;
    QPushButton* m_hideTerm = nullptr;
    QComboBox* m_whoQuery = nullptr;
    QListWidget* m_authors = nullptr;
    trends::Chart m_chart;
};

} // namespace paperboy::ui
