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

// Lives on the fetch thread, where it is made and destroyed: the queue's network access and
// every file operation happen there.
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

    ~Worker() override
    {
        if (m_queue) {
            m_queue->disconnect(this);
            m_queue->cancelAll(); // the part stays, to be continued
        }
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
    : QObject(parent),
      m_thread(QStringLiteral("paperboy-read-fetch"),
               [this, reading = readingFiles(paths), kept = pdf::PdfFiles(paths.userFile),
                options = std::move(options)] {
                   return std::make_unique<Worker>(this, reading, kept, options);
               })
{
    qRegisterMetaType<pdf::PdfResult>();
}

// The worker emits this object's signals: the thread stops while this object is whole.
ReaderFetch::~ReaderFetch()
{
    m_thread.stop();
}

void ReaderFetch::fetch(const QString& paperId)
{
    m_thread.call([paperId](Worker& worker) { worker.fetch(paperId); });
}

void ReaderFetch::cancel()
{
    m_thread.call([](Worker& worker) { worker.cancel(); });
}

void ReaderFetch::keep(const QString& paperId)
{
    m_thread.call([paperId](Worker& worker) { worker.keep(paperId); });
}

} // namespace paperboy::ui
