#include "ingest/DigestFiles.h"

#include "parse/HfJsonReader.h"
#include "parse/KoreanAutoflowReader.h"
#include "parse/MarkdownDigestReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace paperboy::ingest {

using parse::ParseResult;

namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::ingest)
};

// In a folder scan only files named like a day are digests: DD.md (the YYYY/MM/DD.md layout of
// daily_papers_ko), YYYY-MM-DD.md / YYYY-MM-DD.json, and YYYY-MM-DD_paper_ko.json (the Korean
// briefs). A README.md or LICENSE.md beside them is not a failed digest.
bool isDigestFileName(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{2}\\.md|\\d{4}-\\d{2}-\\d{2}\\.(md|json)|\\d{4}-\\d{2}-\\d{2}_paper_"
                       "ko\\.json)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

ParseResult failure(const QString& message)
{
    ParseResult result;
    result.error = message;
    return result;
}

// ".../2024/01/15.md" -> 2024-01-15, the layout of the daily_papers_ko repository.
QDate dateFromMarkdownPath(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("(\\d{4})/(\\d{2})/(\\d{2})\\.md$"));
    const auto match = pattern.match(QDir::fromNativeSeparators(path));
    if (!match.hasMatch())
        return {};
    return QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                 match.capturedView(3).toInt());
}

// "2024-12-16.json" -> 2024-12-16, the layout of the Hugging Face response archive, and
// "2024-12-16_paper_ko.json", that of the Korean briefs.
QDate dateFromJsonName(const QString& path)
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\d{4}-\\d{2}-\\d{2})(_paper_ko)?\\.json$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(path);
    if (!match.hasMatch())
        return {};
    return QDate::fromString(match.captured(1), Qt::ISODate);
}

} // namespace

bool isKoreanBriefFile(const QString& path)
{
    return path.endsWith(QLatin1String("_paper_ko.json"), Qt::CaseInsensitive);
}

QStringList collectDigestFiles(const QStringList& paths, QStringList* problems,
                               const std::atomic_bool* cancelled)
{
    const auto stopped = [cancelled] {
        return cancelled && cancelled->load(std::memory_order_relaxed);
    };
    QStringList files;
    for (const QString& path : paths) {
        if (stopped())
            break;
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems)
                problems->append(Text::tr("%1: no such file or folder").arg(path));
        } else if (info.isDir()) {
            // Folders are listed too, although only files are wanted: with QDir::Files alone
            // one hasNext() walks every folder up to the next file, which in a tree of folders
            // is all of it, and the scan could not stop.
            QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext() && !stopped()) {
                const QString file = it.next();
                if (!it.fileInfo().isDir() && isDigestFileName(it.fileName()))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else if (!info.isReadable()) {
            if (problems)
                problems->append(Text::tr("%1: not readable").arg(path));
        } else {
            // A file named explicitly is taken whatever its suffix: the reader says if it is
            // not a digest.
            files.append(path);
        }
    }
    return files;
}

ParseResult loadDigestFile(const QString& path, QDate dateOverride)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > maxDigestFileBytes)
        return failure(Text::tr("%1: too large for a digest (%2 MB, the limit is %3 MB)")
                           .arg(path)
                           .arg(file.size() / (1024 * 1024))
                           .arg(maxDigestFileBytes / (1024 * 1024)));
    // Read at most one byte past the limit, so that a file that grows while we read it is
    // still refused instead of exhausting memory.
    const QByteArray data = file.read(maxDigestFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(Text::tr("%1: read error: %2").arg(path, file.errorString()));
    if (data.size() > maxDigestFileBytes)
        return failure(Text::tr("%1: too large for a digest").arg(path));

    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        const QDate date = dateOverride.isValid() ? dateOverride : dateFromJsonName(path);
        if (!date.isValid())
            return failure(Text::tr("%1: no date: name the file YYYY-MM-DD.json (or "
                                    "YYYY-MM-DD_paper_ko.json) or pass --date")
                               .arg(path));
        if (isKoreanBriefFile(path))
            return parse::KoreanAutoflowReader::read(data, path, date);
        return parse::HfJsonReader::read(data, path, date);
    }
    const QDate expected = dateOverride.isValid() ? dateOverride : dateFromMarkdownPath(path);
    return parse::MarkdownDigestReader::read(data, path, expected);
}

} // namespace paperboy::ingest
