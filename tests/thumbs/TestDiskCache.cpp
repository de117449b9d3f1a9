// The disk cache's bounds: least recently used first, pinned papers last, across restarts.
#include "thumbs/DiskCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace paperboy::thumbs;

namespace {

QUrl urlFor(int i)
{
    return QUrl(QStringLiteral("https://cdn-thumbnails.huggingface.co/p/%1.png").arg(i));
}

QString idFor(int i)
{
    return QStringLiteral("2411.%1").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestDiskCache final : public QObject
{
    Q_OBJECT

private slots:
    void evictsLeastRecentlyUsedWithinTheLimit()
    {
        QTemporaryDir dir;
        const QByteArray blob(100 * 1024, 'a');
        {
            DiskCache cache(dir.path(), 350 * 1024);
            for (int i = 0; i < 3; ++i) {
                QVERIFY(cache.write(urlFor(i), idFor(i), blob));
                QTest::qWait(20); // distinct modification times
            }
            QVERIFY(cache.read(urlFor(0))); // 0 is now the most recently used
            QTest::qWait(20);
            QVERIFY(cache.write(urlFor(3), idFor(3), blob));
            const DiskCacheStatus status = cache.status();
            QCOMPARE(status.files, 3);
            QVERIFY(status.bytes <= status.limitBytes);
            QVERIFY(cache.contains(urlFor(0)));
            QVERIFY(!cache.contains(urlFor(1))); // the least recently used went
            QVERIFY(cache.contains(urlFor(3)));
        }
        // A restart reads the same state from the folder, with a smaller limit applied.
        DiskCache again(dir.path(), 250 * 1024);
        QCOMPARE(again.status().files, 2);
        QVERIFY(!again.contains(urlFor(2)));
        QCOMPARE(again.read(urlFor(3)).value_or(QByteArray()), blob);
    }

    void pinnedPapersAreKept()
    {
        QTemporaryDir dir;
        const QByteArray blob(100 * 1024, 'b');
        DiskCache cache(dir.path(), 250 * 1024, [] { return QSet<QString>{idFor(0)}; });
        for (int i = 0; i < 5; ++i) {
            QVERIFY(cache.write(urlFor(i), idFor(i), blob));
            QTest::qWait(20);
        }
        QCOMPARE(cache.status().files, 2);
        QVERIFY(cache.contains(urlFor(0))); // the oldest, but bookmarked
        QVERIFY(cache.contains(urlFor(4)));
    }

    void aLowerLimitEvictsAtOnce()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 1024 * 1024);
        const QByteArray blob(100 * 1024, 'c');
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.write(urlFor(i), idFor(i), blob));
        QCOMPARE(cache.status().files, 5);
        cache.setLimitBytes(250 * 1024); // Settings → Thumbnails: a smaller disk cache
        QCOMPARE(cache.status().files, 2);
        QVERIFY(cache.status().bytes <= 250 * 1024);
        QCOMPARE(cache.status().limitBytes, 250 * 1024);
        QVERIFY(cache.contains(urlFor(4)));                             // the most recent stay
        QCOMPARE(DiskCache(dir.path(), 1024 * 1024).status().files, 2); // gone from the folder
    }

    void refusesWhatCannotFit()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 1000);
        QVERIFY(!cache.write(urlFor(1), idFor(1), QByteArray(2000, 'c')));
        QCOMPARE(cache.status().files, 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskCache)
#include "TestDiskCache.moc"
