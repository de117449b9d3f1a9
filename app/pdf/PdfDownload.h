#pragma once

#include "pdf/PdfFiles.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy::pdf {

struct PdfOptions
{
    QString baseUrl = QStringLiteral("https://arxiv.org"); // GET {baseUrl}/pdf/{id}
    qint64 maxBytes = 100LL * 1024 * 1024;
    int stallTimeoutMs = 30000; // no byte for this long: given up (kept for resuming)
    int maxTries = 4;           // per paper, for network errors, 429 and 5xx
    int backoffMs = 2000;       // 2 s, 4 s, 8 s ... between tries, or what Retry-After says
    int maxWaitMs = 120000;
    int maxRedirects = 5;
};

struct PdfResult
{
    enum class Outcome { Downloaded, AlreadyThere, Failed, Cancelled };
    QString paperId;
    Outcome outcome = Outcome::Failed;
    QString file;  // the kept PDF (Downloaded, AlreadyThere)
    QString error; // Failed: why, for the user
    bool retryable = false;
    QByteArray retryAfter; // from a 429 or 503
};

// One try at one paper's PDF, streamed to <id>.pdf.part and renamed to <id>.pdf only when the
// whole body arrived and began with %PDF-. A part left by an earlier try is continued with a
// Range request (a server that ignores it sends the whole file again, which replaces the part).
// Redirects are followed here, only to https or to loopback http, as sync does (see
// sync/HttpTransfer.h for why not by Qt). `done` is emitted exactly once.
class PdfDownload final : public QObject
{
    Q_OBJECT
public:
    PdfDownload(QNetworkAccessManager& network, PdfFiles files, PdfOptions options, QString paperId,
                QObject* parent = nullptr);
    ~PdfDownload() override;

    void start();
    void cancel(); // the part stays, so a later try continues it

signals:
    void progress(qint64 received, qint64 total); // total: -1 when unknown
    void done(const paperboy::pdf::PdfResult& result);

private:
    void get(const QUrl& url);
    void onReadyRead();
    void onFinished();
    void finish(PdfResult::Outcome outcome, const QString& error = {}, bool retryable = false,
                bool keepPart = true);
    void dropReply();
    int status() const;

    QNetworkAccessManager& m_network;
    const PdfFiles m_files;
    const PdfOptions m_options;
    const QString m_paperId;
    QNetworkReply* m_reply = nullptr;
    QFile m_part;
    QByteArray m_head;    // the body's first bytes, until they are checked
    qint64 m_written = 0; // bytes in the part file
    bool m_headOk = false;
    int m_redirects = 0;
    bool m_stalled = false;
    qint64 m_askedFrom = 0;   // the Range this reply was asked for (0: none)
    bool m_restarted = false; // this reply replaces the part from byte 0
    QByteArray m_retryAfter;
    bool m_cancelled = false;
    bool m_done = false;
    QTimer m_stall;
};

} // namespace paperboy::pdf
