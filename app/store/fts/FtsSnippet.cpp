#include "store/fts/FtsSnippet.h"

#include "store/fts/Fts5Api.h"
#include "store/fts/FtsColumns.h"
#include "store/fts/FtsTokenizer.h"

// SQLite's own API: an FTS5 auxiliary function is a C callback; Qt's driver has no way to add one.
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

namespace paperboy::store::fts {
namespace {

// One hit of a phrase in the quoted column: its first token and how many tokens it spans.
struct Hit
{
    int phrase;
    int offset;
    int size;
};

// Token indexes of the window, both included.
struct Window
{
    int first = 0;
    int last = -1;
};

// The column with the most of the query's phrases, or -1. On a tie the title comes last and
// the authors next to last: a result already shows its title, and the abstract or the digest's
// text around the words says more (FtsColumns.h).
int bestColumn(const Fts5ExtensionApi* api, Fts5Context* fts)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    int best = -1;
    int bestCount = 0;
    for (const int column : {abstractColumn, bodyColumn, authorsColumn, titleColumn}) {
        if (column >= columns)
            continue;
        int count = 0;
        for (int phrase = 0; phrase < phrases; ++phrase) {
            Fts5PhraseIter iterator;
            int hitColumn = -1;
            int offset = 0;
            if (api->xPhraseFirst(fts, phrase, &iterator, &hitColumn, &offset) != SQLITE_OK)
                continue;
            while (hitColumn >= 0 && hitColumn < column)
                api->xPhraseNext(fts, &iterator, &hitColumn, &offset);
            count += hitColumn == column ? 1 : 0;
        }
        if (count > bestCount) {
            best = column;
            bestCount = count;
        }
    }
    return best;
}

int hitsIn(const Fts5ExtensionApi* api, Fts5Context* fts, int column, std::vector<Hit>& hits)
{
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int hitColumn = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &hitColumn, &offset);
        if (rc == SQLITE_OK && hitColumn == column)
            hits.push_back({phrase, offset, std::max(1, api->xPhraseSize(fts, phrase))});
    }
    std::sort(hits.begin(), hits.end(),
              [](const Hit& a, const Hit& b) { return a.offset < b.offset; });
    return rc;
}

// The window holding the most different phrases, then the most hits, the earliest on a tie
// (less to tokenize). Each candidate starts a quarter of the window before one of the first
// hits, so that a hit is read with some of what leads to it.
Window chooseWindow(const std::vector<Hit>& hits, int tokens)
{
    constexpr size_t candidates = 64;
    const int lead = tokens / 4;
    Window best;
    long long bestScore = -1;
    for (size_t i = 0; i < hits.size() && i < candidates; ++i) {
        const Window window{std::max(0, hits[i].offset - lead),
                            std::max(0, hits[i].offset - lead) + tokens - 1};
        std::vector<int> phrases;
        long long inside = 0;
        for (const Hit& hit : hits) {
            if (hit.offset < window.first || hit.offset + hit.size - 1 > window.last)
                continue;
            ++inside;
            if (std::find(phrases.begin(), phrases.end(), hit.phrase) == phrases.end())
                phrases.push_back(hit.phrase);
        }
        const long long score = static_cast<long long>(phrases.size()) * 1000 + inside;
        if (score > bestScore) {
            best = window;
            bestScore = score;
        }
    }
    // A hit across either edge is quoted whole: half a word highlighted reads as another word.
    for (const Hit& hit : hits) {
        if (hit.offset < best.first && hit.offset + hit.size - 1 >= best.first)
            best.first = hit.offset;
        if (hit.offset <= best.last && hit.offset + hit.size - 1 > best.last)
            best.last = hit.offset + hit.size - 1;
    }
    return best;
}

// Byte ranges of the window's tokens, collected while tokenizing from a window's length before
// it (to move the window back when the text ends inside it: a short title is quoted whole);
// the tokenizer is stopped at the first token past the window.
struct TokenRanges
{
    Window window;
    int from = 0; // the token bytes[0] is
    int next = 0;
    bool more = false;
    std::vector<std::pair<int, int>> bytes;
    const std::vector<Hit>* hits = nullptr; // to quote a hit across the end whole
};

