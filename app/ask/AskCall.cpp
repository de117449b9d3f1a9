#include "ask/AskCall.h"

#include "core/RetryAfter.h"
#include "summarize/ChatCall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace paperboy::ask {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::ask)
};

constexpr int maxErrorDetail = 300;
constexpr int defaultBusyWaitMs = 2000; // a 429 without Retry-After

QString serverMessage(const QByteArray& body)
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error"));
    QString message = error.isObject()
                          ? error.toObject().value(QStringLiteral("message")).toString()
                          : error.toString();
    if (message.isEmpty() && !QJsonDocument::fromJson(body).isObject())
        message = QString::fromUtf8(body.left(maxErrorDetail));
    message = message.simplified();
    return message.left(maxErrorDetail);
}

// The message of a whole (non-streamed) chat completion, or nothing when it holds none.
std::optional<QString> wholeAnswer(const QByteArray& body)
{
    const QJsonValue content = QJsonDocument::fromJson(body)
                                   .object()
                                   .value(QStringLiteral("choices"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toObject()
                                   .value(QStringLiteral("content"));
    return content.isString() ? std::optional<QString>(content.toString()) : std::nullopt;
}

} // namespace

AskCall::AskCall(QNetworkAccessManager& network, AskOptions options, QByteArray body,
                 QString answerPrefix, QObject* parent)
    : QObject(parent), m_network(network), m_options(std::move(options)), m_body(std::move(body)),
      m_prefix(std::move(answerPrefix))
{
    m_idle.setSingleShot(true);
    m_wait.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // answers through onFinished
    });
    connect(&m_wait, &QTimer::timeout, this, &AskCall::send);
}

AskCall::~AskCall()
{
    if (QNetworkReply* reply = dropReply())
        reply->deleteLater();
}

void AskCall::start()
{
    send();
}

QNetworkReply* AskCall::dropReply()
{
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
    }
    return reply;
}

void AskCall::cancel()
{
    m_wait.stop();
    m_idle.stop();
    if (QNetworkReply* reply = dropReply())
        reply->deleteLater();
    finish(AskResult::Outcome::Cancelled);
}

void AskCall::send()
{
    if (m_done)
        return;
    m_timedOut = false;
    m_events = EventStream();
    m_plainBody.clear();
    QNetworkRequest request(summarize::chatCompletionsUrl(m_options.endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream, application/json");
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    request.setTransferTimeout(0); // our idle timer instead: a stream may run long
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy); // a POST is never re-sent
    m_reply = m_network.post(request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &AskCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AskCall::onFinished);
    m_idle.start(m_options.idleTimeoutMs);
}

bool AskCall::isEventStream() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300 &&
           m_reply->header(QNetworkRequest::ContentTypeHeader)
               .toString()
               .startsWith(QLatin1String("text/event-stream"));
}

void AskCall::onReadyRead()
{
    m_idle.start(m_options.idleTimeoutMs);
    if (!isEventStream()) {
        m_plainBody += m_reply->readAll(); // an error or a whole completion: read at the end
        return;
    }
    const QString text = m_events.feed(m_reply->readAll());
    if (!text.isEmpty())
        take(text);
}

void AskCall::take(const QString& piece)
{
    // The prefix comes with the first piece of the answer, so that an answer that never
    // comes (a refused key, a busy server) shows nothing but its error.
    const QString text = m_result.answer.isEmpty() ? m_prefix + piece : piece;
    m_result.answer += text;
    emit textArrived(text);
}

void AskCall::onFinished()
{
    if (!m_reply)
        return;
    m_idle.stop();
    const bool stream = isEventStream();
    if (stream) {
        if (const QString text = m_events.feed(m_reply->readAll()); !text.isEmpty())
            take(text);
    } else {
        m_plainBody += m_reply->readAll();
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = m_reply->error();
    const QString networkMessage = m_reply->errorString();
    const QByteArray retryAfter = m_reply->rawHeader("Retry-After");
    m_reply->deleteLater();
    m_reply = nullptr;

    if (stream) {
        if (!m_events.error().isEmpty())
            finish(AskResult::Outcome::Cut,
                   Text::tr("the endpoint stopped with an error: %1").arg(m_events.error()));
        else if (m_timedOut)
            finish(AskResult::Outcome::Cut,
                   Text::tr("the endpoint fell silent for %n second(s); the answer is cut off",
                            nullptr, m_options.idleTimeoutMs / 1000));
        else if (!m_events.sawDone() || m_events.hasPartialEvent() ||
                 networkError != QNetworkReply::NoError)
            finish(AskResult::Outcome::Cut,
                   Text::tr("the connection ended before the answer did; it is cut off"));
        else
            finish(AskResult::Outcome::Answered);
        return;
    }
    if (m_timedOut) {
        finish(AskResult::Outcome::Failed,
               Text::tr("the endpoint gave no answer within %n second(s)", nullptr,
                        m_options.idleTimeoutMs / 1000));
        return;
    }
    if (status == 0) {
        finish(AskResult::Outcome::Failed,
               Text::tr("the endpoint could not be reached: %1").arg(networkMessage));
        return;
    }
    if (status == 429) {
        const qint64 wait = core::parseRetryAfterMs(retryAfter, QDateTime::currentDateTimeUtc())
                                .value_or(defaultBusyWaitMs);
        if (m_busyAnswers < m_options.busyRetries && wait <= m_options.maxWaitMs) {
            ++m_busyAnswers;
            emit waiting(int(wait));
            m_wait.start(int(wait));
            return;
        }
        finish(AskResult::Outcome::Failed,
               wait > m_options.maxWaitMs
                   ? Text::tr("the endpoint is busy and asks to wait %n second(s) (HTTP 429); "
                              "ask again later",
                              nullptr, int((wait + 999) / 1000))
                   : Text::tr("the endpoint is still busy (HTTP 429); ask again later"));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString detail = serverMessage(m_plainBody);
        QString message =
            (status == 401 || status == 403) && m_options.apiKey.isEmpty()
                ? Text::tr("the endpoint refused the request without a key (HTTP %1); set the "
                           "key in Settings → Summaries or $PAPERBOY_LLM_API_KEY")
                      .arg(status)
            : (status == 401 || status == 403)
                ? Text::tr("the endpoint refused the key (HTTP %1)").arg(status)
                : Text::tr("the endpoint answered HTTP %1").arg(status);
        finish(AskResult::Outcome::Failed,
               detail.isEmpty() ? message : message + QStringLiteral(": ") + detail);
        return;
    }
    // A server that does not stream: the whole completion at once.
    const auto whole = wholeAnswer(m_plainBody);
    if (whole && !whole->trimmed().isEmpty()) {
        take(*whole);
        finish(AskResult::Outcome::Answered);
        return;
    }
    // An event stream sent under another content type.
    EventStream events;
    if (const QString text = events.feed(m_plainBody + '\n'); !text.isEmpty()) {
        take(text);
        finish(events.sawDone() ? AskResult::Outcome::Answered : AskResult::Outcome::Cut,
               events.sawDone()
                   ? QString()
                   : Text::tr("the connection ended before the answer did; it is cut off"));
        return;
    }
    finish(AskResult::Outcome::Failed,
           Text::tr("the endpoint's answer holds no message (is it an OpenAI-compatible "
                    "chat-completions endpoint?)"));
}

void AskCall::finish(AskResult::Outcome outcome, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.error = redacted(error);
    emit done(m_result);
}

QString AskCall::redacted(QString text) const
{
    if (m_options.apiKey.size() >= 4)
        text.replace(m_options.apiKey, QStringLiteral("[key]"));
    return text;
}

} // namespace paperboy::ask
