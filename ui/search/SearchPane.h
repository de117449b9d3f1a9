#pragma once

#include "search/Searcher.h"

#include <QDate>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace paperboy::ui {

class SearchResultsModel;
class SearchService;

// The archive search that takes the day list's place: a field whose every edit asks the
// search thread (SearchService) and a list of the answers with their day, votes and snippet.
// Only the answer to the newest edit is ever shown. Esc asks to go back to the day.
// "week:2024-W51" or "month:2024-12" in the field lists that period's most voted papers (the
// week and month views); Alt+Left and Alt+Right then step to the period before or after.
class SearchPane final : public QWidget
{
    Q_OBJECT
public:
    SearchPane(SearchService& service, QWidget* parent = nullptr);

    // Focuses the field with its text selected, ready to type over.
    void activate();
    QString currentPaperId() const;
    // The words, prefixes, phrases and author names the field searches for, to mark in the
    // detail pane (none for a week or month view).
    QStringList highlightTerms() const;
    // Shows the week's or month's top papers for the period holding `day`.
    enum class Period { Week, Month };
    void showPeriod(Period period, QDate day);
    // The period the field names ("week:YYYY-Www", "month:YYYY-MM"), if it names one.
    struct NamedPeriod
    {
        Period period;
        QDate first;
        QDate last;
    };
    static std::optional<NamedPeriod> periodFrom(const QString& text);
    // A watch's results (WatchesController), newest first, the new ones marked; the field
    // shows its query. Editing the field searches as usual again.
    void showWatch(const QString& name, const QString& query, const QList<search::SearchHit>& hits,
                   const QSet<qint64>& newKeys, bool more);
    // The watch on show, empty when the field's own search is.
    QString watchName() const { return m_watchName; }
    // Save as Watch: asks to keep the field's query (empty for none or a week or month view).
    void requestSaveAsWatch();
    // The order of search results (not of a week's or month's tops, always by votes).
    search::Sort sort() const;
    void setSort(search::Sort sort);

    QLineEdit* field() const { return m_field; }
    QListView* view() const { return m_view; }
    QLabel* status() const { return m_status; }
    QComboBox* sortBox() const { return m_sort; }
    SearchResultsModel* model() const { return m_model; }
    QPushButton* showMoreButton() const { return m_more; }
    QPushButton* saveAsWatchButton() const { return m_saveAsWatch; }
    // Results asked for at a time; Show More asks for the next page.
    static constexpr int pageSize = 100;

signals:
    void closeRequested();
    void saveAsWatchRequested(const QString& query);
    // The field's query changed: what the detail pane marks changes with it.
    void queryChanged();
    void currentPaperChanged(const QString& id);
    void paperActivated(const QString& id);
    // Every answer shown, for tests and benchmarks.
    void resultsShown(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void query(const QString& text);
    void stepPeriod(int direction); // -1 or +1
    // The search for m_field's text with m_limit results. The one place that asks for results:
    // when app/search answers pages (an offset), Show More asks for the next page here.
    void requestResults();
    void showMore();
    void showHits(const QList<search::SearchHit>& hits, const search::SearchSummary& summary);
    QString statusText(const QList<search::SearchHit>& hits,
                       const search::SearchSummary& summary) const;

    SearchService& m_service;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_sort = nullptr;
    QListView* m_view = nullptr;
    SearchResultsModel* m_model = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_saveAsWatch = nullptr;
    QString m_watchName;
    search::Sort m_sortBeforeWatch = search::Sort::Relevance;
    int m_limit = pageSize;
    bool m_loadingMore = false; // the answer keeps the reader's place in the list
    // What the field asks for now; an answer of the other kind is an older request's.
    bool m_showingPeriod = false;
};

} // namespace paperboy::ui