int collectToken(void* context, int flags, const char* token, int size, int start, int end)
{
    auto& ranges = *static_cast<TokenRanges*>(context);
    if ((flags & FTS5_TOKEN_COLOCATED) != 0)
        return SQLITE_OK; // another form of the token before: same position
    const int index = ranges.next++;
    // The marker of a space between Korean words is no word: the window quotes as many words
    // as without it.
    if (size == 2 && token[0] == acrossSpaceMarker && index >= ranges.window.first &&
        index <= ranges.window.last)
        ++ranges.window.last;
    if (index > ranges.window.last && ranges.hits) {
        for (const Hit& hit : *ranges.hits) {
            if (hit.offset <= ranges.window.last && hit.offset + hit.size - 1 >= index)
                ranges.window.last = hit.offset + hit.size - 1;
        }
    }
    if (index > ranges.window.last) {
        ranges.more = true;
        return SQLITE_DONE;
    }
    if (index >= ranges.from)
        ranges.bytes.emplace_back(start, end);
    return SQLITE_OK;
}

// Moves the window back by as many tokens as the text ended before its end, and drops the
// ranges before it.
void settle(TokenRanges& ranges, int tokens)
{
    const int last = ranges.from + int(ranges.bytes.size()) - 1;
    if (!ranges.more && last < ranges.window.last)
        ranges.window.first =
            std::max(ranges.from, std::min(ranges.window.first, last - tokens + 1));
    const int drop = std::max(0, ranges.window.first - ranges.from);
    ranges.bytes.erase(ranges.bytes.begin(),
                       ranges.bytes.begin() + std::min<long>(drop, long(ranges.bytes.size())));
    ranges.from += drop;
    ranges.window.last = std::min(ranges.window.last, last);
}

// The highlighted byte ranges of the window, in order, overlapping ones merged (the two-
// character pieces of a Korean word overlap).
std::vector<std::pair<int, int>> highlights(const std::vector<Hit>& hits, const TokenRanges& ranges)
{
    std::vector<std::pair<int, int>> spans;
    const int first = ranges.window.first;
    const int last = first + int(ranges.bytes.size()) - 1;
    for (const Hit& hit : hits) {
        const int from = std::max(hit.offset, first);
        const int to = std::min(hit.offset + hit.size - 1, last);
        if (from <= to)
            spans.emplace_back(ranges.bytes[size_t(from - first)].first,
                               ranges.bytes[size_t(to - first)].second);
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto& span : spans) {
        if (!merged.empty() && span.first < merged.back().second)
            merged.back().second = std::max(merged.back().second, span.second);
        else
            merged.push_back(span);
    }
    return merged;
}

// One column of a row read from the content view by itself, in place of xColumnText, which
// makes FTS5 read the whole row: every column of paper_fts_text, so every packed text of the
// paper unpacked (PackedText.h), for a snippet that quotes one of them. Selecting one column of
// the view runs only that column's subquery. One statement per column, kept for the query.
class ColumnReader final
{
public:
    ColumnReader(sqlite3* db, std::string view) : m_db(db), m_view(std::move(view)) {}
    ~ColumnReader()
    {
        for (sqlite3_stmt* statement : m_statements)
            sqlite3_finalize(statement);
    }
    ColumnReader(const ColumnReader&) = delete;
    ColumnReader& operator=(const ColumnReader&) = delete;

    // The text stays valid until the next read or the reader's end.
    int read(int column, sqlite3_int64 rowid, const char** text, int* size)
    {
        if (column < 0 || column >= int(std::size(columnNames)))
            return SQLITE_RANGE;
        sqlite3_stmt*& statement = m_statements[size_t(column)];
        int rc = SQLITE_OK;
        if (!statement) {
            const std::string sql = std::string("SELECT ") + columnNames[column] + " FROM \"" +
                                    m_view + "\" WHERE " + contentRowidName + " = ?1";
            rc = sqlite3_prepare_v3(m_db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement,
                                    nullptr);
        }
        if (m_last)
            sqlite3_reset(m_last);
        m_last = statement;
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(statement, 1, rowid);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            *text = rc == SQLITE_ROW
                        ? reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))
                        : nullptr;
            *size = rc == SQLITE_ROW ? sqlite3_column_bytes(statement, 0) : 0;
            rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        return rc;
    }

private:
    sqlite3* m_db;
    std::string m_view;
    std::array<sqlite3_stmt*, std::size(columnNames)> m_statements{};
    sqlite3_stmt* m_last = nullptr;
};

void deleteColumnReader(void* reader)
{
    delete static_cast<ColumnReader*>(reader);
}

