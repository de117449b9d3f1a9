#pragma once

// Makes a folder and the files in it read-only for real, for the tests of a read-only data
// folder: chmod for a normal user, and for root (whom chmod does not stop) the immutable
// attribute, which the kernel enforces for root too. Undone when the object goes.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <unistd.h>

namespace paperboy::testing {

class ReadOnlyFolder final
{
public:
    explicit ReadOnlyFolder(QString dir) : m_dir(std::move(dir))
    {
        const QStringList files = QDir(m_dir).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : files)
            m_files.append(QDir(m_dir).filePath(name));
        set(true);
    }
    ~ReadOnlyFolder() { set(false); }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    // False when this system lets neither chmod nor chattr protect the folder (a container
    // without CAP_LINUX_IMMUTABLE, running as root): the caller skips.
    bool works() const
    {
        QFile probe(QDir(m_dir).filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            return false;
        }
        return true;
    }

private:
    void set(bool on)
    {
        if (geteuid() == 0) {
            QStringList paths = m_files;
            on ? paths.append(m_dir) : paths.prepend(m_dir);
            QProcess::execute(QStringLiteral("chattr"),
                              QStringList{on ? QStringLiteral("+i") : QStringLiteral("-i")} +
                                  paths);
            return;
        }
        const auto fileMode = on ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner;
        for (const QString& file : std::as_const(m_files))
            QFile::setPermissions(file, fileMode);
        QFile::setPermissions(m_dir, fileMode | QFile::ExeOwner);
    }

    QString m_dir;
    QStringList m_files;
};

} // namespace paperboy::testing
