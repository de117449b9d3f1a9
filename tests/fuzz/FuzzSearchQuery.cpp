// Fuzzes the search language: any text a user types must parse (parseQuery never fails), and
// the FTS5 expressions it becomes must be accepted by SQLite with Paperboy's tokenizer, over an
// index that also holds the text itself (so the tokenizer sees it both ways). An FTS5 syntax
// error here is a search that would fail in the window. Every row found is ranked and quoted
// by Paperboy's own FTS5 functions (paperboy_rank, paperboy_snippet), which walk the hostile
// text by the tokenizer's byte offsets.
#include "fuzz/FuzzChecks.h"
#include "search/MatchExpression.h"
#include "search/QueryParser.h"
#include "store/fts/FtsRank.h"
#include "store/fts/FtsSnippet.h"
#include "store/fts/FtsTokenizer.h"

#include <sqlite3.h>

#include <cstdint>

namespace {

using paperboy::fuzz::check;
using paperboy::fuzz::fail;

// One in-memory index for the whole run: opening a database per input would be most of the time.
sqlite3* searchIndex()
{
    static sqlite3* const db = [] {
        sqlite3* handle = nullptr;
        QString error;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK ||
            !paperboy::store::fts::registerTokenizer(handle, &error) ||
            !paperboy::store::fts::registerRankFunction(handle, &error) ||
            !paperboy::store::fts::registerSnippetFunction(handle, &error))
            fail("cannot set up the index", error);
        const char* schema =
            "CREATE VIRTUAL TABLE paper_fts USING fts5(title, authors, abstract, body,"
            " tokenize = 'porter paperboy_bigram remove_diacritics 2');"
            "INSERT INTO paper_fts VALUES ('Distilling diffusion models', 'Yann LeCun, Kim Ji',"
            " 'We distill large language models.', '지식증류를 통한 확산 모델');";
        if (sqlite3_exec(handle, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail("cannot create the index", QString::fromUtf8(sqlite3_errmsg(handle)));
        return handle;
    }();
    return db;
}

void exec(const char* sql)
{
    if (sqlite3_exec(searchIndex(), sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(sql, QString::fromUtf8(sqlite3_errmsg(searchIndex())));
}

void checkMatches(const QString& expression, const QString& query)
{
    if (expression.isEmpty())
        return;
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT paperboy_snippet(paper_fts, '[', ']', '...', 16), "
                      "paperboy_rank(paper_fts, 10.0, 5.0, 2.0, 1.0) FROM paper_fts "
                      "WHERE paper_fts MATCH ?";
    check(sqlite3_prepare_v2(searchIndex(), sql, -1, &statement, nullptr) == SQLITE_OK,
          "cannot prepare the search");
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        // A row found has a hit, so a snippet, at most 16 tokens long plus its markers.
        const int bytes = sqlite3_column_bytes(statement, 0);
        check(sqlite3_column_type(statement, 0) == SQLITE_TEXT && bytes > 0,
              "a row found has no snippet", query + QStringLiteral(" -> ") + expression);
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(searchIndex()));
    sqlite3_finalize(statement);
    check(status == SQLITE_DONE, "FTS5 refuses the expression of a query",
          query + QStringLiteral(" -> ") + expression + QStringLiteral(": ") + message);
}

void bindText(sqlite3_stmt* statement, int column, const QByteArray& utf8)
{
    sqlite3_bind_text(statement, column, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

// The text goes into the index too, inside a savepoint that is rolled back afterwards.
void indexText(const QString& text)
{
    sqlite3_stmt* statement = nullptr;
    const char* sql = "INSERT INTO paper_fts VALUES (?, ?, ?, ?)";
    check(sqlite3_prepare_v2(searchIndex(), sql, -1, &statement, nullptr) == SQLITE_OK,
          "cannot prepare the insert");
    const QByteArray utf8 = text.toUtf8();
    for (int column = 1; column <= 4; ++column)
        bindText(statement, column, utf8);
    const int status = sqlite3_step(statement);
    const QString message = QString::fromUtf8(sqlite3_errmsg(searchIndex()));
    sqlite3_finalize(statement);
    check(status == SQLITE_DONE, "the tokenizer refuses text", message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace paperboy::search;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    exec("SAVEPOINT fuzz");
    indexText(text);
    const std::optional<Query> strict = parseQueryStrict(text);
    for (const Query& query : {parseQuery(text), plainWordsQuery(text)}) {
        const MatchExpression match = matchExpression(query);
        checkMatches(match.positive, text);
        checkMatches(match.excluded, text);
    }
    if (strict)
        checkMatches(matchExpression(*strict).positive, text);
    exec("ROLLBACK TO fuzz");
    exec("RELEASE fuzz");
    return 0;
}
