#pragma once

#include "common/LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace paperboy::pdftest {

// A real HTTP/1.1 server on loopback, on its own thread (the CLI tests wait for a child
// process), that answers GET /pdf/<id> as the test set that id up. Byte ranges
// ("Range: bytes=N-") are answered 206, as arXiv does.
class PdfServer final
{
public:
    enum class Mode {
        Pdf,         // the PDF
        CutOnce,     // the first answer announces the whole PDF, sends half and closes
        NotPdf,      // 200 with an HTML page
        BusyOnce,    // 503 with Retry-After: 1, then the PDF
        Stall,       // the headers and 10 bytes, then nothing
        IgnoreRange, // always 200 and the whole PDF
        Missing,     // 404
        Huge,        // 200 MB starting like a PDF, without Content-Length, while the client reads
    };

    PdfServer();
    ~PdfServer();
    bool start();
    QString baseUrl() const; // http://127.0.0.1:PORT

    void setMode(const QString& paperId, Mode mode);
    int requests(const QString& paperId) const;
    QStringList ranges(const QString& paperId) const; // the Range headers seen, "" for none
    // Body bytes of Huge answers written so far (the client's hanging up stops them).
    qint64 hugeBytesSent() const;

    static QByteArray pdfBody(const QString& paperId); // %PDF-1.4 ... %%EOF, ~200 KB

    class Worker;

private:
    Worker* m_worker; // owned by m_server, which runs it on the server's thread
    testing::LoopbackHttpServer m_server;
};

} // namespace paperboy::pdftest
