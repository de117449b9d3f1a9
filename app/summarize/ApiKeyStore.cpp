#include "summarize/ApiKeyStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace paperboy::summarize {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::summarize)
};

QString keyringService()
{
    return QStringLiteral("Paperboy");
}
QString keyringEntry()
{
    return QStringLiteral("llm-api-key");
}

// Jobs have no parent and delete themselves when done (QtKeychain's autoDelete): the
// Secret Service answers through a callback that still points at the job, so a job deleted
// early with its owner (a Settings page closed at once) would crash the app. A receiver that
// is gone by then simply gets no signal.

} // namespace

std::optional<QString> environmentApiKey()
{
    if (!qEnvironmentVariableIsSet("PAPERBOY_LLM_API_KEY"))
        return std::nullopt;
    return qEnvironmentVariable("PAPERBOY_LLM_API_KEY").trimmed();
}

void ApiKeyStore::read()
{
    if (const auto key = environmentApiKey()) {
        // Queued, as the keyring's answer would be: callers connect after calling.
        QTimer::singleShot(0, this, [this, key = *key] { emit keyRead(key, {}); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(keyringService());
    job->setKey(keyringEntry());
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit keyRead(job->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            emit keyRead({}, {});
        else
            emit keyRead({}, Text::tr("the keyring could not be read: %1").arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::write(const QString& key)
{
    if (key.isEmpty()) {
        remove();
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(keyringService());
    job->setKey(keyringEntry());
    job->setInsecureFallback(false);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool ok = job->error() == QKeychain::NoError;
        emit keyWritten(
            ok, ok ? QString()
                   : Text::tr("the keyring could not keep the key: %1").arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::remove()
{
    auto* job = new QKeychain::DeletePasswordJob(keyringService());
    job->setKey(keyringEntry());
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool ok =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        emit keyWritten(
            ok, ok ? QString()
                   : Text::tr("the keyring could not remove the key: %1").arg(job->errorString()));
    });
    job->start();
}

} // namespace paperboy::summarize
