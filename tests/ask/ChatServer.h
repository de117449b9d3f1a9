#pragma once

// chat_server.py (an OpenAI-compatible server on 127.0.0.1) run by a test, and what it logged.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace paperboy::asktest {

class ChatServer final
{
public:
    ~ChatServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    bool start()
    {
        if (!m_dir.isValid())
            return false;
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral(PAPERBOY_ASK_SERVER), logFile()});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
            return false;
        const QByteArray line = m_process.readLine().trimmed();
        m_port = line.startsWith("port ") ? line.mid(5).toInt() : 0;
        return m_port > 0;
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("log.jsonl")); }
    // Lets a "#hold" answer go on.
    void release() const
    {
        QFile file(logFile() + QStringLiteral(".release"));
        file.open(QIODevice::WriteOnly);
    }

    // The entries of one kind ("request", "closed") logged so far.
    QList<QJsonObject> entries(const QString& kind) const
    {
        QList<QJsonObject> found;
        QFile file(logFile());
        if (!file.open(QIODevice::ReadOnly))
            return found;
        while (!file.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
            if (entry.value(QStringLiteral("kind")).toString() == kind)
                found.append(entry);
        }
        return found;
    }
    QString lastRequestBody() const
    {
        const auto requests = entries(QStringLiteral("request"));
        return requests.isEmpty() ? QString()
                                  : requests.last().value(QStringLiteral("body")).toString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace paperboy::asktest
