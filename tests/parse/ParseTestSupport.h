#pragma once

#include "parse/ParseResult.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>

namespace paperboy::parse::test {

inline QString fixturePath(const QString& relative)
{
    return QDir(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/parse")).filePath(relative);
}

inline std::optional<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

inline std::optional<QByteArray> readFixture(const QString& relative)
{
    return readFile(fixturePath(relative));
}

inline QString corpusDir()
{
    return QStringLiteral(PAPERBOY_CORPUS_DIR);
}

// For failure messages: every warning and the error, one a line.
inline QString describe(const ParseResult& result)
{
    QStringList lines;
    if (!result.error.isEmpty())
        lines.append(QStringLiteral("error: ") + result.error);
    for (const Warning& warning : result.warnings)
        lines.append(warning.toString());
    return lines.join(QLatin1Char('\n'));
}

inline const core::Paper* findPaper(const ParseResult& result, const QString& id)
{
    if (!result.digest)
        return nullptr;
    for (const core::Paper& paper : result.digest->papers) {
        if (paper.id.id() == id)
            return &paper;
    }
    return nullptr;
}

inline QStringList paperIds(const ParseResult& result)
{
    QStringList ids;
    if (result.digest) {
        for (const core::Paper& paper : result.digest->papers)
            ids.append(paper.id.id());
    }
    return ids;
}

inline QStringList sectionNames(const core::Paper& paper)
{
    QStringList names;
    for (const core::Section& section : paper.sections)
        names.append(section.name);
    return names;
}

inline bool hasWarning(const ParseResult& result, int line, const QString& fragment)
{
    for (const Warning& warning : result.warnings) {
        if (warning.line == line && warning.message.contains(fragment))
            return true;
    }
    return false;
}

} // namespace paperboy::parse::test
