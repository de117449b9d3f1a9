// Importing from the window: in the background, with progress, cancel, report and drops.
#include "UiTestSupport.h"
#include "common/TimeBudget.h"
#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "ui/common/Actions.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/days/DateNavigator.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportProgressWidget.h"
#include "ui/import/ImportReportDialog.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextCharFormat>

using namespace paperboy;
using namespace paperboy::ui;

namespace {

constexpr int importTimeoutMs = 240000;

QList<QDate> cachedDates(const QString& dataDir)
{
    QString error;
    const auto reader = store::CacheReader::open(store::DataPaths::inDirectory(dataDir), &error);
    QList<QDate> dates;
    if (!reader)
        return dates;
    for (const store::DaySummary& day : reader->days())
        dates.append(day.date);
    return dates;
}

QList<QDate> markedDates(const MainWindow& window)
{
    return window.dateNavigator()->calendar()->dateTextFormat().keys();
}

// The dates of the digest files under a daily_papers_ko folder (YYYY/MM/DD.md).
QList<QDate> datesOfFiles(const QString& folder)
{
    QList<QDate> dates;
    for (const QString& file : ingest::collectDigestFiles({folder}, nullptr)) {
        const QStringList parts = QDir::fromNativeSeparators(file).split(QLatin1Char('/'));
        dates.append(QDate(parts.at(parts.size() - 3).toInt(), parts.at(parts.size() - 2).toInt(),
                           parts.last().chopped(3).toInt()));
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

class TestBackgroundImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importRunsInTheBackgroundAndDaysAppear();
    void sampleDigestsImportCleanly();
    void cancelStopsTheImport();
    void closingDuringAFolderScanReturnsQuickly();
    void failuresAreReported();
    void droppedFilesAreImported();
    void importsAskedForWhileOneRunsAreQueued();
};

void TestBackgroundImport::initTestCase()
{
    if (!QFileInfo(uitest::corpusDir()).isDir())
        QFAIL(qPrintable(QStringLiteral("The shared corpus is missing: ") + uitest::corpusDir()));
}

void TestBackgroundImport::init()
{
    QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy")).clear();
}

void TestBackgroundImport::importRunsInTheBackgroundAndDaysAppear()
{
    QTemporaryDir data;
    MainWindow window(store::DataPaths::inDirectory(data.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.paperList()->page(), PaperListPane::Page::NoCache);

    const QString december = uitest::corpusDir() + QStringLiteral("/daily_papers_ko/2024/12");
    const QList<QDate> expectedDays = datesOfFiles(december);
    QVERIFY(expectedDays.size() > 10);

    // A fast timer stands for the user: if the GUI thread blocked, its ticks would stall.
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        if (ticks++ > 0)
            longestStallMs = qMax(longestStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    QStringList progressTexts;
    auto* progress = window.findChild<ImportProgressWidget*>();
    QVERIFY(progress);
    connect(&window.importController(), &ImportController::progressChanged, this,
            [&] { progressTexts.append(progress->text()); });

    QSignalSpy finished(&window.importController(), &ImportController::finished);
    heartbeat.start();
    window.importPaths({december});
    QVERIFY(window.importController().isRunning());
    QVERIFY(progress->isVisible());
    QVERIFY(finished.wait(importTimeoutMs));
    heartbeat.stop();

    const auto report = finished.at(0).at(0).value<ImportReport>();
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(QLatin1Char('\n'))));
    QCOMPARE(report.filesTotal, int(expectedDays.size()));
    QCOMPARE(report.imported, int(expectedDays.size()));
    qInfo("%d heartbeats during the import, longest gap %lld ms", ticks, longestStallMs);
    QVERIFY(ticks > 10);
    QVERIFY2(longestStallMs < test::timeBudgetMs(250), qPrintable(QString::number(longestStallMs)));
    QVERIFY(
        progressTexts.contains(QStringLiteral("Importing 1/%1\u2026").arg(expectedDays.size())));
    QVERIFY(!progress->isVisible());

    // The days appear: in the cache, on the calendar, and the window opens the latest one.
    QCOMPARE(cachedDates(data.path()), expectedDays);
    QCOMPARE(markedDates(window), expectedDays);
    QCOMPARE(window.currentDay(), expectedDays.last());
    QCOMPARE(window.paperList()->page(), PaperListPane::Page::Papers);
    QVERIFY(window.paperList()->model()->rowCount() > 0);
    QVERIFY(!window.currentPaperId().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Imported %1 digests").arg(expectedDays.size())));
}

void TestBackgroundImport::sampleDigestsImportCleanly()
{
    QTemporaryDir data;
    MainWindow window(store::DataPaths::inDirectory(data.path()));
    window.show();
    QSignalSpy finished(&window.importController(), &ImportController::finished);
    window.actions().loadSamples->trigger();
    QVERIFY(finished.wait(importTimeoutMs));
    const auto report = finished.at(0).at(0).value<ImportReport>();
    // The samples are ours: they must parse without a single warning.
    QVERIFY2(!report.hasProblems(), qPrintable(report.details()));
    QVERIFY(report.imported >= 3 && report.imported <= 4);
    QCOMPARE(markedDates(window), cachedDates(data.path()));
    QCOMPARE(window.currentDay(), cachedDates(data.path()).last());
    QVERIFY(window.paperList()->model()->rowCount() >= 5);
    QVERIFY(!window.findChild<ImportReportDialog*>()->isVisible());

    // Every sample paper has a title, authors, votes or not, and Korean or English sections.
    QString error;
    const auto reader =
        store::CacheReader::open(store::DataPaths::inDirectory(data.path()), &error);
    QVERIFY(reader);
    bool sawKorean = false;
    bool sawEnglish = false;
    for (const store::DaySummary& day : reader->days()) {
        for (const core::Paper& paper : reader->dayPapers(day.date)) {
            QVERIFY(paper.id.isValid());
            QVERIFY(!paper.authors.isEmpty());
            QVERIFY2(!paper.sections.isEmpty(), qPrintable(paper.id.id()));
            for (const core::Section& section : paper.sections) {
                sawKorean |= section.markdown.contains(QStringLiteral("니다"));
                sawEnglish |= section.markdown.contains(QLatin1String(" the "));
            }
        }
    }
    QVERIFY(sawKorean);
    QVERIFY(sawEnglish);
}

void TestBackgroundImport::cancelStopsTheImport()
{
    QTemporaryDir data;
    MainWindow window(store::DataPaths::inDirectory(data.path()));
    window.show();
    ImportController& import = window.importController();
    QSignalSpy finished(&import, &ImportController::finished);
    connect(&import, &ImportController::progressChanged, this, [&](int done, int) {
        if (done >= 2)
            import.cancel();
    });
    window.importPaths({uitest::corpusDir() + QStringLiteral("/daily_papers_ko")});
    QVERIFY(finished.wait(importTimeoutMs));
    const auto report = finished.at(0).at(0).value<ImportReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.filesTotal > 200);
    QVERIFY2(report.imported >= 2 && report.imported < 10, qPrintable(report.summary()));
    QVERIFY(report.summary().startsWith(QLatin1String("Import cancelled")));
    // What was written stays, and the window shows exactly that.
    QCOMPARE(cachedDates(data.path()).size(), report.imported);
    QCOMPARE(markedDates(window), cachedDates(data.path()));
    QVERIFY(!import.isRunning());
}

void TestBackgroundImport::closingDuringAFolderScanReturnsQuickly()
{
    // 20,000 folders without a digest; in memory where the system has it, as disks are slow
    // to create them on.
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir tree(base + QStringLiteral("/paperboy-scan-XXXXXX"));
    QVERIFY(tree.isValid());
    for (int outer = 0; outer < 80; ++outer) {
        for (int inner = 0; inner < 250; ++inner)
            QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("%1/%2").arg(outer).arg(inner))));
    }
    QElapsedTimer clock;
    clock.start();
    QVERIFY(ingest::collectDigestFiles({tree.path()}, nullptr).isEmpty());
    const qint64 fullScanMs = clock.elapsed();

    // The window's import controller, as the window holds it (the writer is never needed).
    QTemporaryDir data;
    std::unique_ptr<store::WriterThread> writer;
    auto import = std::make_unique<ImportController>([&]() -> store::WriterThread& {
        writer = std::make_unique<store::WriterThread>(store::DataPaths::inDirectory(data.path()));
        return *writer;
    });
    QSignalSpy finished(import.get(), &ImportController::finished);
    import->start({tree.path()});
    QVERIFY(import->isRunning());
    QTest::qWait(int(qMin<qint64>(fullScanMs / 10, 50))); // the scan is under way
    QCOMPARE(finished.size(), 0);
    clock.restart();
    import.reset(); // what closing the window does
    const qint64 closeMs = clock.elapsed();
    qInfo("full scan %lld ms, closing during the scan %lld ms", fullScanMs, closeMs);
    QVERIFY2(
        closeMs * 5 < fullScanMs,
        qPrintable(
            QStringLiteral("closing took %1 ms of a %2 ms scan").arg(closeMs).arg(fullScanMs)));
    QVERIFY(!writer);
}

