#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace paperboy::ui {

// The shown paper's note, under the detail pane: plain text (markdown is kept as typed, never
// rendered here), saved by itself a moment after the last keystroke, when another paper is
// shown and when the window closes. The editor asks for saving (saveRequested); the window
// passes that to the user-data thread and reports back with saved().
class NoteEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit NoteEditor(QWidget* parent = nullptr);

    static constexpr int saveDelayMs = 800;

    // Another paper: a pending edit of the previous one is saved first; the editor is
    // read-only until loaded() brings this paper's note.
    void showPaper(const QString& paperId);
    void loaded(const QString& paperId, const QString& text, bool ok, const QString& error);
    void saved(const QString& paperId, bool ok, const QString& error);
    // The editor's height in lines of text; the rest scrolls.
    void setVisibleLines(int lines);
    // Saves a pending edit now (paper switch, window close).
    void flush();
    // Other machines' changes came in (library sync): true when the shown note may be read
    // again, and then loaded() takes the answer. Not while it is being typed in, or an edit
    // waits to be saved: the typist's text is not replaced under their hands.
    bool expectReload();

    QString paperId() const { return m_paperId; }
    bool hasPendingEdit() const { return m_dirty; }
    QPlainTextEdit* editor() const { return m_edit; }
    QString statusText() const;

signals:
    void saveRequested(const QString& paperId, const QString& text);
    // Esc in the editor: the note is kept (saved now) and the keys go back to the list.
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEdited();

    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_edit = nullptr;
    QTimer m_saveTimer;
    QString m_paperId;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace paperboy::ui
