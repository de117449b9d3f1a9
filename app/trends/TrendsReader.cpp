#include "trends/TrendsReader.h"

#include "core/Digest.h"
#include "search/QueryParser.h"
#include "search/Searcher.h"
#include "store/cache/MergedPapers.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/db/SqlValues.h"
#include "trends/TermText.h"

#include <QHash>

#include <algorithm>

namespace paperboy::trends {
namespace {

void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::trends::TrendsReader::%s failed: %s", what, qUtf8Printable(error));
}

// The first and last day a chart covers: the request's bounds, else the archive's.
std::pair<QDate, QDate> chartRange(const ChartRequest& request, const QMap<QDate, int>& days)
{
    QDate first = request.from.value_or(days.isEmpty() ? QDate() : days.firstKey());
    QDate last = request.to.value_or(days.isEmpty() ? QDate() : days.lastKey());
    return {first, last};
}

// How much of a source's sections (as plain text, in order) Rising reads. A term counts
// once per paper, and a digest names its topic first (its summary: ~230 characters, at most
// ~720 with the title, in the Korean digests); the later sections add method details and
// most of the cost, since splitting text into words is most of Rising's work. Issue 36:
// Rising within 2 s on 50,000 papers, whose sections run to ~1,500 characters each.
constexpr int sectionCharacters = 600;

// `text` without a word cut at its end: a text cut at sectionCharacters ends at its last
// space, so that no truncated word counts as a term.
QStringView wholeWords(const QString& text)
{
    if (text.size() < sectionCharacters)
        return text;
    qsizetype end = text.size();
    while (end > 0 && !text.at(end - 1).isSpace())
        --end;
    return QStringView(text).left(end);
}

} // namespace

std::unique_ptr<TrendsReader> TrendsReader::open(const store::DataPaths& paths, QString* error)
{
    auto searcher = search::Searcher::open(paths, error);
    if (!searcher)
        return nullptr;
    auto connection = store::openDatabase(paths.cacheFile, store::SchemaSpec::cache(), true, error);
    if (!connection)
        return nullptr;
    return std::unique_ptr<TrendsReader>(
        new TrendsReader(std::move(searcher), std::move(connection)));
}

TrendsReader::TrendsReader(std::unique_ptr<search::Searcher> searcher,
                           std::unique_ptr<store::Connection> connection)
    : m_searcher(std::move(searcher)), m_connection(std::move(connection))
{}

TrendsReader::~TrendsReader() = default;

QString TrendsReader::changeKey()
{
    // A removed day takes its entries and papers (the counts fall), a written one adds them or
    // rewrites its source rows (update_seq grows); arrivals' seq never goes back.
    QString error;
    const auto key = m_connection->scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM papers) || ':' || "
                       "(SELECT coalesce(max(seq), 0) FROM paper_arrivals) || ':' || "
                       "(SELECT coalesce(max(update_seq), 0) FROM paper_sources) || ':' || "
                       "(SELECT count(*) || '/' || coalesce(sum(paper_count), 0) FROM days)"),
        &error);
    if (!key) {
        logFailure("changeKey", error);
        return {};
    }
    return key->toString();
}

const QMap<QDate, int>& TrendsReader::papersByDay()
{
    const QString key = changeKey();
    if (!key.isEmpty() && key == m_papersKey)
        return m_papersByDay;
    m_papersByDay.clear();
    m_papersKey.clear();
    QString error;
    store::PreparedQuery select(
        *m_connection,
        QStringLiteral("SELECT day, count(*) FROM (SELECT MIN(day) AS day FROM digest_entries "
                       "GROUP BY paper) GROUP BY day"),
        &error);
    if (!select || !select.exec({}, &error)) {
        logFailure("papersByDay", error);
        return m_papersByDay;
    }
    while (select->next())
        m_papersByDay.insert(store::sql::dayFrom(select->value(0)), select->value(1).toInt());
    m_papersKey = key;
    return m_papersByDay;
}

