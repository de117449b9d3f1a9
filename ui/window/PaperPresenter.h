#pragma once

#include "store/cache/CacheReader.h"

#include <QDate>
#include <QObject>
#include <QString>

class QTabWidget;
class QWidget;

namespace paperboy::ui {

class Actions;
class BookmarksPane;
class DateNavigator;
class DetailView;
class Features;
class PaperListPane;
struct DayPage;
struct WindowPanes;

// Puts the day and the paper the reader chose on the panes: the day's list (in its For you
// order when asked), the detail pane's paper, the page that says why there is none. The first
// paper waits for the detail pane's first frame, so that the window appears without waiting
// for a text layout.
class PaperPresenter final : public QObject
{
    Q_OBJECT
public:
    PaperPresenter(QWidget& window, const WindowPanes& panes, Actions& actions, Features& features);

    // The paper the detail pane shows, or is about to before its first paint.
    QString paperOnScreen() const;

    void showDay(const DayPage& page);
    // The day was written again while on show: the list in place, the paper if it changed.
    void refreshDay(const QList<store::PaperListItem>& items);
    void showPaper(const QString& paperId);
    // Built again: what it shows changed (its summary, the font, the images allowed).
    void renderShownPaper();
    void renderIfShown(const QString& paperId);
    // Leaves the search or the tabs for the paper's day, the paper selected. `knownDay` when
    // the cache no longer holds the paper.
    void showPaperInItsDay(const QString& paperId, QDate knownDay = {});
    void setDetailFontSize(int points); // 0: the desktop's

signals:
    void dayShown(QDate day);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void renderPaper(const QString& paperId);
    void updatePaperActions(bool cached);

    QWidget& m_window;
    Actions& m_actions;
    Features& m_features;
    DateNavigator* m_navigator;
    QTabWidget* m_navigatorTabs;
    BookmarksPane* m_bookmarksPane;
    PaperListPane* m_list;
    DetailView* m_detail;

    // The paper selected while the window was being built, rendered once the detail pane has
    // painted (still empty).
    QString m_detailAfterFirstPaint;
    bool m_detailPainted = false;
};

} // namespace paperboy::ui