void TestBackgroundImport::failuresAreReported()
{
    QTemporaryDir data;
    QTemporaryDir inputs;
    QFile bad(inputs.filePath(QStringLiteral("not-a-digest.md")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Just some notes, no digest header.\n");
    bad.close();
    MainWindow window(store::DataPaths::inDirectory(data.path()));
    window.show();
    QSignalSpy finished(&window.importController(), &ImportController::finished);
    window.importPaths({bad.fileName(), inputs.filePath(QStringLiteral("missing.md")),
                        uitest::fixtureDir() + QStringLiteral("/digests/2024/03/07.md")});
    QVERIFY(finished.wait(importTimeoutMs));
    const auto report = finished.at(0).at(0).value<ImportReport>();
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.failures.size(), 2);
    QVERIFY(report.failures.join(QLatin1Char('\n')).contains(QLatin1String("not-a-digest.md")));
    QVERIFY(report.failures.join(QLatin1Char('\n')).contains(QLatin1String("missing.md")));

    auto* dialog = window.findChild<ImportReportDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->text().contains(QLatin1String("not-a-digest.md")));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("2 failed")));
    QVERIFY(window.actions().showImportReport->isEnabled());
    QCOMPARE(window.currentDay(), QDate(2024, 3, 7)); // the one good file was imported
}

