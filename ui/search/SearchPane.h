#pragma once

#include "search/Searcher.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace paperboy::ui {

class SearchResultsModel;
class SearchService;

// The archive search that takes the day list's place: a field whose every edit asks the
// search thread (SearchService) and a list of the answers with their day, votes and snippet.
// Only the answer to the newest edit is ever shown. Esc asks to go back to the day.
class SearchPane final : public QWidget
{
    Q_OBJECT
public:
    SearchPane(SearchService& service, QWidget* parent = nullptr);

    // Focuses the field with its text selected, ready to type over.
    void activate();
    QString currentPaperId() const;

    QLineEdit* field() const { return m_field; }
    QListView* view() const { return m_view; }
    QLabel* status() const { return m_status; }
    SearchResultsModel* model() const { return m_model; }

signals:
    void closeRequested();
    void currentPaperChanged(const QString& id);
    void paperActivated(const QString& id);
    // Every answer shown, for tests and benchmarks.
    void resultsShown(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void query(const QString& text);
    void showHits(const QList<search::SearchHit>& hits);

    SearchService& m_service;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QListView* m_view = nullptr;
    SearchResultsModel* m_model = nullptr;
};

} // namespace paperboy::ui
