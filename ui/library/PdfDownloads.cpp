#include "ui/library/PdfDownloads.h"

#include "pdf/PdfQueue.h"

#include <QDir>
#include <QFile>

namespace paperboy::ui {

// Lives on the PDF thread, where it is made and destroyed: the queue's network access and
// every file operation happen there.
class PdfDownloads::Worker final : public QObject
{
public:
    Worker(PdfDownloads* owner, pdf::PdfFiles files, const pdf::PdfOptions& options)
        : m_owner(owner), m_files(std::move(files))
    {
        m_queue = std::make_unique<pdf::PdfQueue>(m_files, options);
        connect(m_queue.get(), &pdf::PdfQueue::started, this,
                [this](const QString& id) { emit m_owner->started(id); });
        connect(m_queue.get(), &pdf::PdfQueue::finished, this,
                [this](const pdf::PdfResult& result) {
                    if (result.outcome == pdf::PdfResult::Outcome::Downloaded)
                        m_kept.insert(result.paperId);
                    emit m_owner->finished(result);
                    emit m_owner->keptChanged(m_kept);
                });
        const QStringList names =
            QDir(m_files.directory()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        for (QString name : names) {
            name.chop(4);
            m_kept.insert(name.replace(QLatin1Char('_'), QLatin1Char('/')));
        }
        emit m_owner->keptChanged(m_kept);
    }

    void fetch(const QStringList& ids) { m_queue->enqueue(ids); }
    void setMaxBytes(qint64 maxBytes) { m_queue->setMaxBytes(maxBytes); }
    void cancelAll() { m_queue->cancelAll(); }

    void remove(const QString& id)
    {
        const QString file = m_files.fileFor(id);
        if (!file.isEmpty())
            QFile::remove(file);
        m_kept.remove(id);
        emit m_owner->keptChanged(m_kept);
    }

    ~Worker() override
    {
        m_queue->disconnect(this);
        m_queue->cancelAll(); // parts stay, to be continued
    }

private:
    PdfDownloads* m_owner;
    const pdf::PdfFiles m_files;
    std::unique_ptr<pdf::PdfQueue> m_queue;
    QSet<QString> m_kept;
};

PdfDownloads::PdfDownloads(const store::DataPaths& paths, pdf::PdfOptions options, QObject* parent)
    : QObject(parent), m_files(paths.userFile),
      m_thread(QStringLiteral("paperboy-pdf"), [this, options = std::move(options)] {
          return std::make_unique<Worker>(this, m_files, options);
      })
{
    qRegisterMetaType<pdf::PdfResult>();
}

// The worker emits this object's signals: the thread stops while this object is whole.
PdfDownloads::~PdfDownloads()
{
    m_thread.stop();
}

void PdfDownloads::fetch(const QStringList& paperIds)
{
    m_thread.call([paperIds](Worker& worker) { worker.fetch(paperIds); });
}

void PdfDownloads::setMaxBytes(qint64 maxBytes)
{
    m_thread.call([maxBytes](Worker& worker) { worker.setMaxBytes(maxBytes); });
}

void PdfDownloads::remove(const QString& paperId)
{
    m_thread.call([paperId](Worker& worker) { worker.remove(paperId); });
}

void PdfDownloads::cancelAll()
{
    m_thread.call([](Worker& worker) { worker.cancelAll(); });
}

QString PdfDownloads::fileFor(const QString& paperId) const
{
    return m_files.fileFor(paperId);
}

} // namespace paperboy::ui
