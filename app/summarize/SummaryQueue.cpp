#include "summarize/SummaryQueue.h"

namespace paperboy::summarize {

SummaryQueue::SummaryQueue(ChatOptions options, int concurrency, QObject* parent)
    : QObject(parent), m_options(std::move(options)),
      m_concurrency(qBound(1, concurrency, maxConcurrency))
{
    qRegisterMetaType<ChatResult>();
    qRegisterMetaType<SummaryCounts>();
}

SummaryQueue::~SummaryQueue()
{
    for (ChatCall* call : std::as_const(m_running)) {
        call->disconnect(this);
        delete call;
    }
}

void SummaryQueue::enqueue(const PaperText& paper)
{
    m_waiting.append(paper);
    startMore();
}

void SummaryQueue::cancelAll()
{
    const QList<PaperText> waiting = std::exchange(m_waiting, {});
    for (const PaperText& paper : waiting) {
        ChatResult result;
        result.paperId = paper.id;
        result.outcome = ChatResult::Outcome::Cancelled;
        emit finished(result);
    }
    const QList<ChatCall*> running = m_running;
    for (ChatCall* call : running)
        call->cancel(); // answers through onDone, which empties m_running
}

void SummaryQueue::startMore()
{
    while (m_running.size() < m_concurrency && !m_waiting.isEmpty()) {
        auto* call = new ChatCall(m_network, m_options, m_waiting.takeFirst(), this);
        m_running.append(call);
        connect(call, &ChatCall::requestSent, this, [this] {
            ++m_counts.requests;
            emit countsChanged(m_counts);
        });
        connect(call, &ChatCall::done, this,
                [this, call](const ChatResult& result) { onDone(call, result); });
        call->start();
    }
}

void SummaryQueue::onDone(ChatCall* call, const ChatResult& result)
{
    m_running.removeOne(call);
    call->disconnect(this);
    call->deleteLater();
    if (result.promptTokens || result.completionTokens) {
        m_counts.promptTokens += result.promptTokens.value_or(0);
        m_counts.completionTokens += result.completionTokens.value_or(0);
        emit countsChanged(m_counts);
    }
    emit finished(result);
    startMore();
    if (isIdle())
        emit idle();
}

} // namespace paperboy::summarize
