// Settings > Storage's Clear Cache on the real window (the bookmarks and notes survive, the
// cache is empty and consistent, the window offers to sync), and the tray icon's setting.
#include "UiTestSupport.h"
#include "store/StoreTestSupport.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/common/ReaderSettings.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/StoragePage.h"
#include "ui/settings/TrayIcon.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace paperboy;
using namespace paperboy::ui;

class TestStoragePage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    const QString m_bookmarked = QStringLiteral("2403.01001");
    const QString m_noted = QStringLiteral("2403.01002");
    const QString m_note = QStringLiteral("Keep: **quiet gradients** 조용한 기울기");

    store::DataPaths paths() const { return store::DataPaths::inDirectory(m_data.path()); }

    SettingsDialog* openSettings(MainWindow& window, SettingsPage page)
    {
        window.actions().settings->trigger();
        SettingsDialog* dialog = nullptr;
        [&dialog, &window] {
            QTRY_VERIFY((dialog = window.findChild<SettingsDialog*>()) != nullptr);
        }();
        if (dialog)
            dialog->showPage(page);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        uitest::forgetWindowState();
        QVERIFY(uitest::importFixtures(m_data.path()).isEmpty());
        QString error;
        auto user = store::UserStore::open(paths(), &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY(user->setBookmarked(m_bookmarked, true, &error));
        QVERIFY(user->setNote(m_noted, m_note, &error));
        QVERIFY(user->setRead(m_noted, true, &error));
    }

    void clearCacheKeepsBookmarksAndNotes()
    {
        auto window = uitest::openWindow(m_data.path());
        QVERIFY(!window->cachedDays().isEmpty());
        QTRY_VERIFY(window->bookmarkedIds().contains(m_bookmarked));
        SettingsDialog* dialog = openSettings(*window, SettingsPage::Storage);
        QVERIFY(dialog);
        auto* page = qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage));
        QVERIFY(page);

        // Cancel in the question clears nothing.
        QTest::mouseClick(page->clearButton(), Qt::LeftButton);
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = page->findChild<QMessageBox*>()) != nullptr);
        question->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(!window->cachedDays().isEmpty());

        QSignalSpy cleared(window.get(), &MainWindow::cacheCleared);
        QTest::mouseClick(page->clearButton(), Qt::LeftButton);
        QTRY_VERIFY((question = page->findChild<QMessageBox*>()) != nullptr);
        question->button(QMessageBox::Yes)->click();
        QVERIFY(cleared.wait(10000));
        QCOMPARE(cleared.constFirst().constFirst().toBool(), true);
        QVERIFY2(page->status().contains(QStringLiteral("empty")), qPrintable(page->status()));
        QVERIFY(page->clearButton()->isEnabled());

        // The window shows the empty cache, with Sync among its offers.
        QVERIFY(window->cachedDays().isEmpty());
        QCOMPARE(window->paperList()->page(), PaperListPane::Page::NoCache);
        const EmptyStateWidget* empty =
            window->paperList()->emptyState(PaperListPane::Page::NoCache);
        QVERIFY(empty && empty->isVisible());
        const auto buttons = empty->findChildren<QToolButton*>();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(), [&window](const QToolButton* button) {
            return button->defaultAction() == window->actions().sync && button->isEnabled();
        }));
        // The bookmark stays in the window and in the user file, with the note and read mark.
        QVERIFY(window->bookmarkedIds().contains(m_bookmarked));
        dialog->reject();
        window.reset();

        QString error;
        auto user = store::UserStore::open(paths(), &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY(user->isBookmarked(m_bookmarked));
        QCOMPARE(user->note(m_noted).value_or(QString()), m_note);
        QVERIFY(user->isRead(m_noted));

        // The cache is empty and consistent, its full-text index too.
        store::test::ScratchConnection cache(paths().cacheFile);
        QVERIFY(cache.isOpen());
        QCOMPARE(cache.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(cache.run(QStringLiteral(
                     "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)")),
                 QString());
        for (const QString& table :
             {QStringLiteral("papers"), QStringLiteral("paper_sources"), QStringLiteral("sections"),
              QStringLiteral("digests"), QStringLiteral("digest_entries"), QStringLiteral("days"),
              QStringLiteral("fetches"), QStringLiteral("paper_fts")})
            QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt(), 0);
        QVERIFY(cache.scalar(QStringLiteral("PRAGMA foreign_key_check")).isNull());
    }

    void theCacheFillsAgainAfterClearing()
    {
        QVERIFY(uitest::importFixtures(m_data.path()).isEmpty());
        auto window = uitest::openWindow(m_data.path());
        QVERIFY(!window->cachedDays().isEmpty());
        QVERIFY(window->bookmarkedIds().contains(m_bookmarked) || QTest::qWaitFor([&window, this] {
                    return window->bookmarkedIds().contains(m_bookmarked);
                }));
    }

    // The store's side: whole days go, oldest first, and the newest always stays.
    void pruningDropsTheOldestDaysWhole()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        const store::DataPaths paths = store::DataPaths::inDirectory(dir.path());
        QString error;
        auto writer = store::CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));
        const qint64 used = writer->usedBytes(&error);
        QVERIFY(used > 0);
        // The bytes the rows take up inside their pages: every table of this small fixture fits
        // in one 8 KiB page, so a pruned day frees no whole page, but its rows are gone.
        store::test::ScratchConnection look(paths.cacheFile);
        const auto rowBytes = [&look] {
            return look.scalar(QStringLiteral("SELECT sum(pgsize - unused) FROM dbstat"))
                .toLongLong();
        };
        const qint64 rowsBefore = rowBytes();
        QVERIFY(rowsBefore > 0);
        QVERIFY(writer->pruneToSize(used, &error).isEmpty()); // at the limit: nothing goes
        const QList<QDate> first = writer->pruneToSize(used - 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first, QList<QDate>{QDate(2024, 3, 4)});
        QVERIFY(writer->usedBytes(&error) <= used);
        QVERIFY(rowBytes() < rowsBefore);
        const QList<QDate> rest = writer->pruneToSize(0, &error);
        QCOMPARE(rest, QList<QDate>{QDate(2024, 3, 5)}); // 2024-03-07, the newest, stays
        writer.reset();

        store::test::ScratchConnection cache(paths.cacheFile);
        QCOMPARE(cache.column(QStringLiteral("SELECT day FROM days")),
                 QStringList{QStringLiteral("2024-03-07")});
        QCOMPARE(cache.column(QStringLiteral("SELECT DISTINCT day FROM digests")),
                 QStringList{QStringLiteral("2024-03-07")});
        QCOMPARE(cache.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(cache.run(QStringLiteral(
                     "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)")),
                 QString());
        // Only the papers of the day that stayed are left, each still found by search.
        QCOMPARE(cache
                     .scalar(QStringLiteral("SELECT count(*) FROM papers WHERE pk NOT IN "
                                            "(SELECT paper FROM digest_entries)"))
                     .toInt(),
                 0);
        QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM paper_fts")).toInt(),
                 cache.scalar(QStringLiteral("SELECT count(*) FROM papers")).toInt());
    }

    // The window's side: the limit is remembered, and applies at once.
    void cacheLimitIsRememberedAndApplied()
    {
        QTemporaryDir dir;
        QStringList files;
        // Five days of 300 papers with long texts: several megabytes of cache.
        for (int d = 0; d < 5; ++d) {
            const QDate day = QDate(2024, 5, 6).addDays(d);
            QByteArray text = "## Daily Papers (" + day.toString(Qt::ISODate).toUtf8() + ")\n\n";
            for (int i = 1; i <= 300; ++i) {
                const QByteArray number = QByteArray::number(d * 1000 + i).rightJustified(5, '0');
                text += "### [Limit Paper " + number + "](https://arxiv.org/abs/2405." + number +
                        ")\n\nVote: 3\n\nAuthors: Ada Tester\n\n- ***What's New***: " +
                        QByteArray("Long summary text about caches and limits. ").repeated(40) +
                        number + "\n\n";
            }
            const QString file =
                dir.path() + QStringLiteral("/%1.md").arg(day.toString(Qt::ISODate));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
            files.append(file);
        }
        const QString data = dir.path() + QStringLiteral("/data");
        QVERIFY(uitest::importInto(data, files).isEmpty());
        auto window = uitest::openWindow(data);
        QCOMPARE(window->cachedDays().size(), 5);
        SettingsDialog* dialog = openSettings(*window, SettingsPage::Storage);
        QVERIFY(dialog);
        auto* page = qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage));
        QVERIFY(page);
        QCOMPARE(page->limitBox()->value(), 0); // no limit unless asked
        QSignalSpy pruned(window.get(), &MainWindow::cachePruned);
        page->limitBox()->setValue(2);
        QCOMPARE(CacheLimit::load().megabytes, 2);
        QVERIFY(pruned.wait(20000));
        const auto days = pruned.constFirst().constFirst().value<QList<QDate>>();
        QVERIFY(!days.isEmpty() && days.size() < 5);
        QCOMPARE(days.constFirst(), QDate(2024, 5, 6));
        QCOMPARE(window->cachedDays().size(), 5 - int(days.size()));
        QVERIFY(window->cachedDays().contains(QDate(2024, 5, 10)));
        dialog->reject();
        QTRY_VERIFY(!window->findChild<SettingsDialog*>());
        // Remembered: the page shows it again, and an import over the limit is pruned too.
        dialog = openSettings(*window, SettingsPage::Storage);
        QCOMPARE(
            qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage))->limitBox()->value(),
            2);
        qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage))->limitBox()->setValue(0);
        QCOMPARE(CacheLimit::load().megabytes, 0);
        dialog->reject();
    }

    void storageLeadsToTheThumbnailLimits()
    {
        auto window = uitest::openWindow(m_data.path());
        SettingsDialog* dialog = openSettings(*window, SettingsPage::Storage);
        QVERIFY(dialog);
        auto* link = dialog->page(SettingsPage::Storage)
                         ->findChild<QPushButton*>(QStringLiteral("storageThumbnails"));
        QVERIFY(link);
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(dialog->currentPage(), SettingsPage::Thumbnails);
        dialog->reject();
    }

    void trayIconSettingIsRemembered()
    {
        auto window = uitest::openWindow(m_data.path());
        QVERIFY(SyncSettings::load().trayIcon); // wanted by default; shown only with a tray
        SettingsDialog* dialog = openSettings(*window, SettingsPage::Sync);
        QVERIFY(dialog);
        auto* tray = dialog->findChild<QCheckBox*>(QStringLiteral("trayIcon"));
        QVERIFY(tray);
        QVERIFY(tray->isChecked());
        QCOMPARE(tray->isEnabled(), SyncSettings::trayAvailable());
        tray->setChecked(false);
        QCOMPARE(SyncSettings::load().trayIcon, false);
        QVERIFY(!window->trayIcon()->isShown());
        dialog->reject();
        QTRY_VERIFY(!window->findChild<SettingsDialog*>());
        dialog = openSettings(*window, SettingsPage::Sync);
        tray = dialog->findChild<QCheckBox*>(QStringLiteral("trayIcon"));
        QVERIFY(!tray->isChecked());
        tray->setChecked(true);
        QCOMPARE(SyncSettings::load().trayIcon, true);
        // Shown exactly where the desktop has a tray (the offscreen platform has none).
        QCOMPARE(window->trayIcon()->isShown(), SyncSettings::trayAvailable());
        QCOMPARE(window->trayIcon()->notifyNewPapers(3), SyncSettings::trayAvailable());
        QVERIFY(!window->trayIcon()->notifyNewPapers(0));
        dialog->reject();
    }

    void theNotificationCountsInPlurals()
    {
        QCOMPARE(TrayIcon::newPapersMessage(1), QStringLiteral("1 new paper"));
        QCOMPARE(TrayIcon::newPapersMessage(12), QStringLiteral("12 new papers"));
    }
};

PAPERBOY_UI_TEST_MAIN(TestStoragePage)
#include "TestStoragePage.moc"
