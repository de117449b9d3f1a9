#include "SyncHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace paperboy::synctest {

QString SyncRun::logText() const
{
    QString text;
    for (const sync::RequestLogEntry& entry : log)
        text += entry.url.toString() + QStringLiteral(" try ") + QString::number(entry.attempt) +
                QStringLiteral(" status ") + QString::number(entry.status) + QStringLiteral(": ") +
                entry.error + QLatin1Char('\n');
    return text;
}

sync::SyncOptions fastOptions()
{
    sync::SyncOptions options;
    options.retryBaseMs = 20;
    options.retryAfterCapMs = 3000;
    options.transferTimeoutMs = 300;
    options.totalTimeoutMs = 1500;
    return options;
}

SyncHarness::SyncHarness(const sync::SyncOptions& options)
    : m_paths(store::DataPaths::inDirectory(m_dir.path())),
      m_writer(std::make_unique<store::WriterThread>(m_paths)),
      m_engine(std::make_unique<sync::SyncEngine>(m_paths, *m_writer, options))
{}

SyncHarness::~SyncHarness()
{
    m_engine.reset(); // before the writer it writes through
    m_writer.reset();
}

SyncRun SyncHarness::run(const sync::SyncRequest& request, int timeoutMs)
{
    SyncRun run;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    const QList<QMetaObject::Connection> connections{
        QObject::connect(m_engine.get(), &sync::SyncEngine::requestLogged, &loop,
                         [&run](const sync::RequestLogEntry& entry) { run.log.append(entry); }),
        QObject::connect(m_engine.get(), &sync::SyncEngine::taskFinished, &loop,
                         [&run](const sync::SyncTaskResult& task) { run.tasks.append(task); }),
        QObject::connect(m_engine.get(), &sync::SyncEngine::dayUpdated, &loop,
                         [&run](const QDate& day) { run.updatedDays.append(day); }),
        QObject::connect(m_engine.get(), &sync::SyncEngine::finished, &loop,
                         [&run, &loop](const sync::SyncSummary& summary) {
                             run.summary = summary;
                             run.finished = true;
                             loop.quit();
                         }),
    };
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (m_engine->start(request))
        loop.exec();
    run.ms = clock.elapsed();
    for (const QMetaObject::Connection& connection : connections)
        QObject::disconnect(connection);
    return run;
}

std::unique_ptr<store::CacheReader> SyncHarness::reader() const
{
    QString error;
    return store::CacheReader::open(m_paths, &error);
}

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/sync/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

sync::SourceDefinition loopbackSource(const QString& name, const QString& urlTemplate,
                                      sync::SourceFormat format)
{
    return {name, urlTemplate, format, true};
}

} // namespace paperboy::synctest
