#pragma once

#include <QProcess>
#include <QString>

namespace paperboy::synctest {

// `python3 -m http.server` on 127.0.0.1 and a free port, serving `rootDir`: a real static web
// server (Last-Modified, If-Modified-Since, 404 pages) for tests and the sync benchmark.
class PythonHttpServer final
{
public:
    explicit PythonHttpServer(QString rootDir);
    ~PythonHttpServer();

    // Waits until the server says which port it listens on.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT

private:
    QString m_rootDir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace paperboy::synctest
