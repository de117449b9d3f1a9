// The upgrade of an older cache before the window: it runs off the GUI thread, a small window
// says what is happening meanwhile, and the cache comes out current and consistent. A current
// or missing cache is left alone.
#include "UiTestSupport.h"
#include "store/StoreTestSupport.h"
#include "store/cache/CacheRecovery.h"
#include "ui/list/PaperListPane.h"
#include "ui/window/CacheUpgrade.h"

#include <QListView>
#include <QProgressDialog>
#include <QTimer>

using namespace paperboy;

namespace {

int userVersion(const QString& file)
{
    store::test::ScratchConnection look(file);
    return look.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

// The text of the upgrade window whenever one is on screen while `work` runs.
QStringList progressShownDuring(const std::function<void()>& work)
{
    QStringList shown;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&shown] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QProgressDialog*>(widget);
            if (dialog && dialog->isVisible() && !shown.contains(dialog->labelText()))
                shown.append(dialog->labelText());
        }
    });
    watch.start(0);
    work();
    return shown;
}

} // namespace

class TestCacheUpgrade final : public QObject
{
    Q_OBJECT

private slots:
    void olderCacheIsUpgradedWithAWordOnScreen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto paths = store::DataPaths::inDirectory(dir.path());
        {
            // A cache as the first version wrote it: every migration since runs.
            store::test::ScratchConnection older(paths.cacheFile);
            QCOMPARE(older.run(store::test::readTextFile(
                         QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/cache_v1.sql"))),
                     QString());
        }
        QCOMPARE(userVersion(paths.cacheFile), 1);
        QVERIFY(store::cacheNeedsUpgrade(paths));
        const QStringList shown =
            progressShownDuring([&paths] { ui::upgradeCacheShowingProgress(paths, 0); });
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("Upgrading the cache")),
                 qPrintable(shown.first()));
        for (QWidget* widget : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QProgressDialog*>(widget) || !widget->isVisible());
        QVERIFY(userVersion(paths.cacheFile) > 1);
        QVERIFY(!store::cacheNeedsUpgrade(paths));
        store::test::ScratchConnection look(paths.cacheFile);
        QCOMPARE(look.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(look.run(QStringLiteral("INSERT INTO paper_fts (paper_fts, rank) VALUES "
                                         "('integrity-check', 1)")),
                 QString());
        // The window opens on it as on any cache.
        auto window = uitest::openWindow(dir.path());
        QTRY_VERIFY(window->paperList()->view()->model()->rowCount() > 0);
    }

    void currentOrMissingCacheIsLeftAlone()
    {
        QTemporaryDir dir;
        const auto paths = store::DataPaths::inDirectory(dir.path());
        QVERIFY(!store::cacheNeedsUpgrade(paths));
        QCOMPARE(progressShownDuring([&paths] { ui::upgradeCacheShowingProgress(paths, 0); }),
                 QStringList());
        QVERIFY(!QFileInfo::exists(paths.cacheFile)); // nothing was created

        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        const QByteArray before = store::test::fileBytes(paths.cacheFile);
        QVERIFY(!store::cacheNeedsUpgrade(paths));
        QCOMPARE(progressShownDuring([&paths] { ui::upgradeCacheShowingProgress(paths, 0); }),
                 QStringList());
        QCOMPARE(store::test::fileBytes(paths.cacheFile), before);
    }
};

QTEST_MAIN(TestCacheUpgrade)
#include "TestCacheUpgrade.moc"
