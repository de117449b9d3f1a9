// The real reader window on a cache built from the fixtures in tests/data/ui.
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
const QDate march6(2024, 3, 6); // no digest
const QDate march7(2024, 3, 7);

QStringList listedIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PaperListModel::IdRole).toString());
    return ids;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnTheLatestCachedDay();
    void calendarMarksExactlyTheCachedDays();
    void dayListFollowsTheCacheInDigestOrder();
    void listShowsAuthorNamesAsWritten();
    void selectingAPaperShowsItsDetail();
    void detailEndFollowsTheFirstPaint();
    void calendarFollowsTheFirstFrameInItsRoom();
    void keyboardMovesThroughPapersAndDays();
    void emptyStatesOfferTheWayOut();
    void modelsPassTheModelTester();
    void stateIsRestoredAfterRestart();
    void newDigestsWinOverTheRememberedDay();
    void noBrowserSaysSoAndOffersCopyLink();
    void paperTextStartsOnTheFirstScreenAt1024x700();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& dataDir = QString());

    QTemporaryDir m_data;
    std::unique_ptr<store::CacheReader> m_reader;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    const QStringList problems = uitest::importFixtures(m_data.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QString error;
    m_reader = store::CacheReader::open(store::DataPaths::inDirectory(m_data.path()), &error);
    QVERIFY2(m_reader, qPrintable(error));
    QCOMPARE(m_reader->days().size(), 3);
}

void TestMainWindow::init()
{
    uitest::forgetWindowState();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString& dataDir)
{
    return uitest::openWindow(dataDir.isEmpty() ? m_data.path() : dataDir);
}

void TestMainWindow::opensOnTheLatestCachedDay()
{
    const auto window = openWindow();
    QCOMPARE(window->currentDay(), march7);
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::Papers);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.04001")); // first in digest order
    QTRY_VERIFY(uitest::detailText(*window).contains(QLatin1String("Sleepy Caches")));
    QCOMPARE(window->dateNavigator()->calendar()->selectedDate(), march7);
    QVERIFY(!window->actions().nextDay->isEnabled());
    QVERIFY(window->actions().previousDay->isEnabled());
    QVERIFY(window->actions().sync->isEnabled());
}

void TestMainWindow::calendarMarksExactlyTheCachedDays()
{
    const auto window = openWindow();
    const QMap<QDate, QTextCharFormat> formats =
        window->dateNavigator()->calendar()->dateTextFormat();
    QMap<QDate, int> expected;
    for (const store::DaySummary& day : m_reader->days())
        expected.insert(day.date, day.paperCount);
    QCOMPARE(formats.keys(), expected.keys());
    QCOMPARE(expected.keys(), (QList<QDate>{march4, march5, march7}));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QTextCharFormat format = formats.value(it.key());
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
        // The first line; the unread count follows once the user file is read.
        QCOMPARE(format.toolTip().section(QLatin1Char('\n'), 0, 0),
                 it.value() == 1 ? QStringLiteral("1 paper")
                                 : QStringLiteral("%1 papers").arg(it.value()));
    }
    QCOMPARE(formats.value(march4).toolTip().section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("3 papers"));
    QVERIFY(!window->dateNavigator()->calendar()->cachedDays().contains(march6));
}

void TestMainWindow::dayListFollowsTheCacheInDigestOrder()
{
    const auto window = openWindow();
    for (const QDate day : {march4, march5, march7}) {
        window->showDay(day);
        const QList<store::PaperListItem> expected = m_reader->dayList(day);
        QStringList expectedIds;
        for (const store::PaperListItem& item : expected)
            expectedIds.append(item.id);
        QCOMPARE(window->paperList()->model()->rowCount(), int(expected.size()));
        QCOMPARE(listedIds(*window->paperList()->proxy()), expectedIds);
    }
    // The order written in the fixture file itself, not only what the reader says.
    window->showDay(march4);
    QCOMPARE(listedIds(*window->paperList()->proxy()),
             (QStringList{QStringLiteral("2403.01001"), QStringLiteral("2403.01002"),
                          QStringLiteral("2403.01003")}));
    QCOMPARE(window->paperList()->model()->index(0, 0).data(PaperListModel::AuthorsTextRole),
             QStringLiteral("Alice Moon, Bora Kang, Chris Dale +2"));
}

