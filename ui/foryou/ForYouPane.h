#pragma once

#include "rank/ForYou.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace paperboy::ui {

class ForYouListModel;

// The navigator's For you tab: the best papers of the last 7 (or 30) cached days for this
// reader, each with its day, and a line that says what the ranking needs or is doing.
class ForYouPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ForYouPane(QWidget* parent = nullptr);

    // The ranked period (bookmarked papers already left out).
    void setPapers(const rank::ForYouList& list);
    void setDismissed(const QSet<QString>& dismissed);
    // The line above the list: the cold-start hint, "Ranking…", or nothing.
    void setMessage(const QString& message);
    int periodDays() const;
    void setPeriodDays(int days);

    ForYouListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QComboBox* periodBox() const { return m_period; }
    QLabel* messageLabel() const { return m_message; }

signals:
    // The tab is on show (each time): its list is ranked only once it has been seen.
    void shown();
    void periodChanged(int days);
    // The reader chose a paper: show it in the detail pane.
    void paperChosen(const QString& paperId);
    // Enter or a double click: show it in its day's list.
    void dayWanted(const QString& paperId, QDate day);

protected:
    void showEvent(QShowEvent* event) override;

private:
    ForYouListModel* m_model = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_message = nullptr;
    QListView* m_view = nullptr;
};

} // namespace paperboy::ui
