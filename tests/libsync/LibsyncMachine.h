#pragma once

// A "machine" for the library-sync tests: a data dir of its own with its user file, a
// LibrarySync with an injectable wall clock, and the user file's export to compare machines by.
#include "export/UserDataJson.h"
#include "libsync/LibrarySync.h"
#include "store/user/UserStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace paperboy::testing {

class LibsyncMachine final
{
    QTemporaryDir m_dir; // first: removed after the files in it are closed
    qint64 m_skewMs;

public:
    explicit LibsyncMachine(const QString& name, const QString& folder, qint64 skewMs = 0)
        : m_skewMs(skewMs)
    {
        QString error;
        const auto paths = store::DataPaths::resolve(m_dir.path());
        user = store::UserStore::open(paths, &error);
        sync = libsync::LibrarySync::open(
            paths, &error, [this] { return QDateTime::currentMSecsSinceEpoch() + m_skewMs; });
        if (!user || !sync)
            qFatal("cannot open a machine: %s", qPrintable(error));
        if (!sync->setDeviceName(name, &error) || !sync->setFolder(folder, &error))
            qFatal("cannot set the folder: %s", qPrintable(error));
    }

    libsync::SyncReport syncNow()
    {
        QString error;
        const auto report = sync->sync(&error);
        if (!report)
            qFatal("sync failed: %s", qPrintable(error));
        return *report;
    }

    // The export without its time of export: what `userdata export` of two machines compares.
    QByteArray exported() const
    {
        QString error;
        const auto snapshot = user->snapshot(&error);
        if (!snapshot)
            qFatal("snapshot failed: %s", qPrintable(error));
        QJsonObject object = QJsonDocument::fromJson(exporting::userDataToJson(*snapshot)).object();
        object.remove(QStringLiteral("exported_at"));
        return QJsonDocument(object).toJson();
    }

    static store::Bookmark bookmark(const QString& id, const QString& title)
    {
        store::Bookmark b;
        b.id = id;
        b.title = title;
        b.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
        b.date = QDate(2024, 12, 16);
        b.abstract = QStringLiteral("An abstract of ") + title;
        return b;
    }

    std::unique_ptr<store::UserStore> user;
    std::unique_ptr<libsync::LibrarySync> sync;
    QString dataDir() const { return m_dir.path(); }
};

} // namespace paperboy::testing
