// core::WorkerThread and core::NewestTicket: where work runs, where answers arrive, what a
// newer request drops, and that stopping is clean while work runs.
#include "core/WorkerThread.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>

#include <memory>

namespace {

using paperboy::core::NewestTicket;
using paperboy::core::WorkerThread;

// Records the threads it is made and destroyed on, and what it ran, in order.
struct Trace
{
    std::atomic<QThread*> madeOn{nullptr};
    std::atomic<QThread*> destroyedOn{nullptr};
    QStringList ran; // written on the worker thread only; read after it stopped
};

class Worker final
{
public:
    explicit Worker(Trace& trace) : m_trace(trace) { m_trace.madeOn = QThread::currentThread(); }
    ~Worker() { m_trace.destroyedOn = QThread::currentThread(); }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    void run(const QString& what) { m_trace.ran.append(what); }

private:
    Trace& m_trace;
};

std::unique_ptr<WorkerThread<Worker>> startWorker(Trace& trace)
{
    return std::make_unique<WorkerThread<Worker>>(
        QStringLiteral("test-worker"), [&trace] { return std::make_unique<Worker>(trace); });
}

} // namespace

class TestWorkerThread final : public QObject
{
    Q_OBJECT

private slots:
    void workerLivesAndDiesOnItsThread()
    {
        Trace trace;
        auto thread = startWorker(trace);
        QThread* workerThread = nullptr;
        thread->ask([](Worker&) { return QThread::currentThread(); }, this,
                    [&workerThread](QThread* on) { workerThread = on; });
        QTRY_VERIFY(workerThread != nullptr);
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(workerThread->objectName(), QStringLiteral("test-worker"));
        thread.reset();
        QCOMPARE(trace.madeOn.load(), workerThread);
        QCOMPARE(trace.destroyedOn.load(), workerThread);
    }

    void answersArriveAsValuesOnTheAskingThread()
    {
        Trace trace;
        auto thread = startWorker(trace);
        QStringList answers;
        QList<QThread*> deliveredOn;
        for (int i = 0; i < 3; ++i) {
            thread->ask(
                [i](Worker& worker) {
                    worker.run(QString::number(i));
                    return QStringLiteral("answer %1").arg(i);
                },
                this,
                [&](const QString& answer) {
                    answers.append(answer);
                    deliveredOn.append(QThread::currentThread());
                });
        }
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, QStringList({QStringLiteral("answer 0"), QStringLiteral("answer 1"),
                                       QStringLiteral("answer 2")}));
        QCOMPARE(deliveredOn, QList<QThread*>(3, QThread::currentThread()));
    }

    // The writer's promise: what was posted before stop() still runs, in order, before the
    // worker goes.
    void stopRunsWhatWasPostedFirst()
    {
        Trace trace;
        auto thread = startWorker(trace);
        QSemaphore release;
        thread->post([&release] { release.acquire(); }); // holds the queue until all is posted
        for (int i = 0; i < 5; ++i)
            thread->call([i](Worker& worker) { worker.run(QString::number(i)); });
        release.release();
        thread->stop();
        QCOMPARE(trace.ran,
                 QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("4")}));
        QVERIFY(trace.destroyedOn.load() != nullptr);
        thread->call([](Worker& worker) { worker.run(QStringLiteral("late")); }); // never runs
        thread->stop();                                                           // idempotent
        thread.reset();
        QCOMPARE(trace.ran.size(), 5);
    }

    void newestTicketDropsStaleRequests()
    {
        Trace trace;
        auto thread = startWorker(trace);
        NewestTicket newest;
        QSemaphore release;
        thread->post([&release] { release.acquire(); });
        QList<int> delivered;
        std::atomic_int run{0};
        for (int i = 1; i <= 4; ++i) {
            const quint64 ticket = newest.next();
            thread->ask(
                [&newest, &run, ticket, i](Worker&) {
                    if (!newest.isNewest(ticket))
                        return 0; // superseded before it ran: skipped
                    ++run;
                    return i;
                },
                this,
                [&newest, &delivered, ticket](int answer) {
                    if (newest.isNewest(ticket))
                        delivered.append(answer);
                });
        }
        release.release();
        QTRY_COMPARE(delivered, QList<int>({4}));
        QCOMPARE(run.load(), 1);

        // An answer that arrives after a newer request was made is dropped too.
        const quint64 first = newest.next();
        QSemaphore finished;
        bool answered = false;
        bool firstDelivered = false;
        thread->ask(
            [&finished](Worker&) {
                finished.release();
                return 1;
            },
            this,
            [&](int) {
                answered = true;
                firstDelivered = newest.isNewest(first);
            });
        QVERIFY(finished.tryAcquire(1, 5000));
        newest.next(); // before the answer is delivered here (events are not processed yet)
        QTRY_VERIFY(answered);
        QVERIFY(!firstDelivered);
    }

    // Long work polls stopping() and ends early; the destructor neither waits for the whole
    // work nor delivers its answer to a receiver that is gone.
    void destructionWhileWorkRunsIsClean()
    {
        Trace trace;
        auto thread = startWorker(trace);
        auto receiver = std::make_unique<QObject>();
        QSemaphore started;
        bool delivered = false;
        const std::atomic_bool& stopping = thread->stopping();
        thread->ask(
            [&started, &stopping](Worker&) {
                started.release();
                int spins = 0;
                while (!stopping.load() && spins < 600) { // a minute at most
                    QThread::msleep(100);
                    ++spins;
                }
                return spins;
            },
            receiver.get(), [&delivered](int) { delivered = true; });
        QVERIFY(started.tryAcquire(1, 5000));
        QElapsedTimer timer;
        timer.start();
        thread.reset(); // sets stopping(), waits for the work to notice
        QVERIFY2(timer.elapsed() < 5000, "the running work was not cancelled");
        QVERIFY(trace.destroyedOn.load() != nullptr);
        receiver.reset(); // its answer was queued to it: dropped with it
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "TestWorkerThread.moc"
