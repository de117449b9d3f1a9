#pragma once

#include <QMetaObject>
#include <QObject>
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
// destroyed on the thread too, after what was posted before stop() or the WorkerThread's
// destruction (which wait for it). The worker may be a QObject (its children, such as a network
// manager, then live on the thread) and may emit the owner's signals from there: Qt queues them
// to receivers on other threads.
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

    ~WorkerThread() { stop(); }

    // Runs what was posted before, destroys the worker on the thread and waits for the thread
    // to end; whatever is posted afterwards never runs. An owner whose worker emits the owner's
    // signals calls it first thing in its destructor, so that the owner is whole while the
    // queue drains. Idempotent; call it from the owner's thread only.
    void stop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_stopping = true;
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                m_worker.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
    }

    // True from the moment stop() (or the destructor) begins: long work polls it to end early,
    // work that must finish (a write) ignores it. Pass it on as the cancel flag of the work.
    const std::atomic_bool& stopping() const { return m_stopping; }

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
    // `receiver`'s thread. `receiver` must outlive this WorkerThread (it is normally the owner,
    // whose destruction stops the thread first): work only runs while the WorkerThread is
    // there, and a delivery still queued when `receiver` is destroyed is dropped with it.
    template <typename Work, typename Deliver>
    void ask(Work work, QObject* receiver, Deliver deliver)
    {
        post([this, work = std::move(work), receiver, deliver = std::move(deliver)]() mutable {
            auto result = work(*m_worker);
            QMetaObject::invokeMethod(
                receiver,
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
    std::atomic_bool m_stopping{false};
    bool m_stopped = false; // on the owner's thread
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
