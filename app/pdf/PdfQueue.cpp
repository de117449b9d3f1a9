#include "pdf/PdfQueue.h"

#include "core/RetryAfter.h"

#include <QDateTime>

#include <algorithm>

namespace paperboy::pdf {

PdfQueue::PdfQueue(PdfFiles files, PdfOptions options, QObject* parent)
    : QObject(parent), m_files(std::move(files)), m_options(std::move(options))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] {
        m_queue.prepend(m_currentId); // its turn again, before the others; tries counted on
        next();
    });
}

PdfQueue::~PdfQueue()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void PdfQueue::enqueue(const QStringList& paperIds)
{
    for (const QString& id : paperIds) {
        if (id != m_currentId && !m_queue.contains(id))
            m_queue.append(id);
    }
    if (!m_current && !m_wait.isActive())
        next();
}

void PdfQueue::cancelAll()
{
    QStringList left = std::exchange(m_queue, {});
    if (m_wait.isActive()) {
        m_wait.stop();
        left.prepend(std::exchange(m_currentId, {}));
    }
    if (m_current)
        m_current->cancel(); // answers through onDone
    for (const QString& id : std::as_const(left)) {
        PdfResult result;
        result.paperId = id;
        result.outcome = PdfResult::Outcome::Cancelled;
        emit finished(result);
    }
    if (isIdle())
        emit idle();
}

void PdfQueue::next()
{
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    const QString id = m_queue.takeFirst();
    if (id != m_currentId)
        m_tries = 0;
    m_currentId = id;
    ++m_tries;
    m_current = new PdfDownload(m_network, m_files, m_options, id, this);
    connect(m_current, &PdfDownload::progress, this,
            [this, id](qint64 received, qint64 total) { emit progress(id, received, total); });
    connect(m_current, &PdfDownload::done, this, &PdfQueue::onDone);
    emit started(id);
    m_current->start();
}

void PdfQueue::onDone(const PdfResult& result)
{
    if (m_current) {
        m_current->deleteLater();
        m_current = nullptr;
    }
    if (result.outcome == PdfResult::Outcome::Failed && result.retryable &&
        m_tries < m_options.maxTries) {
        const qint64 backoff = qint64(m_options.backoffMs) << std::min(m_tries - 1, 10);
        const qint64 wait = std::min<qint64>(
            core::parseRetryAfterMs(result.retryAfter, QDateTime::currentDateTimeUtc())
                .value_or(backoff),
            m_options.maxWaitMs);
        m_wait.start(int(wait)); // m_currentId stays: tried again, continuing its part
        return;
    }
    m_currentId.clear();
    emit finished(result);
    next();
}

} // namespace paperboy::pdf
