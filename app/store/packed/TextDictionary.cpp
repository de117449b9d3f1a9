#include "store/packed/TextDictionary.h"

#include "store/packed/PackedText.h"

#include <QCryptographicHash>
#include <QtEndian>

// SQLite's own API: the dictionary is trained inside an SQL function (migration 010 calls it),
// where only the sqlite3 handle exists, and CacheWriter calls the same code with that handle.
#include <sqlite3.h>
#include <zdict.h>

#include <algorithm>
#include <vector>

namespace paperboy::store::packed {
namespace {

// The long texts a dictionary is for, with the rows they live in. Korean titles (sections at
// ord -1) are short and read by the day list as they are; they are never packed.
const char* const unpackedBytesSql =
    "SELECT (SELECT total(length(CAST(abstract AS BLOB)) + length(CAST(ai_summary AS BLOB))) "
    "FROM paper_sources) + (SELECT total(length(CAST(markdown AS BLOB))) FROM sections "
    "WHERE ord >= 0)";
const char* const samplesSql =
    "SELECT abstract FROM paper_sources WHERE rowid % ?1 = 0 AND typeof(abstract) = 'text' "
    "UNION ALL SELECT ai_summary FROM paper_sources WHERE rowid % ?1 = 0 "
    "AND typeof(ai_summary) = 'text' "
    "UNION ALL SELECT markdown FROM sections WHERE rowid % ?1 = 0 AND ord >= 0 "
    "AND typeof(markdown) = 'text'";
const char* const packSql[] = {
    "UPDATE paper_sources SET abstract = paperboy_pack(abstract), "
    "ai_summary = paperboy_pack(ai_summary) "
    "WHERE typeof(abstract) = 'text' OR typeof(ai_summary) = 'text'",
    "UPDATE sections SET markdown = paperboy_pack(markdown) "
    "WHERE ord >= 0 AND typeof(markdown) = 'text'",
};

class Statement final
{
public:
    Statement(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* get() const { return m_statement; }
    // SQLITE_ROW, SQLITE_DONE or an error; the message of the last failure in `error`.
    int step(QString* error)
    {
        const int rc = m_statement ? sqlite3_step(m_statement) : SQLITE_ERROR;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return rc;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

struct Samples
{
    std::vector<char> bytes;
    std::vector<size_t> sizes;
};

bool readSamples(sqlite3* db, long long every, Samples* samples, QString* error)
{
    Statement select(db, samplesSql);
    if (!select.get()) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_int64(select.get(), 1, every);
    int rc = SQLITE_ROW;
    while ((rc = select.step(error)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0));
        const int size = sqlite3_column_bytes(select.get(), 0);
        if (!text || size < smallestPackedBytes)
            continue;
        samples->bytes.insert(samples->bytes.end(), text, text + size);
        samples->sizes.push_back(size_t(size));
    }
    return rc == SQLITE_DONE;
}

// zstd's trainer picks the substrings that recur across samples. When it cannot (too few or
// too alike samples), the newest text itself serves: zstd takes any bytes as a dictionary.
std::vector<char> train(const Samples& samples)
{
    const size_t capacity = std::min<size_t>(largestDictionaryBytes, samples.bytes.size() / 4);
    std::vector<char> dictionary(capacity);
    const size_t size = ZDICT_trainFromBuffer(dictionary.data(), capacity, samples.bytes.data(),
                                              samples.sizes.data(), unsigned(samples.sizes.size()));
    if (!ZDICT_isError(size) && size > 0) {
        dictionary.resize(size);
        return dictionary;
    }
    return {samples.bytes.end() - qsizetype(capacity), samples.bytes.end()};
}

bool store(sqlite3* db, const std::vector<char>& dictionary, QString* error)
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArrayView(dictionary.data(), qsizetype(dictionary.size())),
                                 QCryptographicHash::Sha256);
    Statement insert(db, "INSERT INTO text_dictionaries (key, dictionary, trained_at) "
                         "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    if (!insert.get()) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_int64(insert.get(), 1, qFromLittleEndian<qint64>(hash.constData()));
    sqlite3_bind_blob64(insert.get(), 2, dictionary.data(), dictionary.size(), SQLITE_STATIC);
    return insert.step(error) == SQLITE_DONE;
}

void packStoredFunction(sqlite3_context* context, int, sqlite3_value**)
{
    QString error;
    if (const auto packed = packStoredText(sqlite3_context_db_handle(context), &error))
        sqlite3_result_int64(context, *packed);
    else
        sqlite3_result_error(context, error.toUtf8().constData(), -1);
}

} // namespace

std::optional<long long> packStoredText(sqlite3* handle, QString* error)
{
    QString message;
    {
        Statement exists(handle, "SELECT 1 FROM text_dictionaries LIMIT 1");
        const int rc = exists.step(&message);
        if (rc == SQLITE_ROW)
            return 0; // texts are packed as they are written
        if (rc != SQLITE_DONE) {
            *error = message;
            return std::nullopt;
        }
    }
    long long unpacked = 0;
    {
        Statement total(handle, unpackedBytesSql);
        if (total.step(&message) != SQLITE_ROW) {
            *error = message;
            return std::nullopt;
        }
        unpacked = sqlite3_column_int64(total.get(), 0);
    }
    if (unpacked < trainingBytes)
        return 0;
    Samples samples;
    const long long every = std::max(1LL, (unpacked + largestSampleBytes - 1) / largestSampleBytes);
    if (!readSamples(handle, every, &samples, &message)) {
        *error = message;
        return std::nullopt;
    }
    // Mostly short texts (which stay as they are): nothing to train on, nothing to gain.
    if (samples.bytes.size() < size_t(largestSampleBytes / 64))
        return 0;
    if (!store(handle, train(samples), &message)) {
        *error = message;
        return std::nullopt;
    }
    long long packed = 0;
    for (const char* sql : packSql) {
        Statement update(handle, sql);
        if (update.step(&message) != SQLITE_DONE) {
            *error = message;
            return std::nullopt;
        }
        packed += sqlite3_changes64(handle);
    }
    return packed;
}

bool registerPackStoredFunction(sqlite3* handle, QString* error)
{
    const int rc = sqlite3_create_function_v2(handle, packStoredFunctionName, 0,
                                              SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                                              packStoredFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && error)
        *error = QStringLiteral("Cannot register %1: %2")
                     .arg(QLatin1String(packStoredFunctionName),
                          QString::fromUtf8(sqlite3_errmsg(handle)));
    return rc == SQLITE_OK;
}

} // namespace paperboy::store::packed
