#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace paperboy::ui {

// One reader per data folder: the first start listens on a local socket named after the user
// and the folder; a later start hands its files to it (to import) and asks it to come to the
// front, then exits. A socket left by a crashed reader is taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& dataFolder, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket name for a data folder (per user, so two users never meet).
    static QString serverName(const QString& dataFolder);

    // Sends `files` (absolute paths) to a running reader. True when one took them; false when
    // none runs (or it did not answer within `timeoutMs`).
    bool handOver(const QStringList& files, int timeoutMs = 1000) const;

    // Starts listening; false when another reader does already (then call handOver).
    bool listen();

signals:
    // A later start asked this reader to come to the front and import `files`.
    void activated(const QStringList& files);

private:
    void readRequest();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace paperboy::ui
