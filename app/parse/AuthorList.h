#pragma once

#include <QStringList>
#include <QStringView>

namespace paperboy::parse {

struct AuthorList
{
    QStringList names;
    bool wellFormed = true; // false when a Python-style list had unbalanced quotes
};

// Reads the value of an `Authors:` line: either "A, B, C" or a Python list literal
// "['A', 'B', \"O'Neil\"]". Names are trimmed, inner whitespace collapsed, and duplicates
// removed keeping the first (older digests repeat names).
AuthorList parseAuthorList(QStringView text);

// Trims and collapses each name, drops empty ones and later duplicates, keeps the order.
QStringList uniqueNames(const QStringList& names);

} // namespace paperboy::parse
