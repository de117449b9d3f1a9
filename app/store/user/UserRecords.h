#pragma once

#include "core/Paper.h"
#include "store/user/Highlight.h"
#include "store/user/Watch.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace paperboy::store {

// A bookmark with the part of its paper that it keeps (002_bookmark_papers.sql): enough to
// list, show and cite it with no cache at all.
struct Bookmark
{
    QString id; // normalised arXiv id, no version
    QString title;
    QStringList authors;
    QDate date; // the digest day; invalid when unknown
    QString abstract;
    QString koreanTitle;  // empty when unknown
    QString primaryClass; // e.g. "cs.CL"; empty when unknown
    QString githubUrl;
    QString projectUrl;
    QDateTime bookmarkedAt; // UTC
    QDateTime updatedAt;    // UTC; the bookmark or its kept metadata last changed

    // The metadata of `paper` (times left invalid: the store fills them).
    static Bookmark fromPaper(const core::Paper& paper);
    // A paper made of the kept metadata only, for the detail pane and the export formats.
    core::Paper toPaper() const;
};

// A "Not interested" mark (003_dismissals.sql): the negative label of the For you ranking.
// It keeps its paper's text, so that the ranking still learns from it without the cache.
struct Dismissal
{
    QString id; // normalised arXiv id, no version
    QString title;
    QStringList authors;
    QDate date; // the digest day; invalid when unknown
    QString abstract;
    QString koreanTitle;
    QDateTime dismissedAt; // UTC
    QDateTime updatedAt;   // UTC; the mark or its kept text last changed

    // The kept part of `paper` (times left invalid: the store fills them).
    static Dismissal fromPaper(const core::Paper& paper);
};

struct ReadMark
{
    QString id;
    QDateTime readAt; // UTC, the first time it was read
};

struct Note
{
    QString id;
    QString markdown;
    QDateTime updatedAt; // UTC
};

// A question asked about a paper and the endpoint's answer (006_questions.sql).
struct QuestionAnswer
{
    QString paperId; // normalised arXiv id
    QString question;
    QString answer;
    QString model;
    QString endpoint;     // the server, without user info or query
    QList<int> pages;     // cited, ascending
    QDateTime createdAt;  // UTC, when it was asked
    bool complete = true; // false: cut off or cancelled, `answer` is what arrived
};

// Everything in the user file, for `userdata export` and `import`.
struct UserSnapshot
{
    QList<Bookmark> bookmarks;
    QList<ReadMark> reads;
    QList<Note> notes;
    Watches watches; // in the reader's order
    QList<Dismissal> dismissals;
    QList<QuestionAnswer> questions;         // oldest first
    QList<Highlight> highlights;             // by paper, then page
    QList<ReadingPosition> readingPositions; // by paper
};

// What a merge changed: rows added or replaced by a newer version.
struct MergeCounts
{
    int bookmarks = 0;
    int reads = 0;
    int notes = 0;
    int watches = 0;
    int dismissals = 0;
    int questions = 0;
    int highlights = 0;
    int readingPositions = 0;
};

} // namespace paperboy::store

Q_DECLARE_METATYPE(paperboy::store::Bookmark)
Q_DECLARE_METATYPE(paperboy::store::QuestionAnswer)
