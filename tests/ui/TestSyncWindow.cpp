// The reader window's sync: menu actions, status-bar progress and Cancel, in-place refresh of
// the shown day, the Sync Log, the offline label and the backfill range, against real HTTP
// servers on 127.0.0.1 (tests/sync's FaultServer and python3 -m http.server). Settings >
// Sources and its Test Source are TestSourcesPage's.
#include "PythonHttpServer.h"
#include "SyncWindowFixture.h"
#include "ui/common/Actions.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/days/DateNavigator.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/sync/BackfillDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncLogModel.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>
#include <QToolButton>

using namespace paperboy;

namespace {

// A markdown digest of `count` papers; `votesBonus` changes every vote, as a re-published
// digest would.
QByteArray digestOf(QDate day, int count, int votesBonus)
{
    QByteArray text = "## Daily Papers (" + day.toString(Qt::ISODate).toUtf8() + ")\n\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(3, '0');
        text += "### [Window Sync Paper " + number +
                " of a Loopback Digest](https://arxiv.org/abs/2412.00" + number + ")\n\n";
        text += "Vote: " + QByteArray::number(i + votesBonus) + "\n\n";
        text += "Authors: Ada Tester, Bo Fixture\n\n";
        text += "- ***What's New***: 창 동기화 시험용 논문 " + number + "입니다.\n\n";
    }
    return text;
}

bool writeFile(const QString& path, const QByteArray& content, const QDateTime& modified)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    // python's http.server answers If-Modified-Since by the file time: make the change visible.
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace

class TestSyncWindow final : public QObject
{
    Q_OBJECT

private:
    uitest::SyncWindowFixture m_fixture;

private slots:
    void init() { m_fixture.init(); }
    void cleanup() { m_fixture.cleanup(); }

