#include "ask/EventStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::ask {

QString EventStream::feed(const QByteArray& bytes)
{
    m_pending += bytes;
    QString text;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0;
         start = end + 1, end = m_pending.indexOf('\n', start))
        text += readLine(m_pending.sliced(start, end - start));
    m_pending.remove(0, start);
    return text;
}

QString EventStream::readLine(const QByteArray& rawLine)
{
    const QByteArray line = rawLine.trimmed();
    // Comments (": keep-alive"), "event:", "id:" and the blank line between events carry no text.
    if (!line.startsWith("data:"))
        return {};
    const QByteArray data = line.mid(5).trimmed();
    if (data == "[DONE]") {
        m_done = true;
        return {};
    }
    const QJsonObject event = QJsonDocument::fromJson(data).object();
    const QJsonValue error = event.value(QStringLiteral("error"));
    if (!error.isUndefined() && !error.isNull()) {
        m_error = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString()
                                   : error.toVariant().toString();
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(data.left(300));
        return {};
    }
    const QJsonObject choice = event.value(QStringLiteral("choices")).toArray().first().toObject();
    const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
    if (finish.isString() && !finish.toString().isEmpty())
        m_done = true;
    return choice.value(QStringLiteral("delta"))
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}

} // namespace paperboy::ask
