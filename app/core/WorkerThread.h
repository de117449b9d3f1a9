#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <utility>

namespace paperboy::core {

// The one way Paperboy runs work on a thread of its own: a worker object made on that thread
// (so that the connections it opens belong to it), driven by queued calls in order, answering
// with values on the asking object's thread. The naming rule: the object on the thread is a
// `...Worker` (or any plain type), the class that owns a WorkerThread is named after its feature
// (`UnreadCounter`, `SearchService`).
//
// `Worker` is built lazily, by `make` on the thread, before the first work runs; it is
// destroyed on the thread too, after what was posted before the WorkerThread's destruction
// (which waits for it).
template <typename Worker> class WorkerThread final
{
public:
    template <typename Make>
    WorkerThread(const QString& name, Make make,
                 QThread::Priority priority = QThread::InheritPriority)
        : m_context(std::make_unique<QObject>())
    {
        m_context->moveToThread(&m_thread);
        m_thread.setObjectName(name);
        m_thread.start(priority);
        post([this, make = std::move(make)]() mutable { m_worker = make(); });
    }

    ~WorkerThread()
    {
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                m_worker.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
    }

    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Runs `work()` on the thread, after what was posted before.
    template <typename Work> void post(Work work)
    {
        QMetaObject::invokeMethod(m_context.get(), std::move(work), Qt::QueuedConnection);
    }

    // Runs `work(Worker&)` on the thread, after what was posted before.
    template <typename Work> void call(Work work)
    {
        post([this, work = std::move(work)]() mutable { work(*m_worker); });
    }

    // Runs `work(Worker&)` on the thread and hands its result, a value, to `deliver` on
    // `receiver`'s thread; nothing is delivered once `receiver` is gone.
    template <typename Work, typename Deliver>
    void ask(Work work, QObject* receiver, Deliver deliver)
    {
        post([this, work = std::move(work), receiver = QPointer<QObject>(receiver),
              deliver = std::move(deliver)]() mutable {
            auto result = work(*m_worker);
            if (!receiver)
                return;
            QMetaObject::invokeMethod(
                receiver.data(),
                [deliver = std::move(deliver), result = std::move(result)]() mutable {
                    deliver(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: the target of queued calls
    std::unique_ptr<Worker> m_worker;   // used on m_thread only
};

// "The newest request wins": a request takes a ticket, and work or an answer whose ticket is no
// longer the newest is skipped. Thread-safe.
class NewestTicket final
{
public:
    quint64 next() { return ++m_newest; }
    bool isNewest(quint64 ticket) const { return m_newest.load() == ticket; }

private:
    std::atomic<quint64> m_newest{0};
};

} // namespace paperboy::core
