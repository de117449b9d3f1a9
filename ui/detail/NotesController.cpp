#include "ui/detail/NotesController.h"

#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/NoteEditor.h"

#include <QAction>
#include <QPlainTextEdit>

namespace paperboy::ui {

NotesController::NotesController(FeatureContext& context, const Actions& actions,
                                 DetailView& detail, QObject* parent)
    : QObject(parent), m_detail(detail), m_context(context)
{
    NoteEditor* note = detail.noteEditor();
    UserDataThread& user = context.userData();
    connect(&detail, &DetailView::paperShown, this, [note, &user](const QString& id) {
        if (note->paperId() == id)
            return; // the same paper built again (a sync, a new palette): the editor stays
        note->showPaper(id);
        user.loadNote(id);
    });
    connect(&user, &UserDataThread::noteLoaded, note, &NoteEditor::loaded);
    connect(note, &NoteEditor::saveRequested, &user, &UserDataThread::setNote);
    connect(&user, &UserDataThread::noteWritten, this,
            [&context, note](const QString& id, bool ok, const QString& error) {
                note->saved(id, ok, error);
                if (!ok && id != note->paperId())
                    context.showStatus(tr("The note on %1 was not saved: %2").arg(id, error), 0);
            });
    connect(actions.editNote, &QAction::triggered, this, [note] {
        if (note->isVisible())
            note->editor()->setFocus(Qt::ShortcutFocusReason);
    });
}

void NotesController::flush()
{
    m_detail.noteEditor()->flush();
}

void NotesController::reloadShownNote()
{
    NoteEditor* note = m_detail.noteEditor();
    if (note->expectReload())
        m_context.userData().loadNote(note->paperId());
}

} // namespace paperboy::ui
