#pragma once

#include "core/WorkerThread.h"
#include "pdf/PdfDownload.h"
#include "store/db/DataPaths.h"

#include <QObject>

namespace paperboy::ui {

// PDFs fetched to be read, not kept: the PDF queue (its size cap, retries and politeness) on a
// thread of its own, writing into the cache's "reading" folder, which is re-downloadable and
// trimmed to the newest few. keep() copies one into the kept PDFs beside the user's file.
class ReaderFetch final : public QObject
{
    Q_OBJECT
public:
    ReaderFetch(const store::DataPaths& paths, pdf::PdfOptions options, QObject* parent = nullptr);
    ~ReaderFetch() override; // cancels a fetch (its part stays, to be continued)

    // The folder of fetched-to-read PDFs for `paths`.
    static pdf::PdfFiles readingFiles(const store::DataPaths& paths);

    // Thread-safe, none of them waits.
    void fetch(const QString& paperId);
    void cancel();
    void keep(const QString& paperId);

signals:
    void progress(const QString& paperId, qint64 received, qint64 total);
    void finished(const paperboy::pdf::PdfResult& result);
    void kept(const QString& paperId, bool ok);

private:
    class Worker;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
