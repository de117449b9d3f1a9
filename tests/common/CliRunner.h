#pragma once

// Runs the real `paperboy` binary as a child process, the way users and scripts do.

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace paperboy::testing {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliResult runCli(const QString& dataDir, const QStringList& args, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAPERBOY_DATA_DIR"));
    process.setProcessEnvironment(env);
    QStringList all;
    if (!dataDir.isEmpty())
        all << QStringLiteral("--data-dir") << dataDir;
    all += args;
    process.start(QStringLiteral(PAPERBOY_EXE), all);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace paperboy::testing
