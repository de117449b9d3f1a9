#pragma once

#include "parse/ParseResult.h"

#include <QByteArray>
#include <QDate>

namespace paperboy::parse {

// Reads one day of jeongiin/hf-daily-paper-korean-autoflow (YYYY-MM-DD_paper_ko.json): a
// Hugging Face daily papers array whose entries may carry a Korean title and a Korean brief.
// Both generations are read: translation_summary / purpose / advertising_copy / keywords
// (2024-12-16 .. 12-20), and purpose / method / conclusion / keywords (from 2024-12-23).
// The brief becomes sections, with the text exactly as published (see briefSectionNames());
// an entry without Korean fields is a plain Hugging Face entry. The returned digest has
// source core::koreanAutoflowSource(); `[]` is a day without briefs, not an error.
class KoreanAutoflowReader final
{
public:
    static ParseResult read(const QByteArray& data, const QString& fileName, QDate date);

    // The section names the brief's fields become, in the order they are written:
    // purpose, method (one "- " bullet per item), conclusion, translation_summary,
    // advertising_copy, keywords (", "-separated).
    static QStringList briefSectionNames();
};

} // namespace paperboy::parse