    void syncNowFillsCalendarAndListWithoutDialogs()
    {
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_fixture.server().urlTemplate(QStringLiteral("ok")))});
        auto window = m_fixture.openSyncWindow();
        QCOMPARE(window->paperList()->page(), ui::PaperListPane::Page::NoCache);
        QVERIFY(window->actions().sync->isEnabled());
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        QSignalSpy started(&window->syncController(), &ui::SyncController::started);

        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(started.wait(5000));
        QVERIFY(window->syncStatus()->isRunning() || !finished.isEmpty());
        QVERIFY(m_fixture.waitFinished(*window, finished));

        const QDate today = QDate::currentDate();
        QTRY_COMPARE(window->cachedDays().size(), 5); // today and the 4 days before
        const ui::CachedDays& marks = window->dateNavigator()->calendar()->cachedDays();
        QVERIFY(marks.contains(today) && marks.contains(today.addDays(-4)));
        QCOMPARE(marks.paperCount(today), 3);
        QCOMPARE(window->currentDay(), today);
        QCOMPARE(window->paperList()->page(), ui::PaperListPane::Page::Papers);
        QCOMPARE(window->paperList()->model()->rowCount(), 3);
        QVERIFY(uitest::detailText(*window).contains(QStringLiteral("Loopback Fixtures")));
        QVERIFY(!uitest::modalDialogShown());
        QCOMPARE(window->syncStatus()->failureText(), QString());
        QCOMPARE(m_fixture.server().stats(QStringLiteral("ok")).requests, 5);
    }

    void emptyStateSyncButtonStartsASync()
    {
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_fixture.server().urlTemplate(QStringLiteral("ok")))});
        auto window = m_fixture.openSyncWindow();
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        auto* emptyState = window->paperList()->emptyState(ui::PaperListPane::Page::NoCache);
        QToolButton* syncButton = nullptr;
        for (QToolButton* button : emptyState->findChildren<QToolButton*>()) {
            if (button->defaultAction() == window->actions().sync)
                syncButton = button;
        }
        QVERIFY(syncButton && syncButton->isEnabled());
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QVERIFY(m_fixture.waitFinished(*window, finished));
        // The first synced day replaces the "no digests yet" page.
        QTRY_COMPARE(window->paperList()->page(), ui::PaperListPane::Page::Papers);
    }

    void updateOfShownDayKeepsSelectionAndScroll()
    {
        QTemporaryDir root;
        const QDate day(2024, 6, 3);
        const QString file = root.filePath(QStringLiteral("2024-06-03.md"));
        QVERIFY(writeFile(file, digestOf(day, 40, 0), QDateTime::currentDateTime().addSecs(-3600)));
        synctest::PythonHttpServer http(root.path());
        QString error;
        QVERIFY2(http.start(&error), qPrintable(error));
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), http.baseUrl() + QStringLiteral("/{date}.md"))});
        auto window = m_fixture.openSyncWindow();
        window->resize(900, 400);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        window->syncController().syncDay(day);
        QVERIFY(m_fixture.waitFinished(*window, finished));
        QTRY_COMPARE(window->currentDay(), day);
        QCOMPARE(window->paperList()->model()->rowCount(), 40);

        // The reader is somewhere in the middle of the list.
        QVERIFY(window->paperList()->selectPaper(QStringLiteral("2412.00030")));
        QListView* view = window->paperList()->view();
        QScrollBar* bar = view->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int scroll = bar->value();
        QVERIFY(uitest::detailText(*window).contains(QStringLiteral("Paper 030")));
        QVERIFY(uitest::detailText(*window).contains(QStringLiteral("30 votes")));
        QScrollBar* detailBar = window->detailView()->browser()->verticalScrollBar();
        QTRY_VERIFY(window->detailView()->isComplete());
        QVERIFY(detailBar->maximum() > 0);
        detailBar->setValue(detailBar->maximum() / 2);
        const int detailScroll = detailBar->value();
        auto* stack = window->paperList()->findChild<QStackedWidget*>(QStringLiteral("listStack"));
        QVERIFY(stack);
        QSignalSpy pageChanges(stack, &QStackedWidget::currentChanged);
        QSignalSpy paperChanges(window->paperList(), &ui::PaperListPane::currentPaperChanged);

        // The digest is published again with a new paper and new votes; Shift+F5 re-checks it.
        QVERIFY(writeFile(file, digestOf(day, 41, 5), QDateTime::currentDateTime().addSecs(3600)));
        finished.clear();
        QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(m_fixture.waitFinished(*window, finished));
        QTRY_COMPARE(window->paperList()->model()->rowCount(), 41);

        QCOMPARE(window->currentPaperId(), QStringLiteral("2412.00030"));
        QCOMPARE(bar->value(), scroll);
        QCOMPARE(pageChanges.count(), 0); // no empty page flashed in between
        QCOMPARE(paperChanges.count(), 0);
        QVERIFY(uitest::detailText(*window).contains(QStringLiteral("Paper 030")));
        // The paper on show shows what changed in it too.
        QVERIFY2(uitest::detailText(*window).contains(QStringLiteral("35 votes")),
                 qPrintable(uitest::detailText(*window)));
        QCOMPARE(detailBar->value(), detailScroll);
        const int row = window->paperList()->model()->rowOfId(QStringLiteral("2412.00030"));
        QCOMPARE(
            window->paperList()->model()->index(row).data(ui::PaperListModel::VotesRole).toInt(),
            35);
        QCOMPARE(window->cachedDays().paperCount(day), 41);
    }

    void cancelStopsASlowSyncWithinOneSecond()
    {
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"),
            m_fixture.server().urlTemplate(QStringLiteral("dripforever")))});
        sync::SyncOptions slow = synctest::fastOptions();
        slow.transferTimeoutMs = 30000;
        slow.totalTimeoutMs = 60000;
        auto window = m_fixture.openSyncWindow(slow);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        window->actions().sync->trigger();
        QTRY_VERIFY(window->syncStatus()->isRunning());
        QTRY_VERIFY(m_fixture.server().stats(QStringLiteral("dripforever")).requests > 0);
        QTest::qWait(300); // bytes are dripping in
        QVERIFY(window->actions().cancelSync->isEnabled());

        auto* cancel = window->syncStatus()->findChild<QPushButton*>(QStringLiteral("cancelSync"));
        QVERIFY(cancel && cancel->isVisible());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(finished.constFirst().constFirst().value<sync::SyncSummary>().cancelled > 0);
        QVERIFY(!window->syncStatus()->isRunning());
        QVERIFY(!window->actions().cancelSync->isEnabled());
        QVERIFY(!window->syncController().isRunning());
        QVERIFY(window->cachedDays().isEmpty()); // nothing half-written
        QVERIFY(!uitest::modalDialogShown());
    }

    void failuresGoToTheLogAndTheStatusBar()
    {
        m_fixture.useSources(
            {synctest::loopbackSource(QStringLiteral("broken"),
                                      m_fixture.server().urlTemplate(QStringLiteral("always500"))),
             synctest::loopbackSource(QStringLiteral("junk"),
                                      m_fixture.server().urlTemplate(QStringLiteral("garbage")))});
        auto window = m_fixture.openSyncWindow();
        ui::SyncLogModel* log = window->syncController().log();
        QAbstractItemModelTester tester(log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        window->actions().sync->trigger();
        QVERIFY(m_fixture.waitFinished(*window, finished));

        QVERIFY(finished.constFirst().constFirst().value<sync::SyncSummary>().failed >= 5);
        QVERIFY(log->rowCount() >= 5);
        bool sawServerError = false;
        for (int row = 0; row < log->rowCount(); ++row) {
            const sync::RequestLogEntry& entry = log->entry(row);
            if (entry.url.path().startsWith(QStringLiteral("/always500/"))) {
                QCOMPARE(entry.status, 500);
                QVERIFY(!entry.error.isEmpty());
                QCOMPARE(log->index(row, ui::SyncLogModel::UrlColumn).data().toString(),
                         entry.url.toDisplayString());
                sawServerError = true;
            }
        }
        QVERIFY(sawServerError);
        QVERIFY(window->syncStatus()->failureText().contains(QStringLiteral("failed")));
        QVERIFY(!uitest::modalDialogShown());

        // The indicator opens the non-modal log window on the same model.
        auto* indicator =
            window->syncStatus()->findChild<QToolButton*>(QStringLiteral("syncFailures"));
        QVERIFY(indicator && indicator->isVisible());
        QTest::mouseClick(indicator, Qt::LeftButton);
        auto* logDialog = window->findChild<QDialog*>(QStringLiteral("syncLogDialog"));
        QVERIFY(logDialog && logDialog->isVisible() && !logDialog->isModal());
        QVERIFY(!uitest::modalDialogShown());
    }

    void offlineShowsTheLabelAndMakesNoRequests()
    {
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_fixture.server().urlTemplate(QStringLiteral("ok")))});
        auto window = m_fixture.openSyncWindow();
        ui::SyncController& sync = window->syncController();
        QVERIFY(!window->syncStatus()->isOfflineShown());
        // What the engine's connectivity monitor reports when the network goes down.
        sync.setOnline(false);
        QVERIFY(window->syncStatus()->isOfflineShown());
        auto* label = window->syncStatus()->findChild<QLabel*>(QStringLiteral("offlineLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().startsWith(QStringLiteral("Offline")));

        window->actions().sync->trigger();
        window->actions().syncDay->trigger();
        QTest::qWait(700);
        QCOMPARE(m_fixture.server().stats(QStringLiteral("ok")).requests, 0);
        QVERIFY(!sync.isRunning());
        QCOMPARE(sync.waitingCount(), 2);

        QSignalSpy finished(&sync, &ui::SyncController::finished);
        sync.setOnline(true); // back: the held requests run
        QVERIFY(!window->syncStatus()->isOfflineShown());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY(m_fixture.server().stats(QStringLiteral("ok")).requests >= 5);
        QTRY_COMPARE(window->cachedDays().size(), 5);
    }

    void automaticSyncStartsAfterTheFirstPaint()
    {
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_fixture.server().urlTemplate(QStringLiteral("ok")))});
        ui::SyncSetup automatic = m_fixture.setup();
        automatic.automatic = true;
        ui::MainWindow window(store::DataPaths::inDirectory(m_fixture.dataDir()), automatic);
        QSignalSpy started(&window.syncController(), &ui::SyncController::started);
        // Built but not yet on screen: nothing of sync has started (no engine, no backend).
        QTest::qWait(300);
        QCOMPARE(started.count(), 0);
        QVERIFY(!window.syncController().isRunning());
        QCOMPARE(m_fixture.server().stats(QStringLiteral("ok")).requests, 0);

        QSignalSpy finished(&window.syncController(), &ui::SyncController::finished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(started.wait(5000) || started.count() > 0);
        QVERIFY(m_fixture.waitFinished(window, finished));
        QCOMPARE(m_fixture.server().stats(QStringLiteral("ok")).requests, 5);
    }

    void reachingNoServerReadsAsOffline()
    {
        // A port nobody listens on: every request is refused, as when the machine is offline
        // and has no network-information backend to say so.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("closed"), QStringLiteral("http://127.0.0.1:%1/{date}.md").arg(port))});
        ui::SyncSetup retrying = m_fixture.setup();
        retrying.offlineRetryMs = 300;
        retrying.maxOfflineRetryMs = 600;
        const store::DataPaths paths = store::DataPaths::inDirectory(m_fixture.dataDir());
        ui::MainWindow window(paths, retrying);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::SyncController& sync = window.syncController();
        QSignalSpy finished(&sync, &ui::SyncController::finished);
        window.actions().sync->trigger();
        QVERIFY(m_fixture.waitFinished(window, finished));

        const auto summary = finished.constFirst().constFirst().value<sync::SyncSummary>();
        QCOMPARE(summary.failed, 5); // today and the 4 days before
        QVERIFY(summary.reachedNoServer());
        QVERIFY(window.syncStatus()->isOfflineShown());
        QCOMPARE(window.syncStatus()->failureText(), QString()); // not "5 digests failed"
        // Said once, by the label, not a second time in the message area beside it.
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        // The Sync Log still lists every refused request.
        ui::SyncLogModel* log = sync.log();
        QCOMPARE(log->rowCount(), 5);
        for (int row = 0; row < log->rowCount(); ++row) {
            QCOMPARE(log->entry(row).status, 0);
            QVERIFY(!log->entry(row).error.isEmpty());
        }
        // No day is marked failed: the outage wrote no fetch record.
        QString error;
        const auto reader = store::CacheReader::open(paths, &error);
        QVERIFY2(reader, qPrintable(error));
        for (int back = 0; back <= 4; ++back)
            QVERIFY(!reader->fetchRecord(QDate::currentDate().addDays(-back),
                                         QStringLiteral("closed")));

        // Tried again by itself, waiting longer each time up to the cap.
        QCOMPARE(sync.offlineRetryDelayMs(), 300);
        QVERIFY(finished.wait(10000));
        QCOMPARE(sync.offlineRetryDelayMs(), 600);
        QVERIFY(finished.wait(10000));
        QCOMPARE(sync.offlineRetryDelayMs(), 600);
        QVERIFY(window.syncStatus()->isOfflineShown());

        // The network is back (a source answers): the next retry says so.
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_fixture.server().urlTemplate(QStringLiteral("ok")))});
        sync.reloadSources();
        QTRY_COMPARE_WITH_TIMEOUT(sync.offlineRetryDelayMs(), 0, 10000);
        QVERIFY(m_fixture.waitFinished(window, finished));
        QVERIFY(!window.syncStatus()->isOfflineShown());
        QTRY_COMPARE(window.cachedDays().size(), 5);
    }

    void backfillDialogValidatesTheRange()
    {
        const QDate today(2025, 5, 10);
        ui::BackfillDialog dialog(today);
        QCOMPARE(dialog.problem(), QString());
        dialog.setRange(today, today.addDays(-1));
        QVERIFY(!dialog.problem().isEmpty());
        dialog.setRange(today.addDays(-3), today.addDays(1));
        QVERIFY(!dialog.problem().isEmpty());
        dialog.setRange(today.addYears(-4), today);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.setRange(today.addYears(-2), today);
        QCOMPARE(dialog.problem(), QString());
    }

    void syncLogModelIsAWellBehavedCappedTable()
    {
        ui::SyncLogModel model(10);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime when(QDate(2025, 1, 2), QTime(3, 4, 5));
        for (int i = 0; i < 25; ++i) {
            sync::RequestLogEntry entry;
            entry.url = QUrl(QStringLiteral("http://127.0.0.1:9/ok/%1.md").arg(i));
            entry.status = i % 2 ? 500 : 200;
            entry.error = i % 2 ? QStringLiteral("HTTP 500") : QString();
            entry.bytes = 100 + i;
            entry.attempt = 1 + i % 3;
            model.append(entry, when);
            QVERIFY(model.rowCount() <= 10);
        }
        // The newest stay.
        QCOMPARE(model.entry(model.rowCount() - 1).url.path(), QStringLiteral("/ok/24.md"));
        QCOMPARE(model.columnCount(), int(ui::SyncLogModel::ColumnCount));
        QCOMPARE(model.index(0, ui::SyncLogModel::TimeColumn).data().toString(),
                 QStringLiteral("2025-01-02 03:04:05"));
        const int last = model.rowCount() - 1;
        const QString text = model.rowsAsText({last});
        QVERIFY(text.startsWith(QStringLiteral("Time\tURL\tStatus")));
        QVERIFY(text.contains(QStringLiteral("http://127.0.0.1:9/ok/24.md\t200\t124")));
        QVERIFY(model.errorCount() > 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

PAPERBOY_UI_TEST_MAIN(TestSyncWindow)
#include "TestSyncWindow.moc"
