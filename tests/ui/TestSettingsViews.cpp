// Each feature's view of the settings (SummarySettings, PdfSettings, ReaderState, ... load() and
// save()) over the settings table: a file written before the table opens as the user left it,
// an empty one gives the defaults, and what a view saves it loads again.
#include "UiTestSupport.h"
#include "i18n/Language.h"
#include "pdf/PdfSettings.h"
#include "summarize/SummarySettings.h"
#include "thumbs/ThumbnailSettings.h"
#include "ui/common/ReaderSettings.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/settings/StoragePage.h"

#include <QDir>
#include <QFile>
#include <QSettings>

using namespace paperboy;
using namespace paperboy::ui;

class TestSettingsViews final : public QObject
{
    Q_OBJECT

private slots:
    void init() { uitest::forgetWindowState(); }

    void aFileFromBeforeTheTableOpensAsLeft()
    {
        const QString path =
            QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy")).fileName();
        QFile::remove(path);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath())); // no setting was written yet
        QVERIFY(
            QFile::copy(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/settings/Paperboy.conf"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        QCOMPARE(i18n::savedLanguageChoice(), QStringLiteral("ko"));
        const AppearanceSettings appearance = AppearanceSettings::load();
        QCOMPARE(appearance.theme, Theme::Dark);
        QCOMPARE(appearance.detailFontPoints, 15);
        const SyncSettings sync = SyncSettings::load();
        QCOMPARE(sync.syncOnStart, false);
        QCOMPARE(sync.recentDays, 30);
        QCOMPARE(sync.intervalMinutes, 0);
        QCOMPARE(sync.trayIcon, false);
        QCOMPARE(CacheLimit::load().megabytes, 2048);
        const pdf::PdfSettings pdf = pdf::PdfSettings::load();
        QCOMPARE(pdf.downloadBookmarked, false);
        QCOMPARE(pdf.baseUrl, QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(pdf.maxMb, 250);
        const summarize::SummarySettings summaries = summarize::SummarySettings::load();
        QCOMPARE(summaries.endpoint, QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(summaries.model, QStringLiteral("qwen2.5:14b"));
        QCOMPARE(summaries.concurrency, 3);
        QCOMPARE(summaries.usePdfText, false);
        QCOMPARE(summaries.downloadPdf, true);
        QCOMPARE(summaries.pdfTokenBudget, 12000);
        QCOMPARE(summaries.timeoutSeconds, 600);
        QCOMPARE(summaries.afterSync, true);
        const thumbs::ThumbnailSettings thumbnails = thumbs::ThumbnailSettings::load();
        QCOMPARE(thumbnails.allowedHosts, QStringList({QStringLiteral("images.example.org"),
                                                       QStringLiteral("cdn.example.com")}));
        QCOMPARE(thumbnails.prefetchAfterSync, false);
        QCOMPARE(thumbnails.diskLimitMb, 1024);
        const ReaderState state = ReaderState::load();
        QCOMPARE(state.geometry, QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6));
        QCOMPARE(state.windowState, QByteArray("\x00\x00\x00\xff", 4));
        QCOMPARE(state.splitterState, QByteArray("\x00\x00\x00\x0a\x01", 5));
        QCOMPARE(state.day, QDate(2024, 3, 5));
        QCOMPARE(state.paperId, QStringLiteral("2403.01234"));
        QCOMPARE(state.latestDayAtExit, QDate(2024, 3, 7));
        QCOMPARE(state.sortMode, 2);
        QCOMPARE(state.searchSort, 1);
        QCOMPARE(state.koreanTitles, true);
        QCOMPARE(state.calendarHeight, 240);
        QCOMPARE(state.navigatorTab, 3);
    }

    void anEmptyFileGivesEachViewItsDefaults()
    {
        QCOMPARE(i18n::savedLanguageChoice(), QStringLiteral("system"));
        QCOMPARE(AppearanceSettings::load().theme, AppearanceSettings().theme);
        QCOMPARE(SyncSettings::load().recentDays, SyncSettings().recentDays);
        QCOMPARE(SyncSettings::load().intervalMinutes, 60);
        QCOMPARE(CacheLimit::load().megabytes, 0);
        QCOMPARE(pdf::PdfSettings::load().baseUrl, QStringLiteral("https://arxiv.org"));
        QCOMPARE(summarize::SummarySettings::load().model, summarize::SummarySettings().model);
        QCOMPARE(summarize::SummarySettings::load().pdfTokenBudget, 4000);
        QCOMPARE(thumbs::ThumbnailSettings::load().diskLimitMb, 512);
        QVERIFY(!ReaderState::load().day.isValid());
        QCOMPARE(ReaderState::load().navigatorTab, 0);
    }

    void whatAViewSavesItLoads()
    {
        summarize::SummarySettings summaries;
        summaries.model = QStringLiteral("mistral");
        summaries.timeoutSeconds = 42;
        summaries.save();
        QCOMPARE(summarize::SummarySettings::load().model, QStringLiteral("mistral"));
        QCOMPARE(summarize::SummarySettings::load().timeoutSeconds, 42);

        ReaderState state;
        state.day = QDate(2025, 12, 31);
        state.splitterState = QByteArray("\x00\x01", 2);
        state.koreanTitles = true;
        state.save();
        const ReaderState loaded = ReaderState::load();
        QCOMPARE(loaded.day, QDate(2025, 12, 31));
        QCOMPARE(loaded.splitterState, QByteArray("\x00\x01", 2));
        QCOMPARE(loaded.koreanTitles, true);
        // As the file always held it, so an older Paperboy reads the day too.
        QCOMPARE(QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy"))
                     .value(QStringLiteral("reader/day")),
                 QVariant(QStringLiteral("2025-12-31")));
    }
};

PAPERBOY_UI_TEST_MAIN(TestSettingsViews)
#include "TestSettingsViews.moc"
