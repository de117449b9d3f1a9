#pragma once

#include "parse/ParseResult.h"

#include <QDate>
#include <QStringList>

#include <atomic>

namespace paperboy::ingest {

// Larger files are refused before reading: a real digest is ~100 KB, an API day ~1 MB.
constexpr qint64 maxDigestFileBytes = 32 * 1024 * 1024;

// Expands files and directories (recursively) into the digest files they hold, sorted by path:
// in folders, files named like a day (DD.md, YYYY-MM-DD.md, YYYY-MM-DD.json,
// YYYY-MM-DD_paper_ko.json); files named
// explicitly are always taken. Paths that do not exist or cannot be read go to `problems`.
// When `cancelled` becomes true (from any thread) the scan stops within a directory entry and
// returns what it found so far: a folder scan can take minutes on a large or slow tree.
QStringList collectDigestFiles(const QStringList& paths, QStringList* problems,
                               const std::atomic_bool* cancelled = nullptr);

// A day of the Korean briefs of hf-daily-paper-korean-autoflow: a name ending "_paper_ko.json".
bool isKoreanBriefFile(const QString& path);

// Reads and parses one digest file by its kind: `.md` as a markdown digest, `.json` as a
// Hugging Face API day whose date comes from `dateOverride` or the file name (YYYY-MM-DD.json),
// `_paper_ko.json` as a day of the Korean briefs (YYYY-MM-DD_paper_ko.json).
// For a markdown file under .../YYYY/MM/DD.md the path's date must match the header.
parse::ParseResult loadDigestFile(const QString& path, QDate dateOverride = {});

} // namespace paperboy::ingest