void TestBackgroundImport::droppedFilesAreImported()
{
    QTemporaryDir data;
    MainWindow window(store::DataPaths::inDirectory(data.path()));
    window.show();
    QSignalSpy finished(&window.importController(), &ImportController::finished);

    QMimeData mime;
    mime.setUrls(
        {QUrl::fromLocalFile(uitest::fixtureDir() + QStringLiteral("/digests/2024/03/04.md")),
         QUrl(QStringLiteral("https://example.org/not-local.md"))});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(finished.wait(importTimeoutMs));
    QCOMPARE(cachedDates(data.path()), QList<QDate>{QDate(2024, 3, 4)});
    QCOMPARE(window.currentDay(), QDate(2024, 3, 4));

    // Text without local files is not taken.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent textEnter(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

void TestBackgroundImport::importsAskedForWhileOneRunsAreQueued()
{
    QTemporaryDir data;
    MainWindow window(store::DataPaths::inDirectory(data.path()));
    window.show();
    QSignalSpy finished(&window.importController(), &ImportController::finished);
    window.importPaths({uitest::fixtureDir() + QStringLiteral("/digests/2024/03/04.md")});
    window.importPaths({uitest::fixtureDir() + QStringLiteral("/digests/2024/03/05.md"),
                        uitest::fixtureDir() + QStringLiteral("/hf")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, importTimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<ImportReport>().imported, 1);
    QCOMPARE(finished.at(1).at(0).value<ImportReport>().imported, 2);
    QCOMPARE(cachedDates(data.path()), (QList<QDate>{QDate(2024, 3, 4), QDate(2024, 3, 5)}));
    QCOMPARE(markedDates(window), cachedDates(data.path()));
}

PAPERBOY_UI_TEST_MAIN(TestBackgroundImport)
#include "TestBackgroundImport.moc"