void TestMainWindow::listShowsAuthorNamesAsWritten()
{
    // Names that need JSON escapes in the cache (quote, backslash) and names that do not.
    QTemporaryDir data;
    QTemporaryDir digests;
    QDir(digests.path()).mkpath(QStringLiteral("2024/03"));
    QFile digest(digests.filePath(QStringLiteral("2024/03/10.md")));
    QVERIFY(digest.open(QIODevice::WriteOnly));
    digest.write(QStringLiteral(
                     "## Daily Papers (2024-03-10)\n\n"
                     "### [Names](https://arxiv.org/abs/2403.09001)\n\n"
                     "Authors: Ann \"Annie\" Lee, Bo\\Kim, \uAE40\uBBFC\uC9C0, D'Arcy Moss, Eve\n\n"
                     "- ***What's New***: names.\n\n"
                     "### [Plain](https://arxiv.org/abs/2403.09002)\n\n"
                     "Authors: \uC774\uC900, Lee Jun\n\n"
                     "- ***What's New***: plain names.\n")
                     .toUtf8());
    digest.close();
    const QStringList problems = uitest::importInto(data.path(), {digests.path()});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    const auto window = openWindow(data.path());
    window->showDay(QDate(2024, 3, 10));
    const PaperListModel* model = window->paperList()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(PaperListModel::AuthorsTextRole).toString(),
             QStringLiteral("Ann \"Annie\" Lee, Bo\\Kim, \uAE40\uBBFC\uC9C0 +2"));
    QCOMPARE(model->index(1, 0).data(PaperListModel::AuthorsTextRole).toString(),
             QStringLiteral("\uC774\uC900, Lee Jun"));
}

void TestMainWindow::selectingAPaperShowsItsDetail()
{
    const auto window = openWindow();
    window->showDay(march4);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.01001"));
    QString text = uitest::detailText(*window);
    QVERIFY2(text.contains(QLatin1String("Tiny Planners: Decomposing Goals with Small Models")),
             qPrintable(text));
    QVERIFY(
        text.contains(QLatin1String("Alice Moon, Bora Kang, Chris Dale, Dana Eve, Evan Frost")));
    QVERIFY(text.contains(QLatin1String("What's New")));
    QVERIFY(text.contains(QLatin1String("Technical Details")));
    QVERIFY(
        text.contains(QStringLiteral("작은 모델로 목표를 하위 목표로 나누는 방법을 제안합니다.")));
    QVERIFY(!text.contains(QLatin1String("**"))); // markdown rendered, not shown as source
    QVERIFY(text.contains(QLatin1String("15 votes")));

    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.01002")));
    text = uitest::detailText(*window);
    QVERIFY(text.contains(QLatin1String("Quiet Gradients in Deep Networks")));
    QVERIFY(text.contains(QStringLiteral("측정 도구를 공개했습니다.")));
    QVERIFY(!text.contains(QLatin1String("Tiny Planners")));

    // A paper with a Korean digest entry and Hugging Face data shows both.
    window->showDay(march5);
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.02002")));
    text = uitest::detailText(*window);
    QVERIFY(text.contains(QLatin1String("A vision transformer watches the oven")));
    QVERIFY(text.contains(QLatin1String("Abstract")));
    QVERIFY(text.contains(QLatin1String("3,000 hours of oven camera footage")));
    QVERIFY(text.contains(QLatin1String("AI summary")));
    QVERIFY(text.contains(QLatin1String("vision transformer, baking, video")));
    QVERIFY(text.contains(QLatin1String("GitHub")));
    QVERIFY(!text.contains(QLatin1String("Project page"))); // its URL is javascript:
}