Chart TrendsReader::chart(const ChartRequest& request)
{
    Chart chart;
    chart.grain = request.grain;
    chart.queries = request.queries;
    const QMap<QDate, int>& days = papersByDay();
    const auto [first, last] = chartRange(request, days);
    chart.periods = periodsBetween(first, last, request.grain);
    chart.papers = QList<int>(chart.periods.size(), 0);
    if (chart.periods.isEmpty()) {
        chart.counts = QList<QList<int>>(request.queries.size());
        return chart;
    }
    // The period of a day: an index into chart.periods, found by the periods' first days.
    QList<QDate> starts;
    for (const Period& period : std::as_const(chart.periods))
        starts.append(period.first);
    const auto periodIndex = [&](QDate day) -> qsizetype {
        if (!day.isValid() || day < first || day > last)
            return -1;
        return std::upper_bound(starts.cbegin(), starts.cend(), day) - starts.cbegin() - 1;
    };
    for (auto it = days.lowerBound(first); it != days.cend() && it.key() <= last; ++it)
        chart.papers[periodIndex(it.key())] += it.value();
    for (const QString& text : request.queries) {
        QList<int> counts(chart.periods.size(), 0);
        const search::Query query = search::parseQuery(text);
        if (!query.isEmpty()) {
            for (const search::DatedMatch& match : m_searcher->datedMatches(query)) {
                if (const qsizetype at = periodIndex(match.date); at >= 0)
                    ++counts[at];
            }
        }
        chart.counts.append(counts);
    }
    return chart;
}

