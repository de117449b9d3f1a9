#pragma once

#include "core/SettingKey.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

// Every setting Paperboy keeps, with its type, default and scope: the one table of them. No
// other file names a key (test_settings_layering checks it); a feature reads its settings
// through core::Settings (Settings.h) and, where it has several, offers them as one struct
// (summarize::SummarySettings, ui::ReaderState, ...). The names are those the settings file
// has always used: never rename one, or users lose what they set.
namespace paperboy::core {

namespace preference {

inline const PreferenceKey<QString> language{"appearance/language", QStringLiteral("system")};
inline const PreferenceKey<QString> theme{"appearance/theme", QStringLiteral("system")};
inline const PreferenceKey<int> detailFontPoints{"appearance/detailFontPoints", 0}; // 0: desktop's

inline const PreferenceKey<bool> syncOnStart{"sync/onStart", true};
inline const PreferenceKey<int> syncRecentDays{"sync/recentDays", 14};
inline const PreferenceKey<int> syncIntervalMinutes{"sync/intervalMinutes", 60}; // 0: never
inline const PreferenceKey<bool> trayIcon{"sync/trayIcon", true};

inline const PreferenceKey<int> cacheLimitMb{"storage/cacheLimitMb", 0}; // 0: no limit

inline const PreferenceKey<bool> pdfDownloadBookmarked{"pdf/downloadBookmarked", true};
inline const PreferenceKey<QString> pdfBaseUrl{"pdf/baseUrl", QStringLiteral("https://arxiv.org")};
inline const PreferenceKey<int> pdfMaxMb{"pdf/maxMb", 100};

inline const PreferenceKey<QString> summaryEndpoint{"summaries/endpoint",
                                                    QStringLiteral("https://api.openai.com/v1")};
inline const PreferenceKey<QString> summaryModel{"summaries/model", QStringLiteral("gpt-4o")};
inline const PreferenceKey<int> summaryConcurrency{"summaries/concurrency", 2};
inline const PreferenceKey<bool> summaryUsePdfText{"summaries/usePdfText", true};
inline const PreferenceKey<bool> summaryDownloadPdf{"summaries/downloadPdf", false};
inline const PreferenceKey<int> summaryPdfTokenBudget{"summaries/pdfTokenBudget", 4000};
inline const PreferenceKey<int> summaryTimeoutSeconds{"summaries/timeoutSeconds", 180};
inline const PreferenceKey<bool> summariesAfterSync{"summaries/afterSync", false};

inline const PreferenceKey<QStringList> thumbnailAllowedHosts{"thumbnails/allowedHosts", {}};
inline const PreferenceKey<bool> thumbnailPrefetchAfterSync{"thumbnails/prefetchAfterSync", true};
inline const PreferenceKey<int> thumbnailDiskLimitMb{"thumbnails/diskLimitMb", 512};

} // namespace preference

namespace session {

inline const SessionKey<QByteArray> windowGeometry{"window/geometry", {}};
inline const SessionKey<QByteArray> windowState{"window/state", {}};
inline const SessionKey<QByteArray> splitterState{"window/splitter", {}};
inline const SessionKey<int> navigatorTab{"window/navigatorTab", 0};
inline const SessionKey<int> calendarHeight{"window/calendarHeight", 0};

inline const SessionKey<QDate> day{"reader/day", {}};
inline const SessionKey<QString> paperId{"reader/paper", {}};
inline const SessionKey<QDate> latestDayAtExit{"reader/latestDayAtExit", {}};
inline const SessionKey<int> sortMode{"reader/sortMode", 0};
inline const SessionKey<bool> koreanTitles{"reader/koreanTitles", false};
inline const SessionKey<int> searchSort{"search/sort", 0};

inline const SessionKey<QString> exportFormat{"export/format", QStringLiteral("bibtex")};
inline const SessionKey<QString> digestFolder{"export/digestFolder", {}};

inline const SessionKey<QStringList> trendsQueries{
    "trends/queries", {QStringLiteral("diffusion"), QStringLiteral("\"world model\"")}};
inline const SessionKey<QString> trendsGrain{"trends/grain", QStringLiteral("week")};
inline const SessionKey<QString> trendsValues{"trends/values", QStringLiteral("share")};
inline const SessionKey<QDate> trendsFrom{"trends/from", {}};
inline const SessionKey<QDate> trendsTo{"trends/to", {}};
inline const SessionKey<QStringList> trendsHiddenTerms{"trends/hiddenTerms", {}};
inline const SessionKey<QByteArray> trendsLastChart{"trends/lastChart", {}}; // JSON

} // namespace session

// One row of the table, for the tests and for anything that lists the settings.
struct SettingInfo final
{
    QString name;
    SettingScope scope;
    QMetaType type;
    QVariant defaultValue;
};

template <typename T, SettingScope Scope> SettingInfo describe(const SettingKey<T, Scope>& key)
{
    return {QString::fromLatin1(key.name), Scope, QMetaType::fromType<T>(),
            QVariant::fromValue(key.defaultValue)};
}

// Every key above, preferences first, in the order written.
QList<SettingInfo> allSettings();

} // namespace paperboy::core
