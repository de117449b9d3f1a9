#include "ui/foryou/ForYouTrainer.h"

#include "store/cache/CacheReader.h"
#include "store/user/UserStore.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace paperboy::ui {

// Lives on the trainer's thread, where its connections were opened; keeps the last model so
// that a day switch to a day not yet scored costs one scoring of that day only.
class ForYouTrainer::Worker final
{
public:
    Worker(store::DataPaths paths, const std::atomic_bool* cancel)
        : m_paths(std::move(paths)), m_cancel(cancel)
    {}

    ForYouRun run(bool resetFirst, const QList<QDate>& days, QDate from, QDate to)
    {
        ForYouRun result;
        result.from = from;
        result.to = to;
        ForYouModelState& state = result.state;
        state.known = true;
        const QString file = rank::modelFile(m_paths);
        if (resetFirst) {
            m_model.reset();
            QFile::remove(file);
        }
        const store::UserStore* user = userStore(&state.error);
        const store::CacheReader* cache = reader();
        if (!user)
            return result;
        const rank::Labels labels = rank::readLabels(*user, cache);
        state.bookmarks = int(labels.bookmarkedIds.size());
        state.dismissed = int(labels.dismissed.size());
        state.bookmarksNeeded = std::max(0, rank::minimumBookmarks - state.bookmarks);
        m_model = rank::currentModel(m_paths, labels, cache, m_cancel, &state.error);
        if (cancelled())
            return result;
        const rank::Model* model = m_model ? &*m_model : nullptr;
        state.trained = model != nullptr;
        if (model) {
            const QFileInfo info(file);
            state.trainedAt = info.lastModified();
            state.modelBytes = info.size();
            state.features = model->featureCount();
        }
        if (cache && from.isValid() && to.isValid()) {
            result.period = rank::orderForYou(rank::papersBetween(*cache, from, to), model, labels);
            if (model) {
                for (const rank::RankedPaper& paper : result.period.papers)
                    result.scores.insert(paper.id, {paper.score, paper.why});
            }
        }
        if (model) {
            if (auto more = scoreDays(days, result.scores))
                result.scores.insert(*more);
        }
        return result;
    }

    // The papers of `days` not in `known`, scored; nullopt without a model or when cancelled.
    std::optional<rank::ScoreTable> scoreDays(const QList<QDate>& days,
                                              const rank::ScoreTable& known = {})
    {
        const store::CacheReader* cache = reader();
        if (!m_model || !cache)
            return std::nullopt;
        rank::PaperTexts papers;
        for (const QDate& day : days) {
            for (const core::Paper& paper : cache->dayPapers(day)) {
                if (!known.contains(paper.id.id()))
                    papers.append(rank::PaperText::fromPaper(paper));
            }
        }
        return rank::scoreAll(papers, *m_model, m_cancel);
    }

    bool cancelled() const { return m_cancel->load(std::memory_order_relaxed); }

    // A reset superseded before it ran: the model goes all the same (the reader asked for it).
    void forgetModel()
    {
        m_model.reset();
        QFile::remove(rank::modelFile(m_paths));
    }

private:
    // Null while there is no cache (the first import makes it).
    const store::CacheReader* reader()
    {
        if (!m_reader && QFileInfo::exists(m_paths.cacheFile)) {
            QString error;
            m_reader = store::CacheReader::open(m_paths, &error);
            if (!m_reader)
                qWarning("paperboy::ui::ForYouTrainer: %s", qUtf8Printable(error));
        }
        return m_reader.get();
    }

    // Read only here: the user-data thread, which opened (and if need be recovered) the file
    // first, is its one writer.
    const store::UserStore* userStore(QString* error)
    {
        if (!m_user)
            m_user = store::UserStore::open(m_paths, error);
        return m_user.get();
    }

    store::DataPaths m_paths;
    const std::atomic_bool* m_cancel;
    std::unique_ptr<store::CacheReader> m_reader;
    std::unique_ptr<store::UserStore> m_user;
    std::optional<rank::Model> m_model;
};

ForYouTrainer::ForYouTrainer(const store::DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(
                           QStringLiteral("paperboy-foryou"),
                           [this, paths] { return std::make_unique<Worker>(paths, &m_cancel); },
                           QThread::LowPriority)
{
    qRegisterMetaType<ForYouRun>();
    qRegisterMetaType<rank::ScoreTable>();
}

ForYouTrainer::~ForYouTrainer()
{
    m_newest.next(); // queued runs are skipped
    m_cancel = true; // and a run in progress stops at its next paper
    m_thread.stop();
}

void ForYouTrainer::retrain(const QList<QDate>& days, QDate from, QDate to)
{
    request(false, days, from, to);
}

void ForYouTrainer::reset(const QList<QDate>& days, QDate from, QDate to)
{
    request(true, days, from, to);
}

quint64 ForYouTrainer::request(bool resetFirst, const QList<QDate>& days, QDate from, QDate to)
{
    const quint64 ticket = m_newest.next();
    m_cancel = true; // the run in progress, if any, is superseded
    ++m_running;
    m_thread.ask(
        [this, ticket, resetFirst, days, from, to](Worker& worker) -> std::optional<ForYouRun> {
            // Cleared before the ticket is checked: a newer request made after the check
            // sets it again, and this run stops.
            m_cancel = false;
            if (!m_newest.isNewest(ticket) || m_thread.stopping().load()) {
                if (resetFirst)
                    worker.forgetModel();
                return std::nullopt;
            }
            ForYouRun result = worker.run(resetFirst, days, from, to);
            result.ticket = ticket;
            if (!m_newest.isNewest(ticket) || worker.cancelled())
                return std::nullopt;
            return result;
        },
        this,
        [this](const std::optional<ForYouRun>& run) {
            --m_running;
            if (run && m_newest.isNewest(run->ticket))
                emit finished(*run);
        });
    return ticket;
}

void ForYouTrainer::score(const QList<QDate>& days)
{
    m_thread.ask([days](Worker& worker) { return worker.scoreDays(days); }, this,
                 [this](const std::optional<rank::ScoreTable>& scores) {
                     if (scores && !scores->isEmpty())
                         emit scored(*scores);
                 });
}

} // namespace paperboy::ui