void TestMainWindow::detailEndFollowsTheFirstPaint()
{
    const auto window = openWindow();
    // A window so low that the detail pane shows less than a paper's header and thumbnail.
    window->resize(900, window->minimumSizeHint().height());
    const DetailView* detail = window->detailView();
    // The header alone (title, authors, links) and the 165 px tile are more than 240 px.
    QTRY_VERIFY2(detail->browser()->viewport()->height() < 240,
                 qPrintable(QString::number(detail->browser()->viewport()->height())));
    window->showDay(march5);

    // The top at once; the parts below what the pane shows only after it has painted.
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.02002")));
    QCOMPARE(detail->shownPaperId(), QStringLiteral("2403.02002"));
    QString text = detail->browser()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Autonomous Baking with Vision Transformers")),
             qPrintable(text));
    QVERIFY(!detail->isComplete());
    QVERIFY(!text.contains(QLatin1String("vision transformer, baking, video")));
    QTRY_VERIFY(detail->isComplete());
    text = detail->browser()->toPlainText();
    QVERIFY(text.contains(QLatin1String("3,000 hours of oven camera footage")));
    QVERIFY(text.contains(QLatin1String("vision transformer, baking, video")));

    // A paper left before its end was added never gets it; the next one is whole.
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.02001")));
    QVERIFY(!detail->isComplete());
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.02002")));
    QTRY_VERIFY(detail->isComplete());
    text = detail->browser()->toPlainText();
    QVERIFY(!text.contains(QLatin1String("Zebra Stripes")));
    QCOMPARE(text.count(QLatin1String("vision transformer, baking, video")), 1);
}

void TestMainWindow::calendarFollowsTheFirstFrameInItsRoom()
{
    // The calendar is built by itself once the pane has painted, marked and on the shown day.
    int height = 0;
    {
        const auto window = openWindow();
        DateNavigator* navigator = window->dateNavigator();
        QTRY_VERIFY(navigator->hasCalendar());
        CachedDaysCalendar* calendar = navigator->calendar();
        QCOMPARE(calendar->selectedDate(), march7);
        QVERIFY(calendar->cachedDays().contains(march5));
        QTRY_VERIFY(calendar->isVisible());
        height = navigator->calendarHeight();
        QCOMPARE(height, calendar->height());
    } // closing remembers its height

    // At the next start the room kept for it has that height, so the field below does not move
    // when the calendar takes its place (shown, laid out, not yet painted: no calendar yet);
    // clicking a day on it shows that day.
    auto window = std::make_unique<MainWindow>(store::DataPaths::inDirectory(m_data.path()));
    window->show();
    DateNavigator* navigator = window->dateNavigator();
    QVERIFY(!navigator->hasCalendar());
    QCOMPARE(navigator->calendarHeight(), height);
    const int fieldTop = navigator->dateEdit()->mapTo(navigator, QPoint(0, 0)).y();
    QTRY_VERIFY(navigator->hasCalendar());
    QTRY_VERIFY(navigator->calendar()->isVisible());
    QCOMPARE(navigator->calendar()->height(), height);
    QCOMPARE(navigator->dateEdit()->mapTo(navigator, QPoint(0, 0)).y(), fieldTop);
    QSignalSpy requested(navigator, &DateNavigator::dayRequested);
    navigator->calendar()->setSelectedDate(march5);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(window->currentDay(), march5);
}

