#pragma once

#include "store/cache/CacheReader.h"
#include "ui/list/PaperFilterProxy.h"

#include <QDate>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace paperboy::ui {

class Actions;
class EmptyStateWidget;
class PaperListModel;
class ThumbnailSource;

// The middle pane: filter field, sort choice and the day's papers, or, when there is nothing
// to list, a page that says why and offers the way out.
class PaperListPane final : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Papers, NoCache, NoDigest, NoMatch };

    explicit PaperListPane(const Actions& actions, QWidget* parent = nullptr);

    void showPapers(QDate day, const QList<store::PaperListItem>& items,
                    const QSet<QString>& bookmarks);
    // Every author of `day`'s papers, for the filter (ignored when another day is shown).
    void setAllAuthors(QDate day, const QHash<QString, QString>& authorsById);
    // The same day again with fresh content (sync updated it): the selected paper stays
    // selected and the list stays where it was scrolled, with no page flashing in between.
    void refreshPapers(const QList<store::PaperListItem>& items, const QSet<QString>& bookmarks);
    // The stars only, in place: the list and its selection stay as they are.
    void setBookmarks(const QSet<QString>& bookmarks);
    void setReadIds(const QSet<QString>& readIds);
    // The ids of the day's papers, in digest order (for "Mark Day as Read").
    QStringList dayPaperIds() const;
    void showNoCache();
    // The page without a cache says why the cache is empty: it was damaged and set aside.
    void showCacheNotice(const QString& notice);
    void showNoDigest(QDate day, std::optional<QDate> nearest);
    // The page on show; NoMatch when a filter hides every paper of the day.
    Page page() const;

    void setSortMode(PaperFilterProxy::SortMode mode);
    PaperFilterProxy::SortMode sortMode() const;
    // The For you order of the day (places by paper id) and its reasons; `hint` says, while
    // the order falls back to votes, what it needs (shown in For you order only).
    void setForYouOrder(const QHash<QString, int>& places, const QHash<QString, QStringList>& why,
                        const QString& hint);
    QLabel* forYouHint() const { return m_forYouHint; }
    // The commands of a row's context menu (they act on the paper on show: the row is
    // selected first).
    void setRowActions(const QList<QAction*>& actions) { m_rowActions = actions; }

    // Empty when no paper is selected.
    QString currentPaperId() const;
    // False when the paper is not listed (e.g. filtered out).
    bool selectPaper(const QString& id);
    bool selectFirstPaper();
    void moveSelection(int rows);

    void focusFilter();
    void clearFilter();

    // Draws real thumbnails from `source` (not owned); an arrival repaints only its row.
    void setThumbnails(ThumbnailSource* source);

    PaperListModel* model() const { return m_model; }
    PaperFilterProxy* proxy() const { return m_proxy; }
    QListView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    QComboBox* sortBox() const { return m_sortBox; }
    // The page shown for an empty list; null until that page was first needed.
    EmptyStateWidget* emptyState(Page page) const;

signals:
    // Empty id when the selection became empty.
    void currentPaperChanged(const QString& id);
    // The reader clicked a row's star.
    void bookmarkClicked(const QString& id);
    // Enter or double-click on a row.
    void paperActivated(const QString& id);
    // The filter is in use on `day`, whose rows know only their first authors: the answer is
    // setAllAuthors(), at once or later.
    void allAuthorsWanted(QDate day);

private:
    void applyFilter(const QString& text);
    void updateForYouHint();
    void showRowMenu(const QPoint& position);
    void wantAllAuthors();
    void updatePage();
    void selectProxyRow(int row);
    // Makes the page for NoCache, NoDigest or NoMatch when first needed.
    EmptyStateWidget* emptyStatePage(Page page);

    const Actions& m_actions;
    PaperListModel* m_model = nullptr;
    PaperFilterProxy* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_sortBox = nullptr;
    QLabel* m_forYouHint = nullptr;
    QString m_forYouHintText;
    QList<QAction*> m_rowActions;
    QStackedWidget* m_stack = nullptr;
    QListView* m_view = nullptr;
    EmptyStateWidget* m_noCache = nullptr;
    EmptyStateWidget* m_noDigest = nullptr;
    EmptyStateWidget* m_noMatch = nullptr;
    // Papers, NoCache or NoDigest; an empty list until the window shows a day, so that no
    // empty-state page is made for the moment between building the pane and showing a day.
    Page m_dayState = Page::Papers;
    QString m_keptPaper; // while refreshPapers re-selects it: not a change
};

} // namespace paperboy::ui
