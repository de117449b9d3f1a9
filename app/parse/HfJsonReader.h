#pragma once

#include "parse/ParseResult.h"

#include <QByteArray>
#include <QDate>

namespace paperboy::parse {

// Reads one response of GET https://huggingface.co/api/daily_papers?date=YYYY-MM-DD.
// The response carries no day of its own, so the caller names it. The returned digest has
// source core::huggingFaceSource(); callers may rename it.
class HfJsonReader final
{
public:
    static ParseResult read(const QByteArray& data, const QString& fileName, QDate date);
};

} // namespace paperboy::parse