// The column's text through the content view when the call names it (its last argument), else
// through FTS5.
int columnText(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result,
               sqlite3_value* view, int column, const char** text, int* size)
{
    if (!view)
        return api->xColumnText(fts, column, text, size);
    auto* reader = static_cast<ColumnReader*>(api->xGetAuxdata(fts, 0));
    if (!reader) {
        const auto* name = reinterpret_cast<const char*>(sqlite3_value_text(view));
        reader = new ColumnReader(sqlite3_context_db_handle(result), name ? name : "");
        const int rc = api->xSetAuxdata(fts, reader, deleteColumnReader);
        if (rc != SQLITE_OK)
            return rc; // FTS5 has freed the reader
    }
    return reader->read(column, api->xRowid(fts), text, size);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// How far a snippet's edge moves to reach a word's edge; a longer "word" (a URL, a formula) is
// cut where the token is.
constexpr int wordEdgeReach = 48;

// The start of the word holding the byte at `at`: after the space before it.
int wordStart(const char* text, int at)
{
    for (int from = at; from > 0 && at - from < wordEdgeReach; --from) {
        if (isSpace(text[from - 1]))
            return from;
    }
    return at < wordEdgeReach ? 0 : at;
}

// The end of the word ending at or after `at`: the space after it, or the text's end.
int wordEnd(const char* text, int size, int at)
{
    for (int to = at; to - at < wordEdgeReach; ++to) {
        if (to == size || isSpace(text[to]))
            return to;
    }
    return at;
}

std::string argument(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? std::string(text, size_t(sqlite3_value_bytes(value))) : std::string();
}

void snippet(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int count,
             sqlite3_value** arguments)
{
    if (count != 4 && count != 5) {
        sqlite3_result_error(
            result, "paperboy_snippet takes open, close, ellipsis, tokens [, content view]", -1);
        return;
    }
    const int tokens = std::clamp(sqlite3_value_int(arguments[3]), 1, 64);
    const int column = bestColumn(api, fts);
    std::vector<Hit> hits;
    int rc = column >= 0 ? hitsIn(api, fts, column, hits) : SQLITE_OK;
    if (rc == SQLITE_OK && hits.empty()) {
        sqlite3_result_null(result);
        return;
    }
    const char* text = nullptr;
    int size = 0;
    TokenRanges ranges;
    ranges.window = chooseWindow(hits, tokens);
    ranges.hits = &hits;
    ranges.from = std::max(0, ranges.window.first - tokens);
    if (rc == SQLITE_OK)
        rc =
            columnText(api, fts, result, count == 5 ? arguments[4] : nullptr, column, &text, &size);
    if (rc == SQLITE_OK && text)
        rc = api->xTokenize(fts, text, size, &ranges, collectToken);
    if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    settle(ranges, tokens);
    if (rc != SQLITE_OK || !text || ranges.bytes.empty()) {
        if (rc != SQLITE_OK)
            sqlite3_result_error_code(result, rc);
        else
            sqlite3_result_null(result);
        return;
    }
    const std::string open = argument(arguments[0]);
    const std::string close = argument(arguments[1]);
    const std::string ellipsis = argument(arguments[2]);
    // From the column's start when the window starts there, to its end when nothing follows:
    // the text around the first and last token (punctuation, spaces) is part of it. Else from
    // the start of the first token's word to the end of the last one's: a Korean piece may
    // start or end inside a word (…와 심플렉스 for 방법과 심플렉스).
    int at = ranges.window.first == 0 ? 0 : wordStart(text, ranges.bytes.front().first);
    const int end = ranges.more ? wordEnd(text, size, ranges.bytes.back().second) : size;
    std::string out = at == 0 ? std::string() : ellipsis;
    for (const auto& [start, stop] : highlights(hits, ranges)) {
        out.append(text + at, size_t(start - at));
        out += open;
        out.append(text + start, size_t(stop - start));
        out += close;
        at = stop;
    }
    out.append(text + at, size_t(std::max(0, end - at)));
    if (ranges.more)
        out += ellipsis;
    sqlite3_result_text(result, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerSnippetFunction(sqlite3* handle, QString* error)
{
    fts5_api* api = fts5ApiOf(handle);
    if (api &&
        api->xCreateFunction(api, snippetFunctionName, nullptr, snippet, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = setupFailure(handle);
    return false;
}

} // namespace paperboy::store::fts
