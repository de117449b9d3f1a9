#include "ui/library/PdfThread.h"

#include "pdf/PdfQueue.h"

#include <QDir>
#include <QFile>

namespace paperboy::ui {

class PdfThread::Worker final : public QObject
{
public:
    Worker(PdfThread* owner, pdf::PdfFiles files, pdf::PdfOptions options)
        : m_owner(owner), m_files(std::move(files)), m_options(std::move(options))
    {}

    void open()
    {
        m_queue = std::make_unique<pdf::PdfQueue>(m_files, m_options);
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
    PdfThread* m_owner;
    const pdf::PdfFiles m_files;
    const pdf::PdfOptions m_options;
    std::unique_ptr<pdf::PdfQueue> m_queue;
    QSet<QString> m_kept;
};

PdfThread::PdfThread(const store::DataPaths& paths, pdf::PdfOptions options, QObject* parent)
    : QObject(parent), m_files(paths.userFile)
{
    qRegisterMetaType<pdf::PdfResult>();
    m_worker = new Worker(this, m_files, std::move(options));
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-pdf"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

PdfThread::~PdfThread()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void PdfThread::fetch(const QStringList& paperIds)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperIds] { worker->fetch(paperIds); }, Qt::QueuedConnection);
}

void PdfThread::setMaxBytes(qint64 maxBytes)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, maxBytes] { worker->setMaxBytes(maxBytes); },
        Qt::QueuedConnection);
}

void PdfThread::remove(const QString& paperId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId] { worker->remove(paperId); }, Qt::QueuedConnection);
}

void PdfThread::cancelAll()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->cancelAll(); }, Qt::QueuedConnection);
}

QString PdfThread::fileFor(const QString& paperId) const
{
    return m_files.fileFor(paperId);
}

} // namespace paperboy::ui
