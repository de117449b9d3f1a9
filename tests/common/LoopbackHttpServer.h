#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace paperboy::testing {

// One HTTP/1.1 request as a loopback test server read it.
struct HttpRequest
{
    QByteArray method;                     // "GET", "POST"
    QByteArray target;                     // as sent, query included: "/v1/x?p=2"
    QHash<QByteArray, QByteArray> headers; // lower-case names, trimmed values
    QByteArray body;                       // the Content-Length bytes; empty without one

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// The part every test server of ours shares: it owns the QTcpServer, collects what each connection
// sends, cuts it into requests (the head, then a body of Content-Length bytes) and hands each to
// answer() on the server's thread. A subclass answers by writing to the socket (at once, later, or
// never), which is all that differs between the servers.
class HttpResponder : public QObject
{
public:
    HttpResponder();
    // Aborts the connections still open before the QObject tear-down, so that no socket signal
    // reaches a subclass whose members are already gone.
    ~HttpResponder() override;

    quint16 serverPort() const;

protected:
    friend class LoopbackHttpServer;

    // True to read further requests on this connection; false when it gets no more answers (what it
    // sends afterwards is read and dropped).
    virtual bool answer(QTcpSocket* socket, const HttpRequest& request) = 0;

private:
    bool listen(const QHostAddress& address, quint16 port);
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer* m_server = nullptr;
};

// Runs a responder on a thread of its own, so that a test may block (waiting for a child process,
// say) while the server goes on answering.
class LoopbackHttpServer final
{
public:
    explicit LoopbackHttpServer(std::unique_ptr<HttpResponder> responder);
    // Deletes the responder on its own thread, then stops the thread.
    ~LoopbackHttpServer();

    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0); // port 0: any free one
    quint16 port() const { return m_port; }
    QString url(const QString& path) const; // http://ADDRESS:PORT/path

private:
    QThread m_thread;
    HttpResponder* m_responder = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace paperboy::testing
