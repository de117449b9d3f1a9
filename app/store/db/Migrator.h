#pragma once

#include "store/db/Schema.h"

#include <QList>
#include <QString>

#include <optional>

namespace paperboy::store {

struct Migration
{
    int version = 0; // NNN of NNN_name.sql
    QString path;
};

// Brings a file up to the newest schema. Versions are PRAGMA user_version; migration N turns
// version N-1 into N. Before the first pending migration of a non-empty file, the file is
// copied with VACUUM INTO to "<file>.bak-v<current>"; once every migration has succeeded, a
// schema that keepsOnlyNewestBackup removes the backups of earlier upgrades. Each migration runs in
// its own BEGIN IMMEDIATE transaction that re-reads user_version first, so two connections opening
// the same old file at once cannot both apply it; a failed migration leaves the previous
// version intact.
class Migrator final
{
public:
    explicit Migrator(SchemaSpec schema) : m_schema(std::move(schema)) {}

    // The migrations in schema.migrationsDir, ascending; they must be numbered 1, 2, 3 ...
    std::optional<QList<Migration>> migrations(QString* error) const;
    bool migrate(Connection& connection, const QList<Migration>& migrations, QString* error) const;

private:
    // The new backup's path, empty on failure.
    QString backUp(Connection& connection, int currentVersion, QString* error) const;
    void removeOlderBackups(const QString& file, const QString& newest) const;
    bool apply(Connection& connection, const Migration& migration, QString* error) const;

    SchemaSpec m_schema;
};

} // namespace paperboy::store
