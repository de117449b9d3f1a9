// Notes in the real window: N goes to the editor under the paper, what is typed is saved by
// itself after a pause, on a paper switch and when the window closes, and comes back with the
// paper; the detail pane's Bookmark button is the window's Bookmark action.
#include "UiTestSupport.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/NoteEditor.h"
#include "ui/list/PaperListPane.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QToolButton>

using namespace paperboy;
using namespace paperboy::uitest;

class TestNotesWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        forgetWindowState();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QCOMPARE(importFixtures(m_dir->path()), QStringList());
    }

    void noteIsSavedAfterAPauseAndComesBack()
    {
        auto window = openWindow(m_dir->path());
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        ui::NoteEditor* note = window->detailView()->noteEditor();
        QTRY_VERIFY(!note->editor()->isReadOnly()); // loaded
        const QString first = window->currentPaperId();
        QTest::keyClick(window.get(), Qt::Key_N);
        QTRY_VERIFY(note->editor()->hasFocus());
        // Korean goes in as an input method would commit it; QTest types ASCII only.
        note->editor()->insertPlainText(QStringLiteral("읽을 것:"));
        QTest::keyClicks(note->editor(), QStringLiteral(" ablation, sec. 4"));
        QVERIFY(note->hasPendingEdit());
        QTRY_COMPARE_WITH_TIMEOUT(note->statusText(), ui::NoteEditor::tr("Saved"), 5000);
        QCOMPARE(savedNote(first), QStringLiteral("읽을 것: ablation, sec. 4"));

        // Typing J in the note is text, not "next paper".
        QTest::keyClicks(note->editor(), QStringLiteral(" j"));
        QCOMPARE(window->currentPaperId(), first);

        // Another paper: the pending edit is saved at once, the editor shows that paper's note.
        window->paperList()->view()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_J);
        QTRY_VERIFY(window->currentPaperId() != first);
        QTRY_VERIFY(note->paperId() == window->currentPaperId() && !note->editor()->isReadOnly());
        QVERIFY(note->editor()->toPlainText().isEmpty());
        QTRY_COMPARE(savedNote(first), QStringLiteral("읽을 것: ablation, sec. 4 j"));
        QTest::keyClick(window.get(), Qt::Key_K);
        QTRY_COMPARE(note->editor()->toPlainText(), QStringLiteral("읽을 것: ablation, sec. 4 j"));
    }

    // Esc leaves the note as it leaves the filter: the note is kept and J moves to the next
    // paper instead of typing into the note.
    void escapeHandsTheKeysBackToTheList()
    {
        auto window = openWindow(m_dir->path());
        ui::NoteEditor* note = window->detailView()->noteEditor();
        QTRY_VERIFY(!note->paperId().isEmpty() && !note->editor()->isReadOnly());
        const QString first = window->currentPaperId();
        QTest::keyClick(window.get(), Qt::Key_N);
        QTRY_VERIFY(note->editor()->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ok"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window->paperList()->view()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QTRY_VERIFY(window->currentPaperId() != first);
        QTRY_COMPARE(savedNote(first), QStringLiteral("ok"));
    }

    void editJustTypedSurvivesClosingTheWindow()
    {
        QString id;
        {
            auto window = openWindow(m_dir->path());
            ui::NoteEditor* note = window->detailView()->noteEditor();
            QTRY_VERIFY(!note->paperId().isEmpty() && !note->editor()->isReadOnly());
            id = note->paperId();
            note->editor()->setFocus();
            QTest::keyClicks(note->editor(), QStringLiteral("closing now"));
            QVERIFY(note->hasPendingEdit()); // closed before the pause is over
        }
        QCOMPARE(savedNote(id), QStringLiteral("closing now"));
    }

    void detailPaneBookmarkButtonIsTheBookmarkAction()
    {
        auto window = openWindow(m_dir->path());
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        auto* bar = window->detailView()->findChild<QToolBar*>(QStringLiteral("detailPaperBar"));
        QVERIFY(bar && bar->isVisible());
        QAction* bookmark = window->actions().toggleBookmark;
        auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(bookmark));
        QVERIFY(button);
        QVERIFY(!bookmark->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(bookmark->isChecked());
        QVERIFY(window->bookmarkedIds().contains(window->currentPaperId()));
    }

private:
    QString savedNote(const QString& id)
    {
        QString error;
        auto store = store::UserStore::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        if (!store) {
            qWarning("cannot open the user store: %s", qPrintable(error));
            return {};
        }
        return store->note(id).value_or(QString());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

PAPERBOY_UI_TEST_MAIN(TestNotesWindow)
#include "TestNotesWindow.moc"
