#pragma once

#include "store/DataPaths.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace paperboy::store {

class Connection;

// The user's own data: bookmarks, read state, notes. A separate SQLite file that sync and
// cache pruning never open. Keyed by normalised arXiv id so it survives a cache rebuild.
class UserStore final
{
public:
    static std::unique_ptr<UserStore> open(const DataPaths& paths, QString* error);
    ~UserStore();

    bool setBookmarked(const QString& paperId, bool on, QString* error);
    bool isBookmarked(const QString& paperId) const;
    QSet<QString> bookmarks() const;

    bool setRead(const QString& paperId, bool read, QString* error);
    bool isRead(const QString& paperId) const;

    bool setNote(const QString& paperId, const QString& markdown, QString* error);
    std::optional<QString> note(const QString& paperId) const;

private:
    explicit UserStore(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace paperboy::store
