#include "summarize/SummaryRun.h"

#include "core/Digest.h"
#include "pdf/PdfQueue.h"
#include "store/cache/CacheReader.h"
#include "summarize/PdfText.h"
#include "summarize/SummaryReply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace paperboy::summarize {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::summarize)
};

// The prompt keeps only the budget's worth; reading far more of a long paper is wasted work.
qsizetype pdfCharactersFor(int tokenBudget)
{
    return qsizetype(tokenBudget) * 6 + 1000;
}

} // namespace

bool hasKoreanSource(const core::Paper& paper)
{
    return paper.sources.contains(core::koreanDigestSource()) ||
           paper.sources.contains(core::koreanAutoflowSource()) ||
           paper.sources.contains(core::summarizerSource());
}

SummaryRun::SummaryRun(store::DataPaths paths, SummaryRequest request, QObject* parent)
    : QObject(parent), m_paths(std::move(paths)), m_request(std::move(request))
{
    qRegisterMetaType<SummaryTotals>();
    qRegisterMetaType<core::PaperSummary>();
}

SummaryRun::~SummaryRun() = default;

bool SummaryRun::start(QString* error)
{
    auto reader = store::CacheReader::open(m_paths, error);
    if (!reader)
        return false;
    const core::Papers papers = pickPapers(*reader);
    reader.reset();
    m_running = true;
    for (const core::Paper& paper : papers) {
        if (paper.summaryModel == m_request.chat.model)
            ++m_totals.alreadyDone;
        else
            m_papers.insert(paper.id.id(), paper);
    }
    m_total = int(m_papers.size()) + m_totals.failed;
    m_done = m_totals.failed;
    emit started(m_total, m_totals.alreadyDone);
    if (m_papers.isEmpty()) {
        m_running = false;
        emit finished(m_totals);
        return true;
    }
    m_queue = std::make_unique<SummaryQueue>(m_request.chat, m_request.concurrency);
    connect(m_queue.get(), &SummaryQueue::countsChanged, this, &SummaryRun::countsChanged);
    connect(m_queue.get(), &SummaryQueue::finished, this, &SummaryRun::onAnswer);
    for (const core::Paper& paper : papers) {
        if (m_papers.contains(paper.id.id()))
            prepare(paper);
    }
    return true;
}

core::Papers SummaryRun::pickPapers(store::CacheReader& reader)
{
    core::Papers picked;
    QSet<QString> seen;
    const auto take = [&](const core::Paper& paper) {
        if (seen.contains(paper.id.id()))
            return;
        seen.insert(paper.id.id());
        const bool coveredByOthers =
            hasKoreanSource(paper) && paper.summaryModel != m_request.chat.model;
        if (!m_request.onlyUncovered || !coveredByOthers)
            picked.append(paper);
    };
    for (const QDate day : m_request.days) {
        for (const core::Paper& paper : reader.dayPapers(day))
            take(paper);
    }
    for (const QString& id : m_request.paperIds) {
        if (const auto paper = reader.paper(id)) {
            take(*paper);
        } else if (!seen.contains(id)) {
            seen.insert(id);
            ++m_totals.failed;
            emit paperFailed(id, Text::tr("not in the cache"));
        }
    }
    return picked;
}

void SummaryRun::prepare(const core::Paper& paper)
{
    const QString id = paper.id.id();
    if (m_request.usePdfText && m_request.chat.pdfTokenBudget > 0) { // no budget: no download
        const pdf::PdfFiles kept(m_paths.userFile);
        if (kept.has(id)) {
            ask(paper, kept.fileFor(id));
            return;
        }
        if (m_request.downloadPdf) {
            if (!m_pdfQueue) {
                m_downloads = std::make_unique<QTemporaryDir>();
                pdf::PdfOptions options;
                options.baseUrl = m_request.pdfBaseUrl;
                options.maxBytes = m_request.pdfMaxBytes;
                // PdfFiles keeps <folder of the given file>/pdf: the temporary folder's.
                m_pdfQueue = std::make_unique<pdf::PdfQueue>(
                    pdf::PdfFiles(QDir(m_downloads->path()).filePath(QStringLiteral("x"))),
                    options);
                connect(m_pdfQueue.get(), &pdf::PdfQueue::finished, this, &SummaryRun::onPdf);
            }
            m_pdfQueue->enqueue({id});
            return;
        }
    }
    ask(paper, {});
}

void SummaryRun::onPdf(const pdf::PdfResult& result)
{
    const auto found = m_papers.constFind(result.paperId);
    if (found == m_papers.constEnd())
        return;
    using Outcome = pdf::PdfResult::Outcome;
    if (m_cancelled || result.outcome == Outcome::Cancelled) {
        ++m_totals.cancelled;
        countDone();
        return;
    }
    // Without its PDF a paper is still summarized, from its abstract.
    const bool kept =
        result.outcome == Outcome::Downloaded || result.outcome == Outcome::AlreadyThere;
    ask(*found, kept ? result.file : QString());
    if (kept)
        QFile::remove(result.file); // fetched for this prompt only
}

void SummaryRun::ask(const core::Paper& paper, const QString& pdfFile)
{
    PaperText text{paper.id.id(), paper.title, paper.abstract, {}};
    if (text.abstract.isEmpty())
        text.abstract = paper.aiSummary;
    if (!pdfFile.isEmpty() && m_request.chat.pdfTokenBudget > 0) {
        QString ignored; // an unreadable PDF leaves the abstract alone
        text.pdfText =
            extractPdfText(pdfFile, pdfCharactersFor(m_request.chat.pdfTokenBudget), &ignored);
        if (!text.pdfText.isEmpty())
            m_withPdf.insert(text.id);
    }
    m_queue->enqueue(text);
}

void SummaryRun::onAnswer(const ChatResult& result)
{
    const auto found = m_papers.constFind(result.paperId);
    if (found == m_papers.constEnd())
        return;
    if (result.outcome == ChatResult::Outcome::Answered) {
        core::PaperSummary summary;
        summary.id = found->id;
        summary.title = found->title;
        summary.model = m_request.chat.model;
        summary.createdAt = QDateTime::currentDateTimeUtc();
        summary.sections = readSummaryReply(result.content).sections;
        for (core::Section& section : summary.sections)
            section.source = core::summarizerSource();
        summary.withPdfText = m_withPdf.contains(result.paperId);
        summary.promptTokens = result.promptTokens;
        summary.completionTokens = result.completionTokens;
        ++m_totals.summarized;
        emit summaryReady(summary);
    } else if (result.outcome == ChatResult::Outcome::Failed) {
        ++m_totals.failed;
        emit paperFailed(result.paperId, result.error);
    } else {
        ++m_totals.cancelled;
    }
    countDone();
}

void SummaryRun::countDone()
{
    ++m_done;
    emit progress(m_done, m_total);
    if (m_done >= m_total && m_running) {
        m_running = false;
        emit finished(m_totals);
    }
}

void SummaryRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_pdfQueue)
        m_pdfQueue->cancelAll();
    if (m_queue)
        m_queue->cancelAll();
}

} // namespace paperboy::summarize
