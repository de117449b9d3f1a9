#pragma once

#include <QByteArray>
#include <QString>

namespace paperboy::ask {

// Reads an OpenAI-style server-sent event stream as it arrives: "data: {json}" lines whose
// choices[0].delta.content is the next piece of the answer, ended by "data: [DONE]". Bytes
// may arrive cut anywhere (inside a line, inside a UTF-8 sequence): only whole lines are read.
// A pure parser, fed by AskCall; no I/O.
class EventStream final
{
public:
    // The text the new bytes complete (possibly empty).
    QString feed(const QByteArray& bytes);

    bool sawDone() const { return m_done; } // [DONE], or a choice with a finish_reason
    // Bytes of an event left unfinished: the stream was cut in the middle of one.
    bool hasPartialEvent() const { return !m_pending.trimmed().isEmpty(); }
    const QString& error() const { return m_error; } // an error event's message, if any

private:
    QString readLine(const QByteArray& line);

    QByteArray m_pending;
    QString m_error;
    bool m_done = false;
};

} // namespace paperboy::ask
