#pragma once

#include "store/user/UserRecords.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paperboy::exporting {

// The file of `paperboy userdata export` / `import`:
//   {"format": "paperboy-userdata", "version": 1, "exported_at": time,
//    "bookmarks": [{"id", "title", "authors": [..], "date": "YYYY-MM-DD"|null, "abstract",
//                   "title_ko", "primary_class", "links": {"abs", "pdf", "github"?,
//                   "project"?}, "bookmarked_at", "updated_at"}],
//    "read": [{"id", "read_at"}], "notes": [{"id", "markdown", "updated_at"}],
//    "dismissed": [{"id", "title", "authors", "date", "abstract", "korean_title",
//                   "dismissed_at", "updated_at"}],
//    "watches": [{"name", "query", "position", "created_at", "seen_at", "updated_at"}],
//    "questions": [{"id", "question", "answer", "model", "endpoint", "pages": [n..],
//                   "created_at", "complete"}],
//    "highlights": [{"uid", "id", "page", "text", "rects": [[x, y, w, h], ..], "colour",
//                    "comment", "created_at", "updated_at"}],
//    "reading_positions": [{"id", "page", "updated_at"}]}
// "watches" came later (issue 33) within version 1; "questions", "highlights" and
// "reading_positions" later still (issue 35): a file without them imports as before.
// ("dismissed", the "Not interested" marks, is absent from files of before those marks and
// then read as empty.)
// Times are ISO 8601 UTC with milliseconds, exactly as stored, so a round trip is lossless.
// "title_ko" is the name of the Korean title everywhere (`show --json`, CSV); files written
// before it was were read with their "korean_title" too.
// One bookmark as in the file above (also `paperboy bookmarks list --json`).
QJsonObject bookmarkToJson(const store::Bookmark& bookmark);
QJsonObject dismissalToJson(const store::Dismissal& dismissal);
QByteArray userDataToJson(const store::UserSnapshot& snapshot);
// Refuses (with a message naming the entry) anything that is not such a file, so that an
// import never half-applies a file it only half understood.
std::optional<store::UserSnapshot> userDataFromJson(const QByteArray& json, QString* error);

// The "watches" list of the file (UserDataJsonWatches.cpp).
QJsonArray watchesToJson(const store::Watches& watches);
std::optional<store::Watches> watchesFromJson(const QJsonArray& watches, QString* error);

// The "questions" list of the file (UserDataJsonQuestions.cpp).
QJsonArray questionsToJson(const QList<store::QuestionAnswer>& questions);
std::optional<QList<store::QuestionAnswer>> questionsFromJson(const QJsonArray& questions,
                                                              QString* error);
// The "highlights" and "reading_positions" lists (UserDataJsonHighlights.cpp). One highlight
// as in the file is also what `paperboy highlights --json` prints.
QJsonObject highlightToJson(const store::Highlight& highlight);
QJsonArray highlightsToJson(const store::UserSnapshot& snapshot);
QJsonArray readingPositionsToJson(const store::UserSnapshot& snapshot);
bool highlightsFromJson(const QJsonObject& root, store::UserSnapshot& snapshot, QString* error);

} // namespace paperboy::exporting
