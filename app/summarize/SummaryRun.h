#pragma once

#include "core/Paper.h"
#include "core/Summary.h"
#include "store/db/DataPaths.h"
#include "summarize/SummaryQueue.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace paperboy::pdf {
class PdfQueue;
struct PdfResult;
} // namespace paperboy::pdf

namespace paperboy::store {
class CacheReader;
}

namespace paperboy::summarize {

// Which papers to summarize, and how.
struct SummaryRequest
{
    QList<QDate> days;          // every paper of these days ...
    QStringList paperIds;       // ... and these (normalised ids, cached)
    bool onlyUncovered = false; // only papers no Korean source (digest, briefs, summary) covers
    ChatOptions chat;
    int concurrency = 2;
    bool usePdfText = true;
    bool downloadPdf = false;
    QString pdfBaseUrl = QStringLiteral("https://arxiv.org"); // {base}/pdf/{id}
    qint64 pdfMaxBytes = 100LL * 1024 * 1024;
};

struct SummaryTotals
{
    int summarized = 0;
    int alreadyDone = 0; // summarized by the same model before: not asked again
    int failed = 0;
    int cancelled = 0;
};

// The Korean sources a paper may already have: the two digests and a summary of ours.
bool hasKoreanSource(const core::Paper& paper);

// One summary run, shared by `paperboy summarize` and the window: picks the papers (skipping
// those the same model summarized), adds each one's PDF text when asked (a kept PDF, or one
// downloaded into a temporary folder), asks the endpoint through a SummaryQueue and reads
// each reply (readSummaryReply). It writes nothing: each summary is handed out through
// summaryReady() for the owner to store. Lives on one thread; the GUI runs it on its own.
class SummaryRun final : public QObject
{
    Q_OBJECT
public:
    SummaryRun(store::DataPaths paths, SummaryRequest request, QObject* parent = nullptr);
    ~SummaryRun() override;

    // Reads the cache and starts; false (with `error`) when the cache cannot be read. An id
    // that is not cached counts as failed. Emits finished() even when nothing is to be done.
    bool start(QString* error);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started(int toSummarize, int alreadyDone);
    void countsChanged(const paperboy::summarize::SummaryCounts& counts);
    void progress(int done, int total);
    void summaryReady(const paperboy::core::PaperSummary& summary);
    void paperFailed(const QString& paperId, const QString& error);
    void finished(const paperboy::summarize::SummaryTotals& totals);

private:
    core::Papers pickPapers(store::CacheReader& reader);
    void prepare(const core::Paper& paper);
    void onPdf(const pdf::PdfResult& result);
    void ask(const core::Paper& paper, const QString& pdfFile);
    void onAnswer(const ChatResult& result);
    void countDone();

    const store::DataPaths m_paths;
    const SummaryRequest m_request;
    std::unique_ptr<SummaryQueue> m_queue;
    std::unique_ptr<QTemporaryDir> m_downloads; // PDFs fetched only for their text
    std::unique_ptr<pdf::PdfQueue> m_pdfQueue;
    QHash<QString, core::Paper> m_papers; // by id, while in the run
    QSet<QString> m_withPdf;              // ids whose prompt holds the PDF's text
    SummaryTotals m_totals;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace paperboy::summarize

Q_DECLARE_METATYPE(paperboy::summarize::SummaryTotals)
