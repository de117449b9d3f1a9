#pragma once

#include "core/Paper.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paperboy::exporting {

// An Atom 1.0 (RFC 4287) feed of a watch's papers, newest first, for any feed reader to
// follow. Every text goes out escaped as plain text (type="text"): a title or abstract is
// never markup. Entry id and link are the paper's arXiv abs URL and the feed id is derived
// from the watch's name, so a reader never shows an entry twice. Characters XML 1.0 forbids
// (most control characters, lone surrogates, U+FFFE/U+FFFF) are left out.
struct AtomFeedInput
{
    QString watchName;
    QString query;
    core::Papers papers; // newest first, as the watch shows them
    QDateTime generated; // the feed's updated time when it has no paper
};

QByteArray atomFeed(const AtomFeedInput& input); // UTF-8

// The feed id of a watch: a name-based UUID URN, the same for the same name everywhere.
QString watchFeedId(const QString& watchName);
// The text an entry's summary carries: the abstract, else the AI summary, else the Korean
// digest's title and sections as plain text.
QString entrySummary(const core::Paper& paper);
// `text` without the characters XML 1.0 cannot hold.
QString xmlSafeText(const QString& text);

} // namespace paperboy::exporting
