#pragma once

#include "core/WorkerThread.h"
#include "pdf/PdfDownload.h"
#include "store/db/DataPaths.h"

#include <QObject>
#include <QSet>

namespace paperboy::pdf {
class PdfQueue;
}

namespace paperboy::ui {

// The window's offline PDFs: the download queue and every file operation on a thread of their
// own, so that neither the network nor the disk is waited on by the GUI thread. It tells the
// window which papers have their PDF kept (once at start, then after every change).
class PdfDownloads final : public QObject
{
    Q_OBJECT
public:
    PdfDownloads(const store::DataPaths& paths, pdf::PdfOptions options, QObject* parent = nullptr);
    ~PdfDownloads() override; // cancels what is left (parts stay, to be continued)

    // Thread-safe, none of them waits.
    void fetch(const QStringList& paperIds);
    void remove(const QString& paperId); // the kept file, when the bookmark went
    void cancelAll();
    void setMaxBytes(qint64 maxBytes);             // for the downloads that start from now on
    QString fileFor(const QString& paperId) const; // a path only, nothing is read

signals:
    void keptChanged(const QSet<QString>& paperIds);
    void started(const QString& paperId);
    void finished(const paperboy::pdf::PdfResult& result);

private:
    class Worker;
    const pdf::PdfFiles m_files;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
