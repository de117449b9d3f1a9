// Settings > Sources, opened from Sync > Sources...: adding a source is validated and saved at
// once (sync sees it without an OK), and Test Source reports what a loopback source gave,
// shows progress while it runs and stops a stalled test on Cancel. The sources are served by
// tests/sync's FaultServer on 127.0.0.1.
#include "SyncWindowFixture.h"
#include "ui/common/Actions.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SourceTestPanel.h"
#include "ui/settings/SourcesPage.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace paperboy;

class TestSourcesPage final : public QObject
{
    Q_OBJECT

private:
    uitest::SyncWindowFixture m_fixture;

private slots:
    void init() { m_fixture.init(); }
    void cleanup() { m_fixture.cleanup(); }

    // Sync > Sources... is Settings > Sources: each change is saved and reaches sync at once.
    void sourcesPageValidatesAndSavesAtOnce()
    {
        m_fixture.useSources({});
        {
            auto window = m_fixture.openSyncWindow();
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
            QVERIFY(!uitest::modalDialogShown() || QApplication::activeModalWidget() == dialog);

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
        auto again = m_fixture.openSyncWindow();
        const auto mirror = again->syncController().sources().find(QStringLiteral("mirror"));
        QVERIFY(mirror);
        QCOMPARE(mirror->urlTemplate, QStringLiteral("https://example.org/{yyyy}/{MM}/{dd}.md"));
        QVERIFY(mirror->enabled);
    }

    // Test Source on a working and a failing loopback source: the progress shows while it
    // runs, the report says what was found or what failed, and Cancel ends a stalled test.
    void testSourceReportsWhatItFound()
    {
        m_fixture.useSources(
            {synctest::loopbackSource(QStringLiteral("works"),
                                      m_fixture.server().urlTemplate(QStringLiteral("slowok"))),
             synctest::loopbackSource(QStringLiteral("broken"),
                                      m_fixture.server().urlTemplate(QStringLiteral("always503"))),
             synctest::loopbackSource(QStringLiteral("stalls"),
                                      m_fixture.server().urlTemplate(QStringLiteral("stall")))});
        auto window = m_fixture.openSyncWindow();
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
};

PAPERBOY_UI_TEST_MAIN(TestSourcesPage)
#include "TestSourcesPage.moc"
