#include "store/packed/PackedText.h"

#include <QByteArray>
#include <QtEndian>

// SQLite's own API: the zstd SQL functions are C callbacks; Qt's driver has no way to add one.
#include <sqlite3.h>
#include <zstd.h>

#include <cstring>
#include <unordered_map>
#include <vector>

namespace paperboy::store::packed {
namespace {

constexpr int keyBytes = 8;
constexpr int headerBytes = 1 + keyBytes;

// One statement run once, through SQLite's own API: these run inside SQL functions, on the
// connection that called them.
class Lookup final
{
public:
    Lookup(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Lookup() { sqlite3_finalize(m_statement); }
    Lookup(const Lookup&) = delete;
    Lookup& operator=(const Lookup&) = delete;

    bool row(sqlite3_int64 key = 0, bool bindKey = false)
    {
        if (!m_statement)
            return false;
        if (bindKey)
            sqlite3_bind_int64(m_statement, 1, key);
        return sqlite3_step(m_statement) == SQLITE_ROW;
    }
    sqlite3_stmt* statement() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

// What one connection keeps between calls: the dictionaries it has met, digested once (a
// dictionary is immutable and named by its content's hash, so nothing here goes stale), and
// one compression and one decompression context.
class Codec final
{
public:
    Codec() = default;
    ~Codec()
    {
        for (const auto& entry : m_decoders)
            ZSTD_freeDDict(entry.second);
        ZSTD_freeCDict(m_encoder);
        ZSTD_freeCCtx(m_compression);
        ZSTD_freeDCtx(m_decompression);
    }
    Codec(const Codec&) = delete;
    Codec& operator=(const Codec&) = delete;

    // Null on success (the text is in buffer()), else what is wrong.
    const char* unpack(sqlite3* db, const unsigned char* data, size_t size)
    {
        if (!data || size <= size_t(headerBytes) || data[0] != packedFormat)
            return "paperboy_text: a stored value is neither text nor packed text";
        const auto key = qFromLittleEndian<qint64>(data + 1);
        const ZSTD_DDict* dictionary = decoder(db, key);
        if (!dictionary)
            return "paperboy_text: packed text names a dictionary this cache does not hold";
        const unsigned long long length =
            ZSTD_getFrameContentSize(data + headerBytes, size - headerBytes);
        if (length == ZSTD_CONTENTSIZE_ERROR || length == ZSTD_CONTENTSIZE_UNKNOWN ||
            length > static_cast<unsigned long long>(largestUnpackedBytes))
            return "paperboy_text: damaged packed text";
        if (!m_decompression)
            m_decompression = ZSTD_createDCtx();
        m_buffer.resize(size_t(length));
        const size_t written =
            ZSTD_decompress_usingDDict(m_decompression, m_buffer.data(), m_buffer.size(),
                                       data + headerBytes, size - headerBytes, dictionary);
        if (ZSTD_isError(written) || written != length)
            return "paperboy_text: damaged packed text";
        return nullptr;
    }

    // True when the text was packed into buffer(); false when it stays as it is (no
    // dictionary yet, or it would not get smaller).
    bool pack(sqlite3* db, const char* text, size_t size)
    {
        Lookup newest(db, "SELECT key FROM text_dictionaries ORDER BY seq DESC LIMIT 1");
        if (!newest.row())
            return false;
        const qint64 key = sqlite3_column_int64(newest.statement(), 0);
        if (!encoder(db, key))
            return false;
        m_buffer.resize(headerBytes + ZSTD_compressBound(size));
        m_buffer[0] = char(packedFormat);
        qToLittleEndian<qint64>(key, m_buffer.data() + 1);
        const size_t written = ZSTD_compress2(m_compression, m_buffer.data() + headerBytes,
                                              m_buffer.size() - headerBytes, text, size);
        if (ZSTD_isError(written) || headerBytes + written >= size)
            return false;
        m_buffer.resize(headerBytes + written);
        return true;
    }

    const std::vector<char>& buffer() const { return m_buffer; }

private:
    static QByteArray dictionary(sqlite3* db, qint64 key)
    {
        Lookup lookup(db, "SELECT dictionary FROM text_dictionaries WHERE key = ?1");
        if (!lookup.row(key, true))
            return {};
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(lookup.statement(), 0));
        return QByteArray(bytes, sqlite3_column_bytes(lookup.statement(), 0));
    }

    const ZSTD_DDict* decoder(sqlite3* db, qint64 key)
    {
        if (const auto found = m_decoders.find(key); found != m_decoders.end())
            return found->second;
        const QByteArray bytes = dictionary(db, key);
        if (bytes.isEmpty())
            return nullptr;
        ZSTD_DDict* made = ZSTD_createDDict(bytes.constData(), size_t(bytes.size()));
        if (made)
            m_decoders.emplace(key, made);
        return made;
    }

    bool encoder(sqlite3* db, qint64 key)
    {
        if (m_encoder && m_encoderKey == key)
            return true;
        const QByteArray bytes = dictionary(db, key);
        if (bytes.isEmpty())
            return false;
        ZSTD_freeCDict(m_encoder);
        m_encoder = ZSTD_createCDict(bytes.constData(), size_t(bytes.size()), compressionLevel);
        m_encoderKey = key;
        if (!m_compression)
            m_compression = ZSTD_createCCtx();
        if (!m_encoder || !m_compression)
            return false;
        // The key in the header names the dictionary; the frame need not repeat its id.
        ZSTD_CCtx_reset(m_compression, ZSTD_reset_session_and_parameters);
        ZSTD_CCtx_setParameter(m_compression, ZSTD_c_dictIDFlag, 0);
        ZSTD_CCtx_setParameter(m_compression, ZSTD_c_contentSizeFlag, 1);
        return !ZSTD_isError(ZSTD_CCtx_refCDict(m_compression, m_encoder));
    }

    std::unordered_map<qint64, ZSTD_DDict*> m_decoders;
    ZSTD_CDict* m_encoder = nullptr;
    qint64 m_encoderKey = 0;
    ZSTD_CCtx* m_compression = nullptr;
    ZSTD_DCtx* m_decompression = nullptr;
    std::vector<char> m_buffer;
};

void unpackFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    sqlite3_value* value = arguments[0];
    if (sqlite3_value_type(value) != SQLITE_BLOB) {
        sqlite3_result_value(context, value);
        return;
    }
    auto* codec = static_cast<Codec*>(sqlite3_user_data(context));
    const auto* data = static_cast<const unsigned char*>(sqlite3_value_blob(value));
    const auto size = size_t(sqlite3_value_bytes(value));
    if (const char* failure = codec->unpack(sqlite3_context_db_handle(context), data, size)) {
        sqlite3_result_error(context, failure, -1);
        return;
    }
    const std::vector<char>& text = codec->buffer();
    sqlite3_result_text64(context, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void packFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    sqlite3_value* value = arguments[0];
    const int size = sqlite3_value_type(value) == SQLITE_TEXT ? sqlite3_value_bytes(value) : 0;
    auto* codec = static_cast<Codec*>(sqlite3_user_data(context));
    if (size < smallestPackedBytes ||
        !codec->pack(sqlite3_context_db_handle(context),
                     reinterpret_cast<const char*>(sqlite3_value_text(value)), size_t(size))) {
        sqlite3_result_value(context, value);
        return;
    }
    const std::vector<char>& packed = codec->buffer();
    sqlite3_result_blob64(context, packed.data(), packed.size(), SQLITE_TRANSIENT);
}

void deleteCodec(void* codec)
{
    delete static_cast<Codec*>(codec);
}

} // namespace

bool registerFunctions(sqlite3* handle, QString* error)
{
    // One codec for both functions; the first registration owns it and frees it when the
    // connection closes.
    auto* codec = new Codec;
    // Innocuous: paperboy_text is read through the paper_fts_text view.
    const int unpackFlags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(handle, unpackFunctionName, 1, unpackFlags, codec,
                                        unpackFunction, nullptr, nullptr, deleteCodec);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(handle, packFunctionName, 1, SQLITE_UTF8, codec,
                                        packFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && error)
        *error =
            QStringLiteral("Cannot register %1: %2")
                .arg(QLatin1String(unpackFunctionName), QString::fromUtf8(sqlite3_errmsg(handle)));
    return rc == SQLITE_OK;
}

} // namespace paperboy::store::packed
