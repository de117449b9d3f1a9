#pragma once

#include "store/user/Watch.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;

namespace paperboy::ui {

class WatchListModel;

// The navigator's Watches tab: every watch with its new count (bold when some are new, "…"
// while counting), and the commands on the watch chosen, by context menu and keys (Enter opens,
// F2 renames, Shift+F2 edits the query, Delete deletes, Ctrl+Up/Down move it). It only asks:
// the WatchesController acts.
class WatchesPane final : public QWidget
{
    Q_OBJECT
public:
    explicit WatchesPane(QWidget* parent = nullptr);

    WatchListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    // The watch under the cursor, empty when none.
    QString currentName() const;
    void selectWatch(const QString& name);

    QAction* openAction() const { return m_open; }
    QAction* renameAction() const { return m_rename; }
    QAction* editQueryAction() const { return m_editQuery; }
    QAction* deleteAction() const { return m_delete; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }
    QAction* exportFeedAction() const { return m_exportFeed; }
    QAction* undoDeleteAction() const { return m_undoDelete; } // enabled by the controller

signals:
    void openRequested(const QString& name);
    void renameRequested(const QString& name);
    void editQueryRequested(const QString& name);
    void deleteRequested(const QString& name);
    void moveRequested(const QString& name, int step); // -1 up, +1 down
    void exportFeedRequested(const QString& name);

private:
    QAction* addCommand(const QString& text, const QKeySequence& key,
                        void (WatchesPane::*request)(const QString&));
    void updateEmptyHint();

    WatchListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_emptyHint = nullptr;
    QAction* m_open = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_editQuery = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_exportFeed = nullptr;
    QAction* m_undoDelete = nullptr;
};

} // namespace paperboy::ui
