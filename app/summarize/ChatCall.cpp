#include "summarize/ChatCall.h"

#include "core/RetryAfter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace paperboy::summarize {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::summarize)
};

constexpr int maxErrorDetail = 300; // characters of a server's own error message shown

std::optional<int> intOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

// The server's own words about an error: OpenAI's {"error": {"message": ...}}, else the body's
// start, as plain text on one line.
QString serverMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString message;
    const QJsonValue error = document.object().value(QStringLiteral("error"));
    if (error.isObject())
        message = error.toObject().value(QStringLiteral("message")).toString();
    else if (error.isString())
        message = error.toString();
    else if (!document.isObject())
        message = QString::fromUtf8(body.left(maxErrorDetail));
    message = message.simplified();
    return message.size() > maxErrorDetail ? message.left(maxErrorDetail) + QStringLiteral("…")
                                           : message;
}

} // namespace

QUrl chatCompletionsUrl(const QUrl& endpoint)
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/chat/completions"));
    return url;
}

ChatCall::ChatCall(QNetworkAccessManager& network, const ChatOptions& options, PaperText paper,
                   QObject* parent)
    : QObject(parent), m_network(network), m_options(options), m_paper(std::move(paper)),
      m_body(chatRequestBody(options.model, m_paper, options.pdfTokenBudget))
{
    m_result.paperId = m_paper.id;
    m_deadline.setSingleShot(true);
    m_wait.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // answers through onFinished
    });
    connect(&m_wait, &QTimer::timeout, this, &ChatCall::send);
}

ChatCall::~ChatCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ChatCall::start()
{
    send();
}

void ChatCall::cancel()
{
    m_wait.stop();
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply* reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(ChatResult::Outcome::Cancelled);
}

void ChatCall::send()
{
    if (m_done)
        return;
    ++m_tries;
    m_timedOut = false;
    QNetworkRequest request(chatCompletionsUrl(m_options.endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    // Our own deadline covers the whole request; Qt's would end only silent ones.
    request.setTransferTimeout(0);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy); // a POST is never re-sent
    m_reply = m_network.post(request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ChatCall::onFinished);
    m_deadline.start(m_options.timeoutMs);
    emit requestSent();
}

void ChatCall::onFinished()
{
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    m_deadline.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        finish(ChatResult::Outcome::Failed,
               Text::tr("the endpoint gave no answer within %n second(s)", nullptr,
                        m_options.timeoutMs / 1000));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finish(
            ChatResult::Outcome::Failed,
            Text::tr("the endpoint could not be reached: %1").arg(redacted(reply->errorString())));
        return;
    }
    if (status == 401 || status == 403) {
        const QString detail = redacted(serverMessage(body));
        const QString message =
            m_options.apiKey.isEmpty()
                ? Text::tr("the endpoint refused the request without a key (HTTP %1); set the "
                           "key in Settings → Summaries or $PAPERBOY_LLM_API_KEY")
                      .arg(status)
                : Text::tr("the endpoint refused the key (HTTP %1)").arg(status);
        finish(ChatResult::Outcome::Failed,
               detail.isEmpty() ? message : message + QStringLiteral(": ") + detail);
        return;
    }
    if ((status == 429 || status >= 500) && m_tries < m_options.maxTries) {
        const auto retryAfter = core::parseRetryAfterMs(reply->rawHeader("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
        const qint64 backoff = qint64(m_options.backoffMs) << qMin(m_tries - 1, 16);
        m_wait.start(int(qMin<qint64>(retryAfter.value_or(backoff), m_options.maxWaitMs)));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString detail = redacted(serverMessage(body));
        QString message =
            status == 429 ? Text::tr("the endpoint is still busy after %n try(ies) "
                                     "(HTTP 429)",
                                     nullptr, m_tries)
            : status >= 500
                ? Text::tr("the endpoint failed %n time(s) (HTTP %1)", nullptr, m_tries).arg(status)
                : Text::tr("the endpoint answered HTTP %1").arg(status);
        finish(ChatResult::Outcome::Failed,
               detail.isEmpty() ? message : message + QStringLiteral(": ") + detail);
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonValue content = answer.value(QStringLiteral("choices"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toObject()
                                   .value(QStringLiteral("content"));
    const QJsonObject usage = answer.value(QStringLiteral("usage")).toObject();
    m_result.promptTokens = intOf(usage.value(QStringLiteral("prompt_tokens")));
    m_result.completionTokens = intOf(usage.value(QStringLiteral("completion_tokens")));
    if (!content.isString() || content.toString().trimmed().isEmpty()) {
        finish(ChatResult::Outcome::Failed,
               Text::tr("the endpoint's answer holds no message (is it an OpenAI-compatible "
                        "chat-completions endpoint?)"));
        return;
    }
    m_result.content = content.toString();
    finish(ChatResult::Outcome::Answered);
}

void ChatCall::finish(ChatResult::Outcome outcome, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.error = redacted(error);
    emit done(m_result);
}

QString ChatCall::redacted(QString text) const
{
    if (m_options.apiKey.size() >= 4)
        text.replace(m_options.apiKey, QStringLiteral("[key]"));
    return text;
}

} // namespace paperboy::summarize
