#include "PythonHttpServer.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace paperboy::synctest {

PythonHttpServer::PythonHttpServer(QString rootDir) : m_rootDir(std::move(rootDir)) {}

PythonHttpServer::~PythonHttpServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool PythonHttpServer::start(QString* error)
{
    // Port 0 lets the kernel pick a free port; -u makes python print the banner at once.
    m_process.setStandardErrorFile(QProcess::nullDevice()); // one log line per request
    m_process.start(QStringLiteral("python3"),
                    {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                     QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--directory"), m_rootDir, QStringLiteral("0")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start python3: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression banner(QStringLiteral("port (\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        output += m_process.readAllStandardOutput();
        const auto match = banner.match(QString::fromLatin1(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return m_port != 0;
        }
    }
    *error =
        QStringLiteral("python3 -m http.server did not start: ") + QString::fromLocal8Bit(output);
    return false;
}

QString PythonHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace paperboy::synctest
