#include "ui/reader/ReaderFetch.h"

#include "pdf/PdfQueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace paperboy::ui {
namespace {

constexpr int keptForReading = 20; // fetched-to-read PDFs left in the cache folder

// The oldest fetched-to-read PDFs go: they can be fetched again.
void trim(const QString& directory)
{
    const QFileInfoList files = QDir(directory).entryInfoList(
        {QStringLiteral("*.pdf")}, QDir::Files, QDir::Time); // newest first
    for (int i = keptForReading; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}

} // namespace

class ReaderFetch::Worker final : public QObject
{
public:
    Worker(ReaderFetch* owner, pdf::PdfFiles reading, pdf::PdfFiles kept, pdf::PdfOptions options)
        : m_owner(owner), m_reading(std::move(reading)), m_kept(std::move(kept)),
          m_options(std::move(options))
    {}

    void fetch(const QString& paperId)
    {
        if (!m_queue) {
            m_queue = std::make_unique<pdf::PdfQueue>(m_reading, m_options);
            connect(m_queue.get(), &pdf::PdfQueue::progress, this,
                    [this](const QString& id, qint64 received, qint64 total) {
                        emit m_owner->progress(id, received, total);
                    });
            connect(m_queue.get(), &pdf::PdfQueue::finished, this,
                    [this](const pdf::PdfResult& result) { emit m_owner->finished(result); });
        }
        trim(m_reading.directory());
        m_queue->cancelAll(); // one paper is read at a time
        m_queue->enqueue({paperId});
    }

    void cancel()
    {
        if (m_queue)
            m_queue->cancelAll();
    }

    void keep(const QString& paperId)
    {
        const QString from = m_reading.fileFor(paperId);
        const QString to = m_kept.fileFor(paperId);
        bool ok = !from.isEmpty() && !to.isEmpty() && QDir().mkpath(m_kept.directory());
        if (ok && !QFileInfo::exists(to)) {
            // Copied whole to a part file first, so that a kept PDF is never half a file.
            const QString part = m_kept.partFileFor(paperId);
            QFile::remove(part);
            ok = QFile::copy(from, part) && QFile::rename(part, to);
        }
        emit m_owner->kept(paperId, ok);
    }

    void close()
    {
        if (m_queue) {
            m_queue->disconnect(this);
            m_queue->cancelAll();
        }
        m_queue.reset();
        QThread::currentThread()->quit();
    }

private:
    ReaderFetch* m_owner;
    const pdf::PdfFiles m_reading;
    const pdf::PdfFiles m_kept;
    const pdf::PdfOptions m_options;
    std::unique_ptr<pdf::PdfQueue> m_queue;
};

pdf::PdfFiles ReaderFetch::readingFiles(const store::DataPaths& paths)
{
    return pdf::PdfFiles::inFolder(
        QFileInfo(paths.cacheFile).absoluteDir().filePath(QStringLiteral("reading")));
}

ReaderFetch::ReaderFetch(const store::DataPaths& paths, pdf::PdfOptions options, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<pdf::PdfResult>();
    m_worker =
        new Worker(this, readingFiles(paths), pdf::PdfFiles(paths.userFile), std::move(options));
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-read-fetch"));
    m_thread.start();
}

ReaderFetch::~ReaderFetch()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void ReaderFetch::fetch(const QString& paperId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId] { worker->fetch(paperId); }, Qt::QueuedConnection);
}

void ReaderFetch::cancel()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->cancel(); }, Qt::QueuedConnection);
}

void ReaderFetch::keep(const QString& paperId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId] { worker->keep(paperId); }, Qt::QueuedConnection);
}

} // namespace paperboy::ui