QList<AuthorCount> TrendsReader::authors(const QString& text, std::optional<QDate> from,
                                         std::optional<QDate> to, int limit)
{
    const search::Query query = search::parseQuery(text);
    if (query.isEmpty() || limit <= 0)
        return {};
    QList<qint64> keys;
    for (const search::DatedMatch& match : m_searcher->datedMatches(query)) {
        if ((!from || match.date >= *from) && (!to || match.date <= *to))
            keys.append(match.key);
    }
    if (keys.isEmpty())
        return {};
    // The merged paper's authors (store/cache/MergedPapers.h): Hugging Face's list when it has one,
    // else the longest one, ties to the first source in source order.
    QString error;
    store::PreparedQuery select(
        *m_connection,
        QStringLiteral("SELECT paper, source, author_count, authors FROM paper_sources "
                       "WHERE paper IN (") +
            store::keysFromJsonArray() + QLatin1Char(')'),
        &error);
    if (!select || !select.exec({store::jsonArray(keys)}, &error)) {
        logFailure("authors", error);
        return {};
    }
    struct Chosen
    {
        QString source;
        int count = -1;
        QStringList authors;
    };
    QHash<qint64, Chosen> chosen;
    while (select->next()) {
        const qint64 paper = select->value(0).toLongLong();
        const QString source = select->value(1).toString();
        const int count = select->value(2).toInt();
        Chosen& current = chosen[paper];
        const bool fromHf = source == core::huggingFaceSource();
        const bool currentHf = current.source == core::huggingFaceSource() && current.count > 0;
        const bool better =
            !currentHf &&
            ((fromHf && count > 0) || count > current.count ||
             (count == current.count && store::sql::sourceOrderLess(source, current.source)));
        if (better)
            current = {source, count, store::sql::listFrom(select->value(3))};
    }
    QHash<QString, int> perAuthor;
    for (const Chosen& paper : std::as_const(chosen)) {
        QSet<QString> once; // a name listed twice on one paper counts once
        for (const QString& name : paper.authors) {
            const QString trimmed = name.simplified();
            if (!trimmed.isEmpty() && !once.contains(trimmed)) {
                once.insert(trimmed);
                ++perAuthor[trimmed];
            }
        }
    }
    QList<AuthorCount> ranked;
    for (auto it = perAuthor.cbegin(); it != perAuthor.cend(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [](const AuthorCount& a, const AuthorCount& b) {
        return a.papers != b.papers ? a.papers > b.papers : a.author < b.author;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

QList<RisingTerm> TrendsReader::rising(const RisingOptions& options)
{
    const int recentWeeks = std::max(1, options.weeks);
    const int beforeWeeks = std::max(1, options.beforeWeeks);
    const QString key = changeKey() + QLatin1Char('/') + QString::number(recentWeeks) +
                        QLatin1Char('/') + QString::number(beforeWeeks);
    if (!m_tally || key != m_tallyKey) {
        m_tally.reset();
        const QMap<QDate, int>& days = papersByDay();
        if (days.isEmpty())
            return {};
        // Whole ISO weeks: the recent ones end with the week of the newest day; the earlier
        // ones are the weeks before them that hold papers (an archive with a gap, a few
        // months not synced, still compares against the weeks it has).
        const QDate lastMonday = periodOf(days.lastKey(), Grain::Week).first;
        const QDate recentStart = lastMonday.addDays(-7 * (recentWeeks - 1));
        QList<QDate> earlierWeeks; // newest first
        for (auto it = days.lowerBound(recentStart); it != days.cbegin();) {
            --it;
            const QDate monday = periodOf(it.key(), Grain::Week).first;
            if (earlierWeeks.isEmpty() || earlierWeeks.constLast() != monday) {
                if (earlierWeeks.size() == beforeWeeks)
                    break;
                earlierWeeks.append(monday);
            }
        }
        const QDate start = earlierWeeks.isEmpty() ? recentStart : earlierWeeks.constLast();
        const auto weekIndex = [&](QDate day) {
            if (day >= recentStart)
                return beforeWeeks + int(recentStart.daysTo(day) / 7);
            const QDate monday = periodOf(day, Grain::Week).first;
            const qsizetype at = earlierWeeks.indexOf(monday);
            return at < 0 ? -1 : beforeWeeks - 1 - int(at);
        };
        QString error;
        store::PreparedQuery select(
            *m_connection,
            QStringLiteral(
                "SELECT f.paper, f.day, s.title, "
                "(SELECT substr(group_concat(paperboy_text(markdown), char(10)), 1, ?) "
                "FROM sections WHERE paper = s.paper AND source = s.source) "
                "FROM (SELECT paper, MIN(day) AS day FROM digest_entries GROUP BY paper) f "
                "JOIN paper_sources s ON s.paper = f.paper WHERE f.day >= ? "
                "ORDER BY f.day DESC, f.paper"),
            &error);
        store::Transaction snapshot(*m_connection, store::Transaction::Mode::Read);
        if (!snapshot.begin(&error) || !select ||
            !select.exec({sectionCharacters, store::sql::dayText(start)}, &error)) {
            logFailure("rising", error);
            return {};
        }
        // English terms come from the titles, which every source has, and Korean ones from
        // the Korean titles and the start of the sections (see sectionCharacters), counted
        // among the papers that have them. Abstracts
        // are left out: only some sources carry them (the Korean digests do not), so a share
        // over them rose and fell with the mix of sources, and their common words ("keeps",
        // "strongest") followed changes of writing style more than topics.
        auto tally = std::make_unique<RisingTally>(beforeWeeks, recentWeeks);
        // A paper's rows (one per source) are read before its terms are given: whether it
        // has an English title decides where they count.
        struct Row
        {
            QString title;
            QString korean;
        };
        qint64 paper = -1;
        int week = -1;
        QList<Row> rows;
        const auto use = [&tally](const QString& term, bool korean) {
            tally->addTerm(term, korean);
        };
        const auto flush = [&] {
            if (paper < 0)
                return;
            const bool hasTitle = std::any_of(rows.cbegin(), rows.cend(), [](const Row& row) {
                return !row.title.trimmed().isEmpty();
            });
            tally->beginPaper(week, hasTitle);
            for (const Row& row : std::as_const(rows)) {
                forEachTerm(row.title, use);
                forEachTerm(wholeWords(row.korean), use);
            }
            tally->endPaper();
            rows.clear();
        };
        while (select->next()) {
            const qint64 row = select->value(0).toLongLong();
            if (row != paper) {
                flush();
                paper = row;
                week = weekIndex(store::sql::dayFrom(select->value(1)));
            }
            rows.append({select->value(2).toString(), select->value(3).toString()});
        }
        flush();
        m_tally = std::move(tally);
        m_tallyKey = key;
    }
    return m_tally->rising(options);
}

} // namespace paperboy::trends
