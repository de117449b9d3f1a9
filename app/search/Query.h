#pragma once

#include "core/ArxivId.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paperboy::search {

// One searchable piece of a query: a word, a word prefix (`distill*`) or a quoted phrase, each
// possibly excluded (`-survey`).
struct Term
{
    enum class Kind { Word, Prefix, Phrase };
    Kind kind = Kind::Word;
    QString text; // as the user wrote it, without quotes, `*` or `-`
    bool excluded = false;

    friend bool operator==(const Term& a, const Term& b)
    {
        return a.kind == b.kind && a.text == b.text && a.excluded == b.excluded;
    }
};

enum class Sort { Relevance, Date, Votes };

// What a user's query asks for, after QueryParser (QueryParser.h). Every part narrows the
// result: terms and filters are ANDed. Dates are the day a paper was first listed.
struct Query
{
    QList<Term> terms;
    QStringList authors;         // author:NAME, each a phrase searched in the author names
    QStringList sources;         // source:NAME, any of them
    std::optional<QDate> after;  // on or after
    std::optional<QDate> before; // on or before
    std::optional<int> minVotes; // votes:>N is minVotes N + 1, votes:>=N is N
    // The reader's own data (the user file): is:bookmarked, is:unread / is:read, has:note,
    // has:highlight.
    bool bookmarked = false;
    std::optional<bool> read;
    bool hasNote = false;
    bool hasHighlight = false;
    // The query was an arXiv id or an arXiv / Hugging Face URL: jump to that paper.
    std::optional<core::ArxivId> paperId;

    bool hasPositiveTerms() const;
    bool hasFilters() const;
    bool hasUserFilters() const;
    bool isEmpty() const { return terms.isEmpty() && !hasFilters() && !paperId; }
};

} // namespace paperboy::search
