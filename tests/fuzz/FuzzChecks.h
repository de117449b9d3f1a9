#pragma once

#include "parse/ParseResult.h"

#include <QSet>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What every harness checks beyond "no crash": a broken promise of the code under test aborts,
// so that libFuzzer keeps the input and the replay test (ReplayMain.cpp) fails on it.
namespace paperboy::fuzz {

// The detail with control characters written as \uXXXX: an input often holds a NUL or an escape
// that would cut or garble the message.
inline QByteArray printable(const QString& detail)
{
    QString text;
    for (const QChar c : detail) {
        if (c.isPrint() || c == QLatin1Char(' '))
            text += c;
        else
            text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return text.toUtf8();
}

[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s: %s\n", what, printable(detail).constData());
    std::abort();
}

inline void check(bool condition, const char* what, const QString& detail = {})
{
    if (!condition)
        fail(what, detail);
}

// ParseResult's contract (parse/ParseResult.h): no digest means an error that says why; a
// digest holds papers with valid, distinct ids and author lists without duplicates.
inline void checkParseResult(const parse::ParseResult& result)
{
    if (!result.ok()) {
        check(!result.error.isEmpty(), "a failed read names no error");
        return;
    }
    check(result.digest->date.isValid(), "a digest without a valid date");
    QSet<QString> ids;
    for (const core::Paper& paper : result.digest->papers) {
        check(paper.id.isValid(), "a paper without a valid id", paper.title);
        check(!ids.contains(paper.id.id()), "a paper listed twice", paper.id.id());
        ids.insert(paper.id.id());
        const QSet<QString> authors(paper.authors.cbegin(), paper.authors.cend());
        check(authors.size() == paper.authors.size(), "an author listed twice", paper.id.id());
    }
}

} // namespace paperboy::fuzz
