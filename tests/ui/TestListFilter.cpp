// The day list's filter in the real reader window, on a cache built from the fixtures in
// tests/data/ui.
#include "UiTestSupport.h"
#include "store/cache/CacheReader.h"
#include "ui/common/Actions.h"
#include "ui/common/LinkOpener.h"
#include "ui/common/ReaderSettings.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/days/DateNavigator.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCharFormat>

using namespace paperboy;
using namespace paperboy::ui;

namespace {

const QDate march4(2024, 3, 4);
const QDate march5(2024, 3, 5);

QStringList listedIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PaperListModel::IdRole).toString());
    return ids;
}

} // namespace

class TestListFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void filterNarrowsTheListAsYouType();
    void escapeInTheFilterGivesTheKeysBackToTheList();

private:
    QTemporaryDir m_data;
};

void TestListFilter::initTestCase()
{
    QVERIFY(m_data.isValid());
    const QStringList problems = uitest::importFixtures(m_data.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestListFilter::init()
{
    uitest::forgetWindowState();
}

void TestListFilter::filterNarrowsTheListAsYouType()
{
    const auto window = uitest::openWindow(m_data.path());
    window->showDay(march5);
    QListView* view = window->paperList()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QLineEdit* filter = window->paperList()->filterField();
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(filter));

    QTest::keyClicks(filter, QStringLiteral("bak"));
    QCOMPARE(listedIds(*window->paperList()->proxy()), QStringList{QStringLiteral("2403.02002")});
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.02002"));
    QVERIFY(uitest::detailText(*window).contains(QLatin1String("Autonomous Baking")));
    // Typing j/k/o in the filter types them, it does not move or open anything.
    QTest::keyClicks(filter, QStringLiteral("ing"));
    QCOMPARE(filter->text(), QStringLiteral("baking"));

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("kim")); // an author
    QCOMPARE(listedIds(*window->paperList()->proxy()), QStringList{QStringLiteral("2403.02001")});
    // Any author, not only the few a row shows: Evan Frost is the fifth of five.
    window->showDay(march4);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("frost"));
    QCOMPARE(window->paperList()->proxy()->rowCount(), 1);
    QVERIFY(window->paperList()
                ->proxy()
                ->index(0, 0)
                .data(PaperListModel::AuthorsTextRole)
                .toString()
                .startsWith(QLatin1String("Alice Moon")));
    // The filter stays on when the day changes, and still sees every author there.
    window->showDay(march5);
    window->showDay(march4);
    QCOMPARE(window->paperList()->proxy()->rowCount(), 1);
    window->showDay(march5);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(window->paperList()->proxy()->rowCount(), window->paperList()->model()->rowCount());

    // Sorting by votes from the combo box, the menu and the shortcut.
    window->paperList()->sortBox()->setCurrentIndex(1);
    QVERIFY(window->actions().sortByVotes->isChecked());
    const QAbstractItemModel& proxy = *window->paperList()->proxy();
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant before = proxy.index(row - 1, 0).data(PaperListModel::VotesRole);
        const QVariant after = proxy.index(row, 0).data(PaperListModel::VotesRole);
        QVERIFY(!after.isValid() || before.toInt() >= after.toInt());
    }
    QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->paperList()->sortBox()->currentIndex(), 2);
    QCOMPARE(proxy.index(0, 0).data(PaperListModel::TitleRole).toString(),
             QStringLiteral("<script>alert('pwned')</script> Robust <b>Bold</b> Agents"));
    window->actions().sortByDigestOrder->trigger();
    QCOMPARE(window->paperList()->sortBox()->currentIndex(), 0);
}

void TestListFilter::escapeInTheFilterGivesTheKeysBackToTheList()
{
    const auto window = uitest::openWindow(m_data.path());
    window->showDay(march5);
    QListView* view = window->paperList()->view();
    QLineEdit* filter = window->paperList()->filterField();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(filter));
    QTest::keyClicks(filter, QStringLiteral("bak"));
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.02002"));
    QVERIFY(uitest::detailText(*window).contains(QLatin1String("Autonomous Baking")));

    // Nothing matches: the detail pane says so instead of keeping a paper the list hides.
    QTest::keyClicks(filter, QStringLiteral("jj"));
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::NoMatch);
    QCOMPARE(window->currentPaperId(), QString());
    const QString empty = uitest::detailText(*window);
    QVERIFY2(empty.contains(QLatin1String("No paper matches the filter.")), qPrintable(empty));
    QVERIFY(!empty.contains(QLatin1String("Autonomous Baking")));

    // Esc empties the filter and gives the list the keys: J and K move through the papers.
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(view));
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::Papers);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.02001"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.02002"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.02003"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.02002"));
    QVERIFY(filter->text().isEmpty());
    QVERIFY(uitest::detailText(*window).contains(QLatin1String("Autonomous Baking")));
}

PAPERBOY_UI_TEST_MAIN(TestListFilter)
#include "TestListFilter.moc"
