#pragma once

#include "ui/search/SearchResultsModel.h" // search::SearchHit as a meta type

#include <QObject>
#include <QTimer>

#include <memory>

class QSplitter;
class QWidget;

namespace paperboy::ui {

class FeatureContext;
class FirstInput;
class SearchPane;
class SearchService;

// The archive search, which takes the day list's place in the splitter while it is open, and
// "More like this" for the paper on show, each on a thread of its own so that a long
// similarity query never delays a search.
class SearchController final : public QObject
{
    Q_OBJECT
public:
    // A paper shown this long gets its similar papers: paging through a list with J and K asks
    // nothing for the papers passed.
    static constexpr int relatedDelayMs = 250;

    // `list`: the day list the pane stands in for; `sort`: remembered from the last run.
    SearchController(FeatureContext& context, QSplitter& splitter, QWidget& list, int sort,
                     QObject* parent = nullptr);
    ~SearchController() override;

    // Null until the search was first opened.
    SearchPane* pane() const { return m_pane; }
    bool isSearching() const;
    int sort() const;

    void open();
    void close();
    // The pane as the week's (or month's) view of the day shown: its most voted papers.
    void openTop(bool month);

    // The search pane shows a watch's results (WatchesController), the new ones marked.
    void showWatch(const QString& name, const QString& query, const QList<search::SearchHit>& hits,
                   const QSet<qint64>& newKeys, bool more);
    // The query in the search field, as Save Search as Watch keeps it; empty when closed.
    void saveAsWatch();

    // A paper went on show: its `limit` most similar papers are asked for after relatedDelayMs.
    // The paper the window opened on waits until the reader first acts (FirstInput) or another
    // paper is shown: its query runs over the whole archive, and the start-up has better use
    // for that second than a list nobody asked for yet.
    void relatedWanted(int limit);
    void setArchiveEmpty(bool empty) { m_archiveEmpty = empty; }

signals:
    void paperChosen(const QString& paperId, const QStringList& highlightTerms);
    // The query changed: the paper on show keeps its place, its marks follow the query.
    void highlightChanged(const QStringList& highlightTerms);
    void paperActivated(const QString& paperId);
    void closed();
    void saveAsWatchRequested(const QString& query);
    void relatedFound(const QString& paperId, const QList<paperboy::search::SearchHit>& hits);

private:
    void askRelated();
    void releaseRelated();

    FeatureContext& m_context;
    QSplitter& m_splitter;
    QWidget& m_list;
    int m_sort = 0;
    std::unique_ptr<SearchService> m_service;
    SearchPane* m_pane = nullptr;
    std::unique_ptr<SearchService> m_relatedService;
    QTimer m_relatedTimer;
    FirstInput* m_firstInput = nullptr; // null once released
    QString m_heldFor;                  // the start-up paper whose similar papers wait
    quint64 m_relatedTicket = 0;
    int m_relatedLimit = 0;
    QString m_relatedFor;
    bool m_archiveEmpty = true;
};

} // namespace paperboy::ui
