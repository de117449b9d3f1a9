// The reader window's sync: menu actions, status-bar progress and Cancel, in-place refresh of
// the shown day, the Sync Log, the offline label and Settings > Sources with its Test Source,
// against real HTTP servers on 127.0.0.1 (tests/sync's FaultServer and python3 -m http.server).
#include "FaultServer.h"
#include "PythonHttpServer.h"
#include "SyncHarness.h"
#include "UiTestSupport.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/days/DateNavigator.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SourceTestPanel.h"
#include "ui/settings/SourcesPage.h"
#include "ui/sync/BackfillDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncLogModel.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/window/Actions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
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

bool modalDialogShown()
{
    if (QApplication::activeModalWidget())
        return true;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->isModal())
            return true;
    }
    return false;
}

} // namespace

class TestSyncWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sourcesFile;
    std::unique_ptr<synctest::FaultServer> m_server;

    // Only the loopback source is enabled: the built-ins would go to the internet.
    void useSources(const sync::SourceDefinitions& sources)
    {
        sync::SourceRegistry registry(m_sourcesFile);
        QString error;
        for (const sync::SourceDefinition& builtIn : sync::builtInSources())
            QVERIFY(registry.setEnabled(builtIn.name, false, &error));
        for (const sync::SourceDefinition& source : sources)
            QVERIFY2(registry.add(source, &error), qPrintable(error));
        QVERIFY2(registry.save(&error), qPrintable(error));
    }

    ui::SyncSetup setup(const sync::SyncOptions& options = synctest::fastOptions()) const
    {
        ui::SyncSetup result;
        result.automatic = false;
        result.sourcesFile = m_sourcesFile;
        result.options = options;
        return result;
    }

    std::unique_ptr<ui::MainWindow>
    openSyncWindow(const sync::SyncOptions& options = synctest::fastOptions())
    {
        auto window = std::make_unique<ui::MainWindow>(
            store::DataPaths::inDirectory(m_dir.path() + QStringLiteral("/data")), setup(options));
        window->resize(1000, 600);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        return window;
    }

    static bool waitFinished(ui::MainWindow& window, QSignalSpy& finished, int ms = 20000)
    {
        if (finished.isEmpty() && !finished.wait(ms))
            return false;
        // The status bar follows in the same turn as the finished signal.
        return !window.syncStatus()->isRunning();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        uitest::forgetWindowState();
        ui::SyncSettings settings;
        settings.recentDays = 4;
        settings.save();
        m_sourcesFile = m_dir.filePath(QStringLiteral("sources-%1.json"))
                            .arg(QString::fromLatin1(QTest::currentTestFunction()));
        QDir(m_dir.path() + QStringLiteral("/data")).removeRecursively();
        m_server = std::make_unique<synctest::FaultServer>(
            synctest::fixture(QStringLiteral("digest-template.md")),
            synctest::fixture(QStringLiteral("error-page.html")));
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    void syncNowFillsCalendarAndListWithoutDialogs()
    {
        useSources({synctest::loopbackSource(QStringLiteral("mirror"),
                                             m_server->urlTemplate(QStringLiteral("ok")))});
        auto window = openSyncWindow();
        QCOMPARE(window->paperList()->page(), ui::PaperListPane::Page::NoCache);
        QVERIFY(window->actions().sync->isEnabled());
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        QSignalSpy started(&window->syncController(), &ui::SyncController::started);

        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(started.wait(5000));
        QVERIFY(window->syncStatus()->isRunning() || !finished.isEmpty());
        QVERIFY(waitFinished(*window, finished));

        const QDate today = QDate::currentDate();
        QTRY_COMPARE(window->cachedDays().size(), 5); // today and the 4 days before
        const ui::CachedDays& marks = window->dateNavigator()->calendar()->cachedDays();
        QVERIFY(marks.contains(today) && marks.contains(today.addDays(-4)));
        QCOMPARE(marks.paperCount(today), 3);
        QCOMPARE(window->currentDay(), today);
        QCOMPARE(window->paperList()->page(), ui::PaperListPane::Page::Papers);
        QCOMPARE(window->paperList()->model()->rowCount(), 3);
        QVERIFY(uitest::detailText(*window).contains(QStringLiteral("Loopback Fixtures")));
        QVERIFY(!modalDialogShown());
        QCOMPARE(window->syncStatus()->failureText(), QString());
        QCOMPARE(m_server->stats(QStringLiteral("ok")).requests, 5);
    }

    void emptyStateSyncButtonStartsASync()
    {
        useSources({synctest::loopbackSource(QStringLiteral("mirror"),
                                             m_server->urlTemplate(QStringLiteral("ok")))});
        auto window = openSyncWindow();
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        auto* emptyState = window->paperList()->emptyState(ui::PaperListPane::Page::NoCache);
        QToolButton* syncButton = nullptr;
        for (QToolButton* button : emptyState->findChildren<QToolButton*>()) {
            if (button->defaultAction() == window->actions().sync)
                syncButton = button;
        }
        QVERIFY(syncButton && syncButton->isEnabled());
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QVERIFY(waitFinished(*window, finished));
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
        useSources({synctest::loopbackSource(QStringLiteral("mirror"),
                                             http.baseUrl() + QStringLiteral("/{date}.md"))});
        auto window = openSyncWindow();
        window->resize(900, 400);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        window->syncController().syncDay(day);
        QVERIFY(waitFinished(*window, finished));
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
        QVERIFY(waitFinished(*window, finished));
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
        useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_server->urlTemplate(QStringLiteral("dripforever")))});
        sync::SyncOptions slow = synctest::fastOptions();
        slow.transferTimeoutMs = 30000;
        slow.totalTimeoutMs = 60000;
        auto window = openSyncWindow(slow);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        window->actions().sync->trigger();
        QTRY_VERIFY(window->syncStatus()->isRunning());
        QTRY_VERIFY(m_server->stats(QStringLiteral("dripforever")).requests > 0);
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
        QVERIFY(!modalDialogShown());
    }

    void failuresGoToTheLogAndTheStatusBar()
    {
        useSources({synctest::loopbackSource(QStringLiteral("broken"),
                                             m_server->urlTemplate(QStringLiteral("always500"))),
                    synctest::loopbackSource(QStringLiteral("junk"),
                                             m_server->urlTemplate(QStringLiteral("garbage")))});
        auto window = openSyncWindow();
        ui::SyncLogModel* log = window->syncController().log();
        QAbstractItemModelTester tester(log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        window->actions().sync->trigger();
        QVERIFY(waitFinished(*window, finished));

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
        QVERIFY(!modalDialogShown());

        // The indicator opens the non-modal log window on the same model.
        auto* indicator =
            window->syncStatus()->findChild<QToolButton*>(QStringLiteral("syncFailures"));
        QVERIFY(indicator && indicator->isVisible());
        QTest::mouseClick(indicator, Qt::LeftButton);
        auto* logDialog = window->findChild<QDialog*>(QStringLiteral("syncLogDialog"));
        QVERIFY(logDialog && logDialog->isVisible() && !logDialog->isModal());
        QVERIFY(!modalDialogShown());
    }

    void offlineShowsTheLabelAndMakesNoRequests()
    {
        useSources({synctest::loopbackSource(QStringLiteral("mirror"),
                                             m_server->urlTemplate(QStringLiteral("ok")))});
        auto window = openSyncWindow();
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
        QCOMPARE(m_server->stats(QStringLiteral("ok")).requests, 0);
        QVERIFY(!sync.isRunning());
        QCOMPARE(sync.waitingCount(), 2);

        QSignalSpy finished(&sync, &ui::SyncController::finished);
        sync.setOnline(true); // back: the held requests run
        QVERIFY(!window->syncStatus()->isOfflineShown());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY(m_server->stats(QStringLiteral("ok")).requests >= 5);
        QTRY_COMPARE(window->cachedDays().size(), 5);
    }

    void automaticSyncStartsAfterTheFirstPaint()
    {
        useSources({synctest::loopbackSource(QStringLiteral("mirror"),
                                             m_server->urlTemplate(QStringLiteral("ok")))});
        ui::SyncSetup automatic = setup();
        automatic.automatic = true;
        ui::MainWindow window(store::DataPaths::inDirectory(m_dir.path() + QStringLiteral("/data")),
                              automatic);
        QSignalSpy started(&window.syncController(), &ui::SyncController::started);
        // Built but not yet on screen: nothing of sync has started (no engine, no backend).
        QTest::qWait(300);
        QCOMPARE(started.count(), 0);
        QVERIFY(!window.syncController().isRunning());
        QCOMPARE(m_server->stats(QStringLiteral("ok")).requests, 0);

        QSignalSpy finished(&window.syncController(), &ui::SyncController::finished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(started.wait(5000) || started.count() > 0);
        QVERIFY(waitFinished(window, finished));
        QCOMPARE(m_server->stats(QStringLiteral("ok")).requests, 5);
    }

    void reachingNoServerReadsAsOffline()
    {
        // A port nobody listens on: every request is refused, as when the machine is offline
        // and has no network-information backend to say so.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        useSources({synctest::loopbackSource(
            QStringLiteral("closed"), QStringLiteral("http://127.0.0.1:%1/{date}.md").arg(port))});
        ui::SyncSetup retrying = setup();
        retrying.offlineRetryMs = 300;
        retrying.maxOfflineRetryMs = 600;
        const store::DataPaths paths =
            store::DataPaths::inDirectory(m_dir.path() + QStringLiteral("/data"));
        ui::MainWindow window(paths, retrying);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::SyncController& sync = window.syncController();
        QSignalSpy finished(&sync, &ui::SyncController::finished);
        window.actions().sync->trigger();
        QVERIFY(waitFinished(window, finished));

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
        useSources({synctest::loopbackSource(QStringLiteral("mirror"),
                                             m_server->urlTemplate(QStringLiteral("ok")))});
        sync.reloadSources();
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncStatus()->isOfflineShown(), 10000);
        QCOMPARE(sync.offlineRetryDelayMs(), 0);
        QVERIFY(waitFinished(window, finished));
        QTRY_COMPARE(window.cachedDays().size(), 5);
    }

    // Sync > Sources... is Settings > Sources: each change is saved and reaches sync at once.
    void sourcesPageValidatesAndSavesAtOnce()
    {
        useSources({});
        {
            auto window = openSyncWindow();
            window->actions().syncSources->trigger();
            auto* dialog = window->findChild<ui::SettingsDialog*>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->currentPage(), ui::SettingsPage::Sources);
            auto* page = qobject_cast<ui::SourcesPage*>(dialog->page(ui::SettingsPage::Sources));
            QVERIFY(page);
            QCOMPARE(page->list()->count(), int(sync::builtInSources().size()));

            page->nameField()->setText(QStringLiteral("mirror"));
            page->urlField()->setText(QStringLiteral("http://example.org/{date}.md"));
            QTest::mouseClick(page->addButton(), Qt::LeftButton);
            QVERIFY(!page->problem().isEmpty()); // plain http beyond this computer
            QVERIFY(!page->registry().find(QStringLiteral("mirror")));
            QVERIFY(!modalDialogShown() || QApplication::activeModalWidget() == dialog);

            page->urlField()->setText(QStringLiteral("https://example.org/{yyyy}/{MM}/{dd}.md"));
            QTest::mouseClick(page->addButton(), Qt::LeftButton);
            QCOMPARE(page->problem(), QString());
            QCOMPARE(page->list()->count(), int(sync::builtInSources().size()) + 1);
            // No OK to press: sync has it already, and so has the file.
            QVERIFY(window->syncController().sources().find(QStringLiteral("mirror")));

            // Switched off in the list: off for sync at once too.
            QListWidgetItem* item = page->list()->item(page->list()->count() - 1);
            item->setCheckState(Qt::Unchecked);
            QVERIFY(!window->syncController().sources().find(QStringLiteral("mirror"))->enabled);
            item->setCheckState(Qt::Checked);
            dialog->reject();
            QTRY_VERIFY(!window->findChild<ui::SettingsDialog*>());
        }
        auto again = openSyncWindow();
        const auto mirror = again->syncController().sources().find(QStringLiteral("mirror"));
        QVERIFY(mirror);
        QCOMPARE(mirror->urlTemplate, QStringLiteral("https://example.org/{yyyy}/{MM}/{dd}.md"));
        QVERIFY(mirror->enabled);
    }

    // Test Source on a working and a failing loopback source: the progress shows while it
    // runs, the report says what was found or what failed, and Cancel ends a stalled test.
    void testSourceReportsWhatItFound()
    {
        useSources({synctest::loopbackSource(QStringLiteral("works"),
                                             m_server->urlTemplate(QStringLiteral("slowok"))),
                    synctest::loopbackSource(QStringLiteral("broken"),
                                             m_server->urlTemplate(QStringLiteral("always503"))),
                    synctest::loopbackSource(QStringLiteral("stalls"),
                                             m_server->urlTemplate(QStringLiteral("stall")))});
        auto window = openSyncWindow();
        window->actions().syncSources->trigger();
        auto* dialog = window->findChild<ui::SettingsDialog*>();
        QVERIFY(dialog);
        auto* page = qobject_cast<ui::SourcesPage*>(dialog->page(ui::SettingsPage::Sources));
        QVERIFY(page);
        ui::SourceTestPanel* test = page->testPanel();
        sync::SyncOptions options = synctest::fastOptions();
        options.maxTries = 1;
        options.transferTimeoutMs = 30'000;
        options.totalTimeoutMs = 60'000;
        test->setProbeOptions(options);
        const auto select = [page](const QString& name) {
            for (int row = 0; row < page->list()->count(); ++row) {
                if (page->list()->item(row)->data(Qt::UserRole).toString() == name)
                    page->list()->setCurrentRow(row);
            }
        };
        QSignalSpy finished(test, &ui::SourceTestPanel::finished);

        select(QStringLiteral("works"));
        QVERIFY(test->testButton()->isEnabled());
        QTest::mouseClick(test->testButton(), Qt::LeftButton);
        QVERIFY(test->isRunning());
        QVERIFY(test->progressBar()->isVisible());
        QVERIFY(test->cancelButton()->isVisible());
        QVERIFY(!test->testButton()->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!test->progressBar()->isVisible());
        QVERIFY2(test->report().contains(QStringLiteral("works works")) &&
                     test->report().contains(QStringLiteral("Loopback Fixtures")),
                 qPrintable(test->report()));
        // Tested, not synced: nothing reached the cache.
        QVERIFY(window->cachedDays().isEmpty());

        select(QStringLiteral("broken"));
        QTest::mouseClick(test->testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(test->report().contains(QStringLiteral("failed")) &&
                     test->report().contains(QStringLiteral("503")) &&
                     test->report().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(test->report()));

        select(QStringLiteral("stalls"));
        QTest::mouseClick(test->testButton(), Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(test->isRunning());
        QTest::mouseClick(test->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(3000));
        QCOMPARE(test->report(), QStringLiteral("The test was cancelled."));
        QVERIFY(test->testButton()->isEnabled());
        dialog->reject();
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
