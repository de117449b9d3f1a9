// The window's side of notes: the editor under the paper loads the shown paper's note from the
// user-data thread and hands every save back to it. The thread writes in order, so a save
// queued before the window closes is written before the file is closed.
#include "ui/detail/DetailView.h"
#include "ui/detail/NoteEditor.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/UserDataThread.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/window/Actions.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QListView>
#include <QPlainTextEdit>
#include <QStatusBar>

namespace paperboy::ui {

void MainWindow::connectNotes()
{
    NoteEditor* note = m_detail->noteEditor();
    m_detail->addPaperAction(m_actions->toggleBookmark);
    connect(m_detail, &DetailView::paperShown, this, [this, note](const QString& id) {
        if (note->paperId() == id)
            return; // the same paper built again (a sync, a new palette): the editor stays
        note->showPaper(id);
        m_user->loadNote(id);
    });
    connect(m_user.get(), &UserDataThread::noteLoaded, note, &NoteEditor::loaded);
    connect(note, &NoteEditor::saveRequested, m_user.get(), &UserDataThread::setNote);
    connect(m_user.get(), &UserDataThread::noteWritten, this,
            [this, note](const QString& id, bool ok, const QString& error) {
                note->saved(id, ok, error);
                if (!ok && id != note->paperId())
                    statusBar()->showMessage(tr("The note on %1 was not saved: %2").arg(id, error));
            });
    connect(note, &NoteEditor::leaveRequested, this, [this] {
        if (isSearching())
            m_searchPane->view()->setFocus(Qt::ShortcutFocusReason);
        else if (m_bookmarksPane->isVisible())
            m_bookmarksPane->view()->setFocus(Qt::ShortcutFocusReason);
        else
            m_list->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_actions->editNote, &QAction::triggered, this, [note] {
        if (note->isVisible())
            note->editor()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::flushNote()
{
    m_detail->noteEditor()->flush();
}

} // namespace paperboy::ui
