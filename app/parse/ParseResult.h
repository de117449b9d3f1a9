#pragma once

#include "core/Digest.h"

#include <QList>
#include <QString>

#include <optional>

namespace paperboy::parse {

// Something in the input that was not understood. It is reported, never silently dropped,
// and never stops the rest of the file from being read.
struct Warning
{
    QString file;
    int line = 0; // 1-based; 0 when no line applies (JSON)
    QString message;

    QString toString() const;
};

// What one input file yielded. `digest` is empty only when the file as a whole could not be
// read (not a digest at all, no date, not a JSON array ...); `error` then says why and names
// the file. A file can yield a digest with zero papers.
struct ParseResult
{
    std::optional<core::Digest> digest;
    QString error;
    QList<Warning> warnings;

    bool ok() const { return digest.has_value(); }
};

} // namespace paperboy::parse
