#pragma once

#include "sync/SourceDefinition.h"

#include <QStringList>

namespace paperboy::sync {

// The sources sync may use: the built-in ones (which can be switched off but not edited or
// removed) and the user's own, persisted as a small JSON file in the config folder.
class SourceRegistry final
{
public:
    // `filePath` is the JSON file; defaultFilePath() is where the app keeps it.
    explicit SourceRegistry(QString filePath);

    // $XDG_CONFIG_HOME/paperboy/sources.json
    static QString defaultFilePath();

    // A missing file is not an error (built-ins only). Invalid entries are skipped and
    // described in `problems`; an unreadable file gives false and leaves the built-ins.
    bool load(QString* error, QStringList* problems = nullptr);
    // Writes atomically. A file that could not be read is kept beside as sources.json.bak first.
    bool save(QString* error) const;

    SourceDefinitions all() const; // built-ins first, then the user's in the order added
    SourceDefinitions enabled() const;
    std::optional<SourceDefinition> find(const QString& name) const;

    // Validates (validateSource, a plain name, unique) before adding.
    bool add(const SourceDefinition& source, QString* error);
    bool remove(const QString& name, QString* error);
    bool setEnabled(const QString& name, bool enabled, QString* error);

private:
    QString m_filePath;
    SourceDefinitions m_sources;
    bool m_fileUnreadable = false;
};

} // namespace paperboy::sync
