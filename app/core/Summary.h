#pragma once

#include "core/ArxivId.h"
#include "core/Section.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

namespace paperboy::core {

// A summary a language model wrote for one paper, as the cache keeps it: the sections under
// the source "summarizer", with the model that wrote them and when.
struct PaperSummary
{
    ArxivId id;
    QString title; // what was summarized, so that the summary stays readable on its own
    QString model;
    QDateTime createdAt; // UTC
    Sections sections;
    bool withPdfText = false; // the prompt held the PDF's text, not only the abstract
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
};

} // namespace paperboy::core

Q_DECLARE_METATYPE(paperboy::core::PaperSummary)
