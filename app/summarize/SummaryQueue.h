#pragma once

#include "summarize/ChatCall.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

namespace paperboy::summarize {

// The running cost of a summary run, as the window and the CLI show it.
struct SummaryCounts
{
    int requests = 0; // HTTP requests sent, retries included
    qint64 promptTokens = 0;
    qint64 completionTokens = 0; // both from the endpoint's `usage`, when it says
};

// Papers waiting for their summary, asked at most `concurrency` (1–4) at a time, in the order
// added. Lives on one thread with its own network access. Papers may be added while it runs.
class SummaryQueue final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxConcurrency = 4;

    SummaryQueue(ChatOptions options, int concurrency, QObject* parent = nullptr);
    ~SummaryQueue() override;

    void enqueue(const PaperText& paper);
    void cancelAll(); // every paper left, running or waiting, is answered Cancelled
    bool isIdle() const { return m_running.isEmpty() && m_waiting.isEmpty(); }
    const SummaryCounts& counts() const { return m_counts; }

signals:
    void countsChanged(const paperboy::summarize::SummaryCounts& counts);
    void finished(const paperboy::summarize::ChatResult& result);
    void idle();

private:
    void startMore();
    void onDone(ChatCall* call, const ChatResult& result);

    const ChatOptions m_options;
    const int m_concurrency;
    QNetworkAccessManager m_network;
    QList<PaperText> m_waiting;
    QList<ChatCall*> m_running;
    SummaryCounts m_counts;
};

} // namespace paperboy::summarize
