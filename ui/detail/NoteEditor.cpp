#include "ui/detail/NoteEditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace paperboy::ui {

NoteEditor::NoteEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("noteEditor"));
    m_heading = new QLabel(tr("&Note"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setTextFormat(Qt::PlainText); // may carry an SQLite error text
    m_status->setEnabled(false);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setTabChangesFocus(true); // Tab leaves the note, as everywhere else in the window
    m_edit->setReadOnly(true);
    m_heading->setBuddy(m_edit);
    setVisibleLines(4);

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 10);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_edit);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NoteEditor::onEdited);
    m_edit->installEventFilter(this);
}

void NoteEditor::setVisibleLines(int lines)
{
    // A few lines: the paper stays the pane's main content.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 14);
}

bool NoteEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Esc belongs to the editor while it has the focus, before any window shortcut: it leaves
    // the note as Esc leaves the filter, so that J and K move through the papers again.
    const bool escape =
        watched == m_edit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape;
    if (!escape)
        return QWidget::eventFilter(watched, event);
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        flush();
        emit leaveRequested();
    }
    return true;
}

void NoteEditor::showPaper(const QString& paperId)
{
    if (paperId == m_paperId)
        return;
    flush();
    m_paperId = paperId;
    m_loading = true;
    const QSignalBlocker quiet(m_edit);
    m_edit->clear();
    m_edit->setReadOnly(true);
    m_edit->setPlaceholderText(tr("Loading the note…"));
    m_status->clear();
}

bool NoteEditor::expectReload()
{
    if (m_paperId.isEmpty() || m_dirty || m_loading || m_edit->hasFocus())
        return false;
    m_loading = true;
    return true;
}

void NoteEditor::loaded(const QString& paperId, const QString& text, bool ok, const QString& error)
{
    if (paperId != m_paperId || !m_loading)
        return; // an answer for a paper shown before
    m_loading = false;
    const QSignalBlocker quiet(m_edit);
    m_edit->setPlainText(text);
    m_edit->setReadOnly(!ok);
    m_edit->setPlaceholderText(ok ? tr("Your note on this paper, saved as you type")
                                  : tr("Notes cannot be opened: %1").arg(error));
}

void NoteEditor::onEdited()
{
    if (m_loading || m_paperId.isEmpty())
        return;
    m_dirty = true;
    m_status->setText(tr("Edited"));
    m_saveTimer.start();
}

void NoteEditor::flush()
{
    m_saveTimer.stop();
    if (!m_dirty || m_paperId.isEmpty())
        return;
    m_dirty = false;
    m_status->setText(tr("Saving…"));
    emit saveRequested(m_paperId, m_edit->toPlainText());
}

void NoteEditor::saved(const QString& paperId, bool ok, const QString& error)
{
    if (paperId != m_paperId)
        return;
    if (ok) {
        if (!m_dirty)
            m_status->setText(tr("Saved"));
        return;
    }
    // Kept in the editor and tried again with the next edit; never dropped.
    m_dirty = true;
    m_status->setText(tr("Not saved: %1").arg(error));
}

QString NoteEditor::statusText() const
{
    return m_status->text();
}

} // namespace paperboy::ui
