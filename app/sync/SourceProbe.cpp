#include "sync/SourceProbe.h"

#include "sync/DigestDecoder.h"
#include "sync/HttpFetcher.h"

#include <QCoreApplication>

namespace paperboy::sync {

// Lives on the probe's thread with its own HttpFetcher (a network manager belongs to the
// thread that made it); answers through the owner's signals, which Qt queues to the GUI.
class SourceProbe::Worker final : public QObject
{
public:
    Worker(SourceProbe* owner, const SyncOptions& options) : m_owner(owner), m_options(options) {}

    void start(const SourceDefinition& source, QDate day)
    {
        if (!m_fetcher) {
            m_fetcher = new HttpFetcher(m_options, this);
            connect(m_fetcher, &HttpFetcher::requestLogged, m_owner, &SourceProbe::requestLogged);
        }
        m_source = source;
        m_day = day;
        m_pages.clear();
        m_result = {};
        m_result.url = sourcePageUrl(source, day, 0, m_options.hfPageSize);
        m_cancelled = false;
        fetchPage();
    }

    void cancel()
    {
        m_cancelled = true;
        if (m_fetcher)
            m_fetcher->cancelAll(); // the running job ends as Cancelled, which finishes
    }

private:
    void fetchPage()
    {
        const int page = int(m_pages.size());
        const FetchJob job{
            sourcePageUrl(m_source, m_day, page, m_options.hfPageSize), {}, m_source.name, m_day};
        m_fetcher->fetch(job, [this](const FetchOutcome& outcome) { onPage(outcome); });
    }

    void onPage(const FetchOutcome& outcome)
    {
        m_result.status = outcome.status;
        m_result.bytes += outcome.body.size();
        const bool firstPage = m_pages.isEmpty();
        if (outcome.kind == FetchOutcome::Kind::Cancelled || m_cancelled)
            return finish(SourceProbeResult::Kind::Cancelled, {});
        if (outcome.kind == FetchOutcome::Kind::NotFound && firstPage)
            return finish(SourceProbeResult::Kind::NotPublished, {});
        if (outcome.kind == FetchOutcome::Kind::NotFound)
            return decode(); // no page after the last one
        if (outcome.kind != FetchOutcome::Kind::Ok)
            return finish(SourceProbeResult::Kind::Failed,
                          outcome.error.isEmpty()
                              ? QCoreApplication::translate("paperboy::sync::SourceProbe",
                                                            "unexpected answer (HTTP %1)")
                                    .arg(outcome.status)
                              : outcome.error);
        // Paged like sync pages it (SyncWorker::onPage): a full page may have a successor.
        const bool samePageAgain = !firstPage && m_pages.constLast() == outcome.body;
        if (!samePageAgain)
            m_pages.append(outcome.body);
        if (m_source.format == SourceFormat::HfJson && !samePageAgain &&
            jsonArrayLength(outcome.body) >= m_options.hfPageSize &&
            m_pages.size() < m_options.maxPages)
            return fetchPage();
        decode();
    }

    void decode()
    {
        m_result.pages = int(m_pages.size());
        const DecodedDigest decoded = decodeDigest(m_source, m_day, m_pages);
        m_pages.clear();
        m_result.warnings = decoded.warnings;
        if (!decoded.digest)
            return finish(SourceProbeResult::Kind::Failed, decoded.error);
        m_result.papers = int(decoded.digest->papers.size());
        for (const core::Paper& paper : decoded.digest->papers) {
            if (m_result.titles.size() >= maxTitles)
                break;
            m_result.titles.append(paper.title);
        }
        finish(SourceProbeResult::Kind::Found, {});
    }

    void finish(SourceProbeResult::Kind kind, const QString& error)
    {
        m_result.kind = kind;
        m_result.error = error;
        emit m_owner->finished(m_result);
    }

    SourceProbe* m_owner;
    const SyncOptions m_options;
    HttpFetcher* m_fetcher = nullptr;
    SourceDefinition m_source;
    QDate m_day;
    QByteArrayList m_pages;
    SourceProbeResult m_result;
    bool m_cancelled = false;
};

SourceProbe::SourceProbe(const SyncOptions& options, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-source-probe"),
                                [this, options] { return std::make_unique<Worker>(this, options); })
{
    qRegisterMetaType<RequestLogEntry>();
    qRegisterMetaType<SourceProbeResult>();
    connect(this, &SourceProbe::finished, this, [this] { m_running = false; });
}

SourceProbe::~SourceProbe()
{
    cancel();
    // The worker (with its network manager) is deleted on its own thread; it emits this
    // object's signals, so the thread stops while this object is whole.
    m_thread.stop();
}

bool SourceProbe::start(const SourceDefinition& source, QDate day)
{
    if (m_running || !day.isValid() || !validateSource(source).isEmpty())
        return false;
    m_running = true;
    m_thread.call([source, day](Worker& worker) { worker.start(source, day); });
    return true;
}

void SourceProbe::cancel()
{
    if (!m_running)
        return;
    m_thread.call([](Worker& worker) { worker.cancel(); });
}

} // namespace paperboy::sync