void TestMainWindow::keyboardMovesThroughPapersAndDays()
{
    const auto window = openWindow();
    window->showDay(march5);
    QListView* view = window->paperList()->view();
    view->setFocus();
    const QStringList ids = listedIds(*window->paperList()->proxy());
    QVERIFY(ids.size() >= 3);
    QCOMPARE(window->currentPaperId(), ids.at(0));
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(window->currentPaperId(), ids.at(1));
    QTest::keyClick(view, Qt::Key_J);
    QCOMPARE(window->currentPaperId(), ids.at(2));
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(window->currentPaperId(), ids.at(1));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(window->currentPaperId(), ids.at(2));
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(window->currentPaperId(), ids.at(0));
    QTest::keyClick(view, Qt::Key_K); // stays on the first paper
    QCOMPARE(window->currentPaperId(), ids.at(0));
    QVERIFY(uitest::detailText(*window).contains(
        m_reader->paper(ids.at(0))->title.left(20))); // the detail follows the keyboard

    // Alt+Right / Alt+Left go to the next / previous cached day, skipping the empty 6th.
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window->currentDay(), march7);
    QVERIFY(!window->actions().nextDay->isEnabled()); // no later day
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window->currentDay(), march7);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window->currentDay(), march5);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window->currentDay(), march4);

    // Ctrl+T goes to today, which has no digest in this cache.
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window->currentDay(), QDate::currentDate());
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::NoDigest);

    // Ctrl+G puts the cursor in the date field; a typed date is shown on Enter.
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QLineEdit* dateEdit = window->dateNavigator()->dateEdit();
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dateEdit));
    QTest::keyClicks(dateEdit, QStringLiteral("2024-03-05"));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QCOMPARE(window->currentDay(), march5);

    // A year typed whole is the year shown, in ISO form or the locale's; a day outside the
    // cache, or text that is no date, says so.
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QTest::keyClicks(dateEdit, QStringLiteral("2025-03-03"));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QCOMPARE(window->currentDay(), QDate(2025, 3, 3));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("outside the cache")),
             qPrintable(window->statusBar()->currentMessage()));
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QTest::keyClicks(dateEdit, QLocale().toString(march7, QLocale::ShortFormat));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QCOMPARE(window->currentDay(), march7);
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QTest::keyClicks(dateEdit, QStringLiteral("the 5th"));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QCOMPARE(window->currentDay(), march7);
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("not a date")));
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QTest::keyClicks(dateEdit, QStringLiteral("2024-03-05"));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QCOMPARE(window->currentDay(), march5);

    // Clicking a day on the calendar shows it too.
    window->dateNavigator()->calendar()->setSelectedDate(march7);
    QCOMPARE(window->currentDay(), march7);
}

void TestMainWindow::emptyStatesOfferTheWayOut()
{
    QTemporaryDir fresh;
    {
        const auto empty = openWindow(fresh.path());
        QCOMPARE(empty->paperList()->page(), PaperListPane::Page::NoCache);
        QVERIFY(empty->actions().loadSamples->isEnabled());
        QVERIFY(empty->actions().importFiles->isEnabled());
        QVERIFY(empty->actions().sync->isEnabled());
        QVERIFY(empty->dateNavigator()->calendar()->dateTextFormat().isEmpty());
        // Looking must not create a cache.
        QVERIFY(!QFileInfo::exists(store::DataPaths::inDirectory(fresh.path()).cacheFile));
    }

    const auto window = openWindow();
    window->showDay(march6);
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::NoDigest);
    EmptyStateWidget* noDigest = window->paperList()->emptyState(PaperListPane::Page::NoDigest);
    // Dates in the reader's locale, not ISO.
    QCOMPARE(noDigest->title(), QStringLiteral("No digest for ") +
                                    QLocale().toString(QDate(2024, 3, 6), QLocale::LongFormat));
    QVERIFY(
        noDigest->message().contains(QLocale().toString(QDate(2024, 3, 5), QLocale::LongFormat)));
    QCOMPARE(window->paperList()->model()->rowCount(), 0);
    QVERIFY(window->actions().nearestDay->isEnabled());
    window->actions().nearestDay->trigger();
    QCOMPARE(window->currentDay(), march5);
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::Papers);

    QTest::keyClicks(window->paperList()->filterField(), QStringLiteral("<zz>"));
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::NoMatch);
    QCOMPARE(window->paperList()->emptyState(PaperListPane::Page::NoMatch)->title(),
             QStringLiteral("No papers match \u2018<zz>\u2019"));
    QVERIFY(window->actions().clearFilter->isEnabled());
    window->actions().clearFilter->trigger();
    QCOMPARE(window->paperList()->page(), PaperListPane::Page::Papers);
    QVERIFY(!window->currentPaperId().isEmpty());
}

