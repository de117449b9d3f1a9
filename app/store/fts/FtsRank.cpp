#include "store/fts/FtsRank.h"

#include "store/fts/Fts5Api.h"

// SQLite's own API: an FTS5 auxiliary function is a C callback; Qt's driver has no way to add one.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace paperboy::store::fts {
namespace {

// What one query's rows share: computed at its first row, kept as FTS5 auxiliary data.
struct QueryData
{
    double averageLength = 0;
    std::vector<double> idf;
    std::vector<double> frequency; // per phrase, refilled for each row
};

// Rows holding a phrase, counted in rowid order up to idfCountLimit.
struct PhraseCount
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 lastRowid = 0;
};

int countRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* context)
{
    auto* count = static_cast<PhraseCount*>(context);
    count->lastRowid = api->xRowid(fts);
    // SQLITE_DONE ends xQueryPhrase early without an error.
    return ++count->rows >= idfCountLimit ? SQLITE_DONE : SQLITE_OK;
}

// The largest rowid of the index (papers.pk grows as papers are cached), 0 if unknown.
sqlite3_int64 largestRowid(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    sqlite3_int64 largest = 0;
    if (sqlite3_prepare_v2(db, "SELECT max(id) FROM paper_fts_docsize", -1, &statement, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        largest = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return largest;
}

// Rows holding the phrase: exact below the limit, else extrapolated from the part of the rowid
// range counted so far (the counted rows were found among rowids 1..lastRowid).
double estimatedRows(const PhraseCount& count, sqlite3_int64 rows, sqlite3_int64 largest)
{
    if (count.rows < idfCountLimit || count.lastRowid <= 0 || largest <= count.lastRowid)
        return double(count.rows);
    return std::min(double(rows), double(count.rows) * double(largest) / double(count.lastRowid));
}

void deleteQueryData(void* data)
{
    delete static_cast<QueryData*>(data);
}

int queryData(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3* db, QueryData** out)
{
    *out = static_cast<QueryData*>(api->xGetAuxdata(fts, 0));
    if (*out)
        return SQLITE_OK;
    auto* data = new QueryData;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    data->averageLength = rows > 0 ? double(tokens) / double(rows) : 0;
    const int phrases = api->xPhraseCount(fts);
    const sqlite3_int64 largest = phrases > 0 ? largestRowid(db) : 0;
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        PhraseCount count;
        rc = api->xQueryPhrase(fts, i, &count, countRow);
        const double hits = estimatedRows(count, rows, largest);
        // As bm25(): a phrase in more than half the rows still counts a little.
        const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
        data->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    data->frequency.assign(size_t(phrases), 0.0);
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, data, deleteQueryData); // frees it on failure too
    else
        delete data;
    *out = rc == SQLITE_OK ? data : nullptr;
    return rc;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int count,
          sqlite3_value** weights)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QueryData* data = nullptr;
    int rc = queryData(api, fts, sqlite3_context_db_handle(result), &data);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[size_t(phrase)] +=
                column < count ? sqlite3_value_double(weights[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    double score = 0;
    for (size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        score += data->idf[i] * (f * (k1 + 1.0)) /
                 (f + k1 * (1 - b + b * double(length) / data->averageLength));
    }
    sqlite3_result_double(result, -1.0 * score);
}

} // namespace

bool registerRankFunction(sqlite3* handle, QString* error)
{
    fts5_api* api = fts5ApiOf(handle);
    if (api && api->xCreateFunction(api, rankFunctionName, nullptr, rank, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = setupFailure(handle);
    return false;
}

} // namespace paperboy::store::fts
