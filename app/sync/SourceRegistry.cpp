#include "sync/SourceRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace paperboy::sync {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::sync::SourceRegistry)
};

// Names end up in the cache and on the command line: keep them short and plain.
bool isPlainName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QJsonObject toJson(const SourceDefinition& source)
{
    return {{QStringLiteral("name"), source.name},
            {QStringLiteral("url"), source.urlTemplate},
            {QStringLiteral("format"), formatName(source.format)},
            {QStringLiteral("enabled"), source.enabled}};
}

} // namespace

SourceRegistry::SourceRegistry(QString filePath)
    : m_filePath(std::move(filePath)), m_sources(builtInSources())
{}

QString SourceRegistry::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/paperboy/sources.json");
}

bool SourceRegistry::load(QString* error, QStringList* problems)
{
    m_sources = builtInSources();
    m_fileUnreadable = false;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    QJsonParseError parseError{};
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.read(1024 * 1024), &parseError)
            : QJsonDocument();
    if (!document.isObject()) {
        m_fileUnreadable = true;
        if (error)
            *error =
                Text::tr("Cannot read the source list %1: %2")
                    .arg(m_filePath, file.isOpen() ? parseError.errorString() : file.errorString());
        return false;
    }
    const QJsonObject builtInStates =
        document.object().value(QStringLiteral("builtIns")).toObject();
    for (SourceDefinition& source : m_sources) {
        const QJsonValue state =
            builtInStates.value(source.name).toObject().value(QStringLiteral("enabled"));
        source.enabled = state.toBool(true);
    }
    const QJsonArray userSources = document.object().value(QStringLiteral("sources")).toArray();
    for (const QJsonValue& value : userSources) {
        const QJsonObject object = value.toObject();
        const auto format = formatFromName(object.value(QStringLiteral("format")).toString());
        SourceDefinition source{object.value(QStringLiteral("name")).toString(),
                                object.value(QStringLiteral("url")).toString(),
                                format.value_or(SourceFormat::Markdown),
                                object.value(QStringLiteral("enabled")).toBool(true)};
        QString why;
        if (!format)
            why = Text::tr("The source '%1' has an unknown format.").arg(source.name);
        else
            add(source, &why); // on failure `why` says what is wrong
        if (!why.isEmpty() && problems)
            problems->append(why);
    }
    return true;
}

bool SourceRegistry::save(QString* error) const
{
    QJsonObject builtInStates;
    QJsonArray userSources;
    for (const SourceDefinition& source : m_sources) {
        if (source.isBuiltIn())
            builtInStates.insert(source.name,
                                 QJsonObject{{QStringLiteral("enabled"), source.enabled}});
        else
            userSources.append(toJson(source));
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("builtIns"), builtInStates},
                           {QStringLiteral("sources"), userSources}};

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    if (m_fileUnreadable) {
        // Never overwrite what we could not read: the user may want to repair it by hand.
        const QString backup = m_filePath + QStringLiteral(".bak");
        QFile::remove(backup);
        QFile::copy(m_filePath, backup);
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error =
                Text::tr("Cannot save the source list %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

SourceDefinitions SourceRegistry::all() const
{
    return m_sources;
}

SourceDefinitions SourceRegistry::enabled() const
{
    SourceDefinitions result;
    for (const SourceDefinition& source : m_sources) {
        if (source.enabled)
            result.append(source);
    }
    return result;
}

std::optional<SourceDefinition> SourceRegistry::find(const QString& name) const
{
    for (const SourceDefinition& source : m_sources) {
        if (source.name == name)
            return source;
    }
    return std::nullopt;
}

bool SourceRegistry::add(const SourceDefinition& source, QString* error)
{
    QString why = validateSource(source);
    if (why.isEmpty() && !isPlainName(source.name))
        why =
            Text::tr("The source name '%1' may use only letters, digits, '.', '_' and '-' (at most "
                     "64).")
                .arg(source.name);
    if (why.isEmpty() && find(source.name))
        why = Text::tr("A source named '%1' exists already.").arg(source.name);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_sources.append(source);
    return true;
}

bool SourceRegistry::remove(const QString& name, QString* error)
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).name != name)
            continue;
        if (m_sources.at(i).isBuiltIn()) {
            if (error)
                *error = Text::tr("The built-in source '%1' can be switched off but not removed.")
                             .arg(name);
            return false;
        }
        m_sources.removeAt(i);
        return true;
    }
    if (error)
        *error = Text::tr("There is no source named '%1'.").arg(name);
    return false;
}

bool SourceRegistry::setEnabled(const QString& name, bool enabled, QString* error)
{
    for (SourceDefinition& source : m_sources) {
        if (source.name == name) {
            source.enabled = enabled;
            return true;
        }
    }
    if (error)
        *error = Text::tr("There is no source named '%1'.").arg(name);
    return false;
}

} // namespace paperboy::sync
