// File → Export Digest… in the real window: Ctrl+Shift+E offers a file named after the day, the
// digest written reads back through the real reader with the day's papers in the list's order,
// a file that cannot be written gets a plain-text message naming it, and a day without a
// cached digest says there is nothing to export.
#include "UiTestSupport.h"
#include "parse/MarkdownDigestReader.h"
#include "ui/common/Actions.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"

#include <QAction>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>

using namespace paperboy;
using namespace paperboy::uitest;

class TestDigestWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fileMenuOffersTheAction();
    void exportsTheDayShown();
    void unwritableFileGetsAMessage();
    void dayWithoutDigestHasNothingToExport();

private:
    // Ctrl+Shift+E, then the file dialog's Save with `path`; the signal's arguments.
    QList<QVariant> exportVia(ui::MainWindow& window, const QString& path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDigestWindow::init()
{
    forgetWindowState();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
}

QList<QVariant> TestDigestWindow::exportVia(ui::MainWindow& window, const QString& path)
{
    QSignalSpy exported(&window, &ui::MainWindow::digestExported);
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return {};
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QFileDialog* files = nullptr;
    if (!QTest::qWaitFor([&] {
            return (files = window.findChild<QFileDialog*>(
                        QStringLiteral("exportDigestFileDialog"))) != nullptr;
        }))
        return {};
    // The offered name is the day's, so that a folder of exports imports day by day.
    const QString offered = window.currentDay().toString(Qt::ISODate) + QStringLiteral(".md");
    if (files->selectedFiles().value(0).section(QLatin1Char('/'), -1) != offered) {
        qWarning("offered %s", qPrintable(files->selectedFiles().value(0)));
        return {};
    }
    files->selectFile(path);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as the Save button
    if (!QTest::qWaitFor([&] { return !exported.isEmpty(); }))
        return {};
    return exported.constFirst();
}

void TestDigestWindow::fileMenuOffersTheAction()
{
    auto window = openWindow(m_dir->path());
    QAction* action = window->actions().exportDigest;
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QList<QAction*> menus = window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QMenu* file = menus.constFirst()->menu();
    QVERIFY(file->actions().contains(action));
    // No other action of the window answers the same keys.
    for (const QAction* other : window->findChildren<QAction*>()) {
        if (other != action)
            QVERIFY2(!other->shortcuts().contains(action->shortcut()),
                     qPrintable(other->objectName()));
    }
}

void TestDigestWindow::exportsTheDayShown()
{
    auto window = openWindow(m_dir->path());
    const QDate day(2024, 3, 5); // Korean digest and Hugging Face day: some papers lack Korean
    window->showDay(day);
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    QStringList listed;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        listed.append(view->model()->index(row, 0).data(ui::PaperListModel::IdRole).toString());

    const QString path = m_dir->filePath(QStringLiteral("digest.md"));
    const QList<QVariant> signal = exportVia(*window, path);
    QCOMPARE(signal.size(), 3);
    QCOMPARE(signal.at(0).toString(), path);
    QCOMPARE(signal.at(1).toInt(), int(listed.size()));
    QVERIFY(signal.at(2).toInt() > 0);
    QVERIFY(signal.at(2).toInt() < int(listed.size()));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("had no Korean text")),
             qPrintable(window->statusBar()->currentMessage()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const parse::ParseResult read = parse::MarkdownDigestReader::read(file.readAll(), path, day);
    QVERIFY2(read.digest, qPrintable(read.error));
    QStringList written;
    int withSections = 0;
    for (const core::Paper& paper : read.digest->papers) {
        written.append(paper.id.id());
        withSections += paper.sections.isEmpty() ? 0 : 1;
    }
    QCOMPARE(written, listed);
    QCOMPARE(withSections, int(listed.size()) - signal.at(2).toInt());
}

void TestDigestWindow::unwritableFileGetsAMessage()
{
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(window->paperList()->view()->model()->rowCount() > 0);
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/digest.md"));
    const QList<QVariant> signal = exportVia(*window, path);
    QCOMPARE(signal.size(), 3);
    QVERIFY(signal.at(0).toString().isEmpty());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("digestExportFailed"))) !=
                nullptr);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
    box->close();
    QVERIFY(!QFile::exists(path));
}

void TestDigestWindow::dayWithoutDigestHasNothingToExport()
{
    auto window = openWindow(m_dir->path());
    window->showDay(QDate(2024, 3, 6)); // between cached days
    QCOMPARE(window->currentDay(), QDate(2024, 3, 6));
    window->actions().exportDigest->trigger();
    QVERIFY(window->findChild<QFileDialog*>(QStringLiteral("exportDigestFileDialog")) == nullptr);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("nothing to export")),
             qPrintable(window->statusBar()->currentMessage()));
}

PAPERBOY_UI_TEST_MAIN(TestDigestWindow)
#include "TestDigestWindow.moc"
