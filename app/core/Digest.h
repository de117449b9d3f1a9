#pragma once

#include "core/Paper.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace paperboy::core {

// Built-in source names. User-defined sources have names of their own.
inline QString koreanDigestSource()
{
    return QStringLiteral("daily_papers_ko");
}
inline QString huggingFaceSource()
{
    return QStringLiteral("hf");
}
inline QString koreanAutoflowSource()
{
    return QStringLiteral("korean_autoflow");
}
// Summaries Paperboy asked a language model for (app/summarize): never a digest of its own.
inline QString summarizerSource()
{
    return QStringLiteral("summarizer");
}

// The papers one source published for one day, in the order the source listed them.
struct Digest
{
    QDate date;
    QString source;
    Papers papers;
};

} // namespace paperboy::core

Q_DECLARE_METATYPE(paperboy::core::Digest)