void TestMainWindow::modelsPassTheModelTester()
{
    const auto window = openWindow();
    QAbstractItemModelTester listTester(window->paperList()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window->paperList()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QDate day : {march4, march6, march5, march7, march5}) {
        window->showDay(day);
        QVERIFY(!QTest::currentTestFailed());
    }
    QTest::keyClicks(window->paperList()->filterField(), QStringLiteral("a"));
    window->actions().sortByTitle->trigger();
    window->showDay(march4);
    window->actions().sortByVotes->trigger();
    window->paperList()->clearFilter();
    window->showDay(march6);
    window->showDay(march7);
}

void TestMainWindow::stateIsRestoredAfterRestart()
{
    QList<int> sizes;
    {
        const auto window = openWindow();
        window->resize(1000, 700);
        auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QTRY_COMPARE(window->size(), QSize(1000, 700));
        splitter->setSizes({320, 300, 370});
        sizes = splitter->sizes();
        QCOMPARE(sizes.at(0), 320);
        window->showDay(march4);
        QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.01002")));
        window->actions().sortByTitle->trigger();
    }
    const auto window = openWindow();
    QCOMPARE(window->currentDay(), march4);
    QCOMPARE(window->currentPaperId(), QStringLiteral("2403.01002"));
    // The first paper's detail is rendered right after the window's first paint.
    QTRY_VERIFY(uitest::detailText(*window).contains(QLatin1String("Quiet Gradients")));
    QCOMPARE(window->paperList()->sortMode(), PaperFilterProxy::SortMode::Title);
    QCOMPARE(window->size(), QSize(1000, 700));
    QCOMPARE(window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::newDigestsWinOverTheRememberedDay()
{
    ReaderState state;
    state.day = march4;
    state.paperId = QStringLiteral("2403.01002");
    state.latestDayAtExit = march5; // the 7th arrived since
    state.save();
    const auto window = openWindow();
    QCOMPARE(window->currentDay(), march7);

    // A remembered day that left the cache falls back to the latest day as well.
    state.day = QDate(2020, 1, 1);
    state.latestDayAtExit = march7;
    state.save();
    const auto again = openWindow();
    QCOMPARE(again->currentDay(), march7);
}

// The test platform has no browser (QDesktopServices::openUrl answers false, as on a desktop
// without one): Open in Browser says so in a dialog that stays, with Copy Link.
void TestMainWindow::noBrowserSaysSoAndOffersCopyLink()
{
    const auto window = openWindow();
    QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
    const QString id = window->detailView()->shownPaperId();
    QTest::keyClick(window.get(), Qt::Key_O);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("noBrowserBox"))) &&
                box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("arxiv.org/abs/") + id));
    auto* copy = qobject_cast<QPushButton*>(box->defaultButton());
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://arxiv.org/abs/") + id);
}

// A 1024x700 window: the list keeps room for its titles, and the paper's text starts on the
// detail pane's first screen (title, authors and thumbnail do not fill it).
void TestMainWindow::paperTextStartsOnTheFirstScreenAt1024x700()
{
    auto window = std::make_unique<MainWindow>(store::DataPaths::inDirectory(m_data.path()));
    window->resize(1024, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter->sizes().value(1) >= 300);
    window->showDay(march5);
    QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
    const ui::DetailView* detail = window->detailView();
    QVERIFY(detail->thumbnailSlotSize().width() < 320);
    QTextDocument* document = detail->browser()->document();
    QTextBlock block = document->begin();
    while (block.isValid() && !block.text().contains(QChar::ObjectReplacementCharacter))
        block = block.next(); // the thumbnail slot
    QVERIFY(block.isValid());
    block = block.next();
    while (block.isValid() && block.text().trimmed().isEmpty())
        block = block.next();
    QVERIFY(block.isValid());
    const QRectF first = document->documentLayout()->blockBoundingRect(block);
    QVERIFY2(first.bottom() < detail->browser()->viewport()->height(),
             qPrintable(QStringLiteral("%1 below %2")
                            .arg(first.bottom())
                            .arg(detail->browser()->viewport()->height())));
}

PAPERBOY_UI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
