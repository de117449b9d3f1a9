#include "core/SettingsKeys.h"

namespace paperboy::core {

QList<SettingInfo> allSettings()
{
    using namespace preference;
    using namespace session;
    return {
        describe(language),
        describe(theme),
        describe(detailFontPoints),
        describe(syncOnStart),
        describe(syncRecentDays),
        describe(syncIntervalMinutes),
        describe(trayIcon),
        describe(cacheLimitMb),
        describe(pdfDownloadBookmarked),
        describe(pdfBaseUrl),
        describe(pdfMaxMb),
        describe(summaryEndpoint),
        describe(summaryModel),
        describe(summaryConcurrency),
        describe(summaryUsePdfText),
        describe(summaryDownloadPdf),
        describe(summaryPdfTokenBudget),
        describe(summaryTimeoutSeconds),
        describe(summariesAfterSync),
        describe(thumbnailAllowedHosts),
        describe(thumbnailPrefetchAfterSync),
        describe(thumbnailDiskLimitMb),

        describe(windowGeometry),
        describe(windowState),
        describe(splitterState),
        describe(navigatorTab),
        describe(calendarHeight),
        describe(day),
        describe(paperId),
        describe(latestDayAtExit),
        describe(sortMode),
        describe(koreanTitles),
        describe(searchSort),
        describe(exportFormat),
        describe(digestFolder),
        describe(trendsQueries),
        describe(trendsGrain),
        describe(trendsValues),
        describe(trendsFrom),
        describe(trendsTo),
        describe(trendsHiddenTerms),
        describe(trendsLastChart),
    };
}

} // namespace paperboy::core
