#include "pdf/PdfDownload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace paperboy::pdf {
namespace {

bool redirectAllowed(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    const QHostAddress address(url.host());
    return scheme == QLatin1String("http") &&
           (address.isLoopback() ||
            url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Paperboy/") + QCoreApplication::applicationVersion().toLatin1() +
           QByteArrayLiteral(" (offline reader of AI-paper digests; one PDF at a time)");
}

} // namespace

PdfDownload::PdfDownload(QNetworkAccessManager& network, PdfFiles files, PdfOptions options,
                         QString paperId, QObject* parent)
    : QObject(parent), m_network(network), m_files(std::move(files)), m_options(std::move(options)),
      m_paperId(std::move(paperId))
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(m_options.stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        m_stalled = true;
        if (m_reply)
            m_reply->abort();
    });
}

PdfDownload::~PdfDownload()
{
    dropReply();
}

void PdfDownload::start()
{
    const QString file = m_files.fileFor(m_paperId);
    if (file.isEmpty()) {
        finish(PdfResult::Outcome::Failed, tr("%1 is not an arXiv id").arg(m_paperId), false);
        return;
    }
    if (m_files.has(m_paperId)) {
        finish(PdfResult::Outcome::AlreadyThere);
        return;
    }
    if (!QDir().mkpath(m_files.directory())) {
        finish(PdfResult::Outcome::Failed, tr("cannot create %1").arg(m_files.directory()));
        return;
    }
    m_part.setFileName(m_files.partFileFor(m_paperId));
    if (!m_part.open(QIODevice::ReadWrite)) {
        finish(PdfResult::Outcome::Failed,
               tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    // A part from an earlier try is continued only if it starts like a PDF.
    m_written = m_part.size();
    m_head = m_part.read(5);
    m_headOk = PdfFiles::startsLikePdf(m_head);
    if (!m_headOk) {
        m_part.resize(0);
        m_written = 0;
        m_head.clear();
    }
    m_part.seek(m_written);
    const QUrl url(m_options.baseUrl + QStringLiteral("/pdf/") + m_paperId);
    get(url);
}

void PdfDownload::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (m_written > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_written) + '-');
    m_restarted = false;
    m_askedFrom = m_written;
    m_reply = m_network.get(request);
    // Without a limit Qt's network thread reads the whole body into memory as fast as the
    // server sends it, whatever the cap: a 200 MB answer was all read before the cap was seen.
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &PdfDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PdfDownload::onFinished);
    m_stall.start();
}

int PdfDownload::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

void PdfDownload::onReadyRead()
{
    m_stall.start();
    const int code = status();
    if (code != 200 && code != 206) {
        m_reply->readAll(); // an error page or a redirect's body: not the file
        return;
    }
    if (code == 200 && m_askedFrom > 0 && !m_restarted) {
        // The server ignored the Range: the whole file comes again.
        m_restarted = true;
        m_part.resize(0);
        m_part.seek(0);
        m_written = 0;
        m_head.clear();
        m_headOk = false;
    }
    const QByteArray data = m_reply->readAll();
    if (!m_headOk) {
        m_head += data.left(5 - m_head.size());
        if (m_head.size() >= 5 && !PdfFiles::startsLikePdf(m_head)) {
            finish(PdfResult::Outcome::Failed, tr("the server sent something that is not a PDF"),
                   false, false);
            return;
        }
        m_headOk = m_head.size() >= 5;
    }
    if (m_written + data.size() > m_options.maxBytes) {
        finish(
            PdfResult::Outcome::Failed,
            tr("the PDF is larger than %1").arg(QLocale::c().formattedDataSize(m_options.maxBytes)),
            false, false);
        return;
    }
    if (m_part.write(data) != data.size()) {
        finish(PdfResult::Outcome::Failed,
               tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    m_written += data.size();
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    emit progress(m_written, length > 0 ? m_written - data.size() + length : -1);
}

void PdfDownload::onFinished()
{
    m_stall.stop();
    if (m_done || !m_reply)
        return;
    // Qt may finish a reply with the last bytes still unread: they are the file's end.
    if (m_reply->bytesAvailable() > 0 && !m_cancelled && !m_stalled) {
        onReadyRead();
        if (m_done)
            return;
    }
    const int code = status();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_cancelled) {
        finish(PdfResult::Outcome::Cancelled);
        return;
    }
    if (m_stalled) {
        finish(PdfResult::Outcome::Failed, tr("the server stopped sending"), true);
        return;
    }
    if (code >= 300 && code < 400) {
        const QUrl target = m_reply->url().resolved(
            m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!redirectAllowed(target) || ++m_redirects > m_options.maxRedirects) {
            finish(PdfResult::Outcome::Failed,
                   tr("refused a redirect to %1").arg(target.toDisplayString()), false);
            return;
        }
        dropReply();
        get(target);
        return;
    }
    if (code == 429 || code == 503 || code >= 500) {
        m_retryAfter = m_reply->rawHeader("Retry-After");
        finish(PdfResult::Outcome::Failed, tr("the server answered %1").arg(code), true);
        return;
    }
    if (code == 416) {
        // The part is not a prefix the server knows: the next try starts over.
        finish(PdfResult::Outcome::Failed, tr("the server refused to resume"), true, false);
        return;
    }
    if (code >= 400) {
        finish(PdfResult::Outcome::Failed, tr("the server answered %1").arg(code), false, false);
        return;
    }
    if (error != QNetworkReply::NoError || (code != 200 && code != 206)) {
        finish(PdfResult::Outcome::Failed, m_reply->errorString(), true);
        return;
    }
    if (!m_headOk) {
        finish(PdfResult::Outcome::Failed, tr("the server sent something that is not a PDF"), false,
               false);
        return;
    }
    // Qt can end a reply without an error when the server closes the connection early: the
    // announced length is what tells a cut file from a whole one. The part is kept to resume.
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 received = m_written - (code == 206 ? m_askedFrom : 0);
    if (announced.isValid() && received < announced.toLongLong()) {
        finish(PdfResult::Outcome::Failed, tr("the download was cut off"), true);
        return;
    }
    if (!m_part.flush()) {
        finish(PdfResult::Outcome::Failed,
               tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    m_part.close();
    const QString file = m_files.fileFor(m_paperId);
    QFile::remove(file);
    if (!QFile::rename(m_part.fileName(), file)) {
        finish(PdfResult::Outcome::Failed, tr("cannot keep %1").arg(file));
        return;
    }
    finish(PdfResult::Outcome::Downloaded);
}

void PdfDownload::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finished follows, synchronously
    else
        finish(PdfResult::Outcome::Cancelled);
}

void PdfDownload::finish(PdfResult::Outcome outcome, const QString& error, bool retryable,
                         bool keepPart)
{
    if (m_done)
        return;
    m_done = true;
    m_stall.stop();
    PdfResult result;
    result.paperId = m_paperId;
    result.outcome = outcome;
    result.error = error;
    result.retryable = retryable;
    result.retryAfter = m_retryAfter;
    if (outcome == PdfResult::Outcome::Downloaded || outcome == PdfResult::Outcome::AlreadyThere)
        result.file = m_files.fileFor(m_paperId);
    dropReply();
    if (m_part.isOpen())
        m_part.close();
    if (!keepPart && !m_part.fileName().isEmpty())
        QFile::remove(m_part.fileName());
    emit done(result);
}

void PdfDownload::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace paperboy::pdf
