#pragma once

#include "pdf/PdfDownload.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace paperboy::pdf {

// Bookmarked papers' PDFs, fetched one at a time to be polite to arXiv: a failed try that may
// succeed later (network, stall, 429, 5xx) waits (Retry-After, or a doubling backoff) and
// continues where it stopped, up to maxTries; anything else ends that paper and the next one
// starts. Lives on one thread with its own network access.
class PdfQueue final : public QObject
{
    Q_OBJECT
public:
    PdfQueue(PdfFiles files, PdfOptions options, QObject* parent = nullptr);
    ~PdfQueue() override;

    void enqueue(const QStringList& paperIds); // ids already waiting or running are skipped
    void cancelAll();                          // each one left is answered Cancelled
    // The size cap for downloads that start from now on (Settings → PDFs).
    void setMaxBytes(qint64 maxBytes) { m_options.maxBytes = maxBytes; }
    bool isIdle() const { return !m_current && m_queue.isEmpty() && !m_wait.isActive(); }
    const PdfFiles& files() const { return m_files; }

signals:
    void started(const QString& paperId);
    void progress(const QString& paperId, qint64 received, qint64 total);
    void finished(const paperboy::pdf::PdfResult& result);
    void idle();

private:
    void next();
    void onDone(const PdfResult& result);

    const PdfFiles m_files;
    PdfOptions m_options;
    QNetworkAccessManager m_network;
    QStringList m_queue;
    QString m_currentId; // running or waiting to try again
    PdfDownload* m_current = nullptr;
    int m_tries = 0;
    QTimer m_wait;
};

} // namespace paperboy::pdf
