#pragma once

#include "parse/ParseResult.h"

#include <QByteArray>
#include <QDate>

namespace paperboy::parse {

// Reads a daily_papers_ko style markdown digest (see ../shared/README.md for every variant).
// The returned digest has source core::koreanDigestSource(); callers may rename it.
class MarkdownDigestReader final
{
public:
    // `fileName` is used in messages only. When `expectedDate` is valid, a header with a
    // different date is an error (a file served for the wrong day).
    static ParseResult read(const QByteArray& data, const QString& fileName,
                            QDate expectedDate = {});
};

} // namespace paperboy::parse
