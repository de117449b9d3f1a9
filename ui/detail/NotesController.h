#pragma once

#include <QObject>

namespace paperboy::ui {

class Actions;
class FeatureContext;
class DetailView;

// Notes: the editor under the paper loads the shown paper's note from the user-data thread
// and hands every save back to it. The thread writes in order, so a save queued before the
// window closes is written before the file is closed.
class NotesController final : public QObject
{
    Q_OBJECT
public:
    NotesController(FeatureContext& context, const Actions& actions, DetailView& detail,
                    QObject* parent = nullptr);

    // Hands an edit not saved yet to the thread (the window closes).
    void flush();
    // Reads the shown note again (other machines' changes came in), unless it is being edited.
    void reloadShownNote();

private:
    DetailView& m_detail;
    FeatureContext& m_context;
};

} // namespace paperboy::ui
