// A day whose digests list no paper (a Korean-brief file of `[]`: the day was published
// without briefs) is no day with a digest for the window: it does not open on it, the
// calendar does not mark it, and "latest day" passes it by (issue 30).
#include "UiTestSupport.h"
#include "ui/common/Actions.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/days/DateNavigator.h"

#include <QFile>

using namespace paperboy;

class TestEmptyDays final : public QObject
{
    Q_OBJECT

private slots:
    void emptyLatestDayIsNoDigest();
};

void TestEmptyDays::emptyLatestDayIsNoDigest()
{
    uitest::forgetWindowState();
    QTemporaryDir data;
    QVERIFY(uitest::importFixtures(data.path()).isEmpty());
    // After the fixtures' last day (2024-03-07), a published day without briefs.
    const QDate lastWithPapers(2024, 3, 7);
    const QDate empty(2024, 3, 8);
    const QString file = data.filePath(QStringLiteral("2024-03-08_paper_ko.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[]\n");
    }
    QVERIFY(uitest::importInto(data.path(), {file}).isEmpty());

    const auto window = uitest::openWindow(data.path());
    QCOMPARE(window->currentDay(), lastWithPapers);
    QVERIFY(!window->cachedDays().contains(empty));
    QCOMPARE(window->cachedDays().latest(), std::optional<QDate>(lastWithPapers));
    QVERIFY(!window->dateNavigator()->calendar()->cachedDays().contains(empty));

    // Going to the latest day from elsewhere lands on the day with papers again.
    window->showDay(QDate(2024, 3, 4));
    QCOMPARE(window->currentDay(), QDate(2024, 3, 4));
    window->actions().latestDay->trigger();
    QCOMPARE(window->currentDay(), lastWithPapers);
    // The empty day itself says it has no digest, and the nearest day is one with papers.
    window->showDay(empty);
    QVERIFY(window->actions().nearestDay->isEnabled());
    window->actions().nearestDay->trigger();
    QCOMPARE(window->currentDay(), lastWithPapers);
}

PAPERBOY_UI_TEST_MAIN(TestEmptyDays)
#include "TestEmptyDays.moc"
