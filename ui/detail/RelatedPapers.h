#pragma once

#include "search/Searcher.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace paperboy::ui {

// "More like this" under the paper: the cached papers most like the one shown (the window asks
// the search thread, Searcher::related), as plain text lines with their day. The section keeps
// its height from the first paper on, so the answers arriving move nothing around them.
class RelatedPapers final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxPapers = 5;

    explicit RelatedPapers(QWidget* parent = nullptr);

    // A new paper is on show: its answer is awaited.
    void clearFor(const QString& paperId);
    // How many lines the list shows at once (a scroll bar for the rest when fewer than all).
    void setVisibleRows(int rows);
    // The answer for `paperId`; ignored when another paper is on show by now.
    void setPapers(const QString& paperId, const QList<search::SearchHit>& hits);
    QString paperId() const { return m_paperId; }
    bool hasAnswer() const { return m_answered; } // for paperId()
    QListWidget* list() const { return m_list; }

signals:
    // Enter or a double click: show that paper (in its day).
    void paperChosen(const QString& paperId);

private:
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QString m_paperId;
    bool m_answered = false;
};

} // namespace paperboy::ui
