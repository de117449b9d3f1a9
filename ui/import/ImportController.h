#pragma once

#include "core/WorkerThread.h"
#include "parse/ParseResult.h"
#include "ui/import/ImportReport.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace paperboy::store {
class WriterThread;
}

namespace paperboy::ui {

// Imports digest files without blocking the window: files are found and parsed on a worker
// thread, written through the app's one WriterThread, and only bookkeeping runs on the GUI
// thread. At most a few files are in flight, so Cancel takes effect within a file or two and
// memory stays flat however many files are imported. Imports asked for while one runs are
// queued and run after it.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    // `writer` is called at the first write; the app creates its WriterThread lazily.
    using WriterProvider = std::function<store::WriterThread&()>;

    explicit ImportController(WriterProvider writer, QObject* parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancelled; }
    const ImportReport& lastReport() const { return m_report; }

public slots:
    void start(const QStringList& paths);
    void cancel();

signals:
    void started();
    // `total` is 0 while the files are still being found.
    void progressChanged(int done, int total);
    void dayWritten(const QDate& day);
    void finished(const paperboy::ui::ImportReport& report);

private:
    void beginBatch(const QStringList& paths);
    void onCollected(quint64 batch, const QStringList& files, const QStringList& problems);
    void onParsed(quint64 batch, const QString& file, const parse::ParseResult& result);
    void onDigestWritten(quint64 ticket, const QDate& date, bool ok, const QString& error);
    void onWriterFailed(const QString& error);
    store::WriterThread& writer();
    void pump();
    void finishIfDone();

    struct PendingWrite
    {
        QString file;
        int papers = 0;
    };

    // Finds and parses files on the parse thread; holds nothing between them.
    struct Worker final
    {};

    WriterProvider m_writerProvider;
    QPointer<store::WriterThread> m_writer;

    // Set to stop the folder scan of the current batch; each batch has its own, so a new batch
    // never revives the scan of one given up on.
    std::shared_ptr<std::atomic_bool> m_stopScan;
    quint64 m_batch = 0;
    bool m_running = false;
    bool m_collecting = false;
    bool m_cancelled = false;
    bool m_writerFailed = false;
    QStringList m_files;
    int m_next = 0;
    int m_parsing = 0;
    int m_done = 0;
    QHash<quint64, PendingWrite> m_writing;
    QList<QStringList> m_queued;
    ImportReport m_report;
    core::WorkerThread<Worker> m_parseThread; // last: stopped before the state its answers use
};

} // namespace paperboy::ui
