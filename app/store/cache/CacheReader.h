#pragma once

#include "core/Paper.h"
#include "store/cache/FetchRecord.h"
#include "store/db/DataPaths.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace paperboy::store {

class Connection;

struct DaySummary
{
    QDate date;
    int paperCount = 0;
};

// What the paper list shows: small, so that a day switch is one cheap indexed query.
struct PaperListItem
{
    QString id;
    QString title;
    QString titleKo;     // the Korean title of the first source that has one, else empty
    QStringList authors; // the first few names only (at most 4); authorCount tells how many
    int authorCount = 0;
    std::optional<int> votes;
    int position = 0; // digest order within the day
    QString thumbnailUrl;
};

// Read-only access to the cache. One per thread (each owns its own connection); WAL lets
// readers run while the writer writes. Every query here is indexed.
class CacheReader final
{
public:
    static std::unique_ptr<CacheReader> open(const DataPaths& paths, QString* error);
    ~CacheReader();

    // The days with a digest, ascending by date: days some digest lists a paper on. A day
    // whose digests list none (a Korean-brief file of `[]`, a day published without briefs)
    // stays in the cache, so that sync knows it was fetched (the fetch log), but it is no day
    // to list, show in the calendar or open.
    QList<DaySummary> days() const;
    std::optional<QDate> latestDay() const;        // the last of days()
    QList<PaperListItem> dayList(QDate day) const; // digest order
    core::Papers dayPapers(QDate day) const;       // full merged papers, digest order
    // Every author of every paper of the day (the list holds the first few only), by paper id:
    // the names of all sources, each once, in source order, joined with ", ".
    QHash<QString, QString> dayAuthors(QDate day) const;
    // The merged paper: every source's parts kept (sections, abstract, AI summary ...).
    std::optional<core::Paper> paper(const QString& id) const;
    // The model of each paper's summary (source "summarizer"), by paper id; papers without one
    // are left out. One indexed statement for all of them.
    QHash<QString, QString> summaryModels(const QStringList& paperIds) const;
    std::optional<FetchRecord> fetchRecord(QDate day, const QString& source) const;
    int paperCount() const;
    // The largest paper key (0 for none) and how many papers have a larger one: papers are
    // numbered as they arrive, so the two tell how many papers a sync added.
    qint64 newestPaperKey() const;
    int papersAfterKey(qint64 key) const;
    // Every cached day with a listed paper, and how many of its papers are not in `paperIds`
    // (the read ones: the calendar's unread counts). Reads a row per day and looks the given
    // papers up; nothing else of the archive.
    QHash<QDate, int> dayCountsWithout(const QSet<QString>& paperIds) const;

private:
    explicit CacheReader(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace paperboy::store
