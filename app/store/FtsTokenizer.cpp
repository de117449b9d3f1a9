#include "store/FtsTokenizer.h"

#include "store/Fts5Api.h"
#include "store/FtsText.h"
#include "store/NativeStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace paperboy::store::fts {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::store)
};

// Decodes the UTF-8 character at `bytes[*at]` and advances *at past it. Anything malformed
// counts as one character of its own, so that decoding always moves on.
char32_t decodeUtf8(const unsigned char* bytes, int size, int* at)
{
    const unsigned char lead = bytes[*at];
    const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || *at + length > size) {
        ++*at;
        return 0xFFFD;
    }
    char32_t codePoint = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        const unsigned char next = bytes[*at + i];
        if ((next & 0xC0) != 0x80) {
            ++*at;
            return 0xFFFD;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    *at += length;
    return codePoint;
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// What our tokenize call hands to unicode61's, to be passed on token by token.
struct Relay
{
    void* context;
    TokenCallback onToken;
    const char* text;
    int textSize;
};

// Splits one unicode61 token (already case-folded) as the header describes.
int relayToken(void* relayContext, int flags, const char* token, int size, int start, int end)
{
    const Relay& relay = *static_cast<const Relay*>(relayContext);
    const auto* bytes = reinterpret_cast<const unsigned char*>(token);
    int firstHigh = 0;
    while (firstHigh < size && bytes[firstHigh] < 0x80)
        ++firstHigh;
    if (firstHigh == size)
        return relay.onToken(relay.context, flags, token, size, start, end);

    // Piece offsets point into the document when the token is its text unchanged (Hangul is
    // never folded); otherwise every piece gets the whole token's range.
    const bool sameBytes = end - start == size && start >= 0 && end <= relay.textSize &&
                           std::memcmp(relay.text + start, token, size_t(size)) == 0;
    const auto emitPiece = [&](int from, int to) {
        return relay.onToken(relay.context, 0, token + from, to - from,
                             sameBytes ? start + from : start, sameBytes ? start + to : end);
    };

    // Where each character starts, plus the end; and whether it belongs to a run to split.
    QVarLengthArray<int, 64> starts;
    QVarLengthArray<bool, 64> unsegmented;
    for (int at = 0; at < size;) {
        starts.append(at);
        unsegmented.append(isUnsegmentedScript(decodeUtf8(bytes, size, &at)));
    }
    starts.append(size);

    const qsizetype characters = unsegmented.size();
    for (qsizetype first = 0; first < characters;) {
        qsizetype last = first;
        while (last + 1 < characters && unsegmented[last + 1] == unsegmented[first])
            ++last;
        int rc = SQLITE_OK;
        if (!unsegmented[first] || first == last) {
            rc = emitPiece(starts[first], starts[last + 1]);
        } else {
            for (qsizetype k = first; rc == SQLITE_OK && k < last; ++k)
                rc = emitPiece(starts[k], starts[k + 2]);
        }
        if (rc != SQLITE_OK)
            return rc;
        first = last + 1;
    }
    return SQLITE_OK;
}

// Registered once per connection; owns nothing but a copy of unicode61's entry points.
struct Unicode61
{
    void* context = nullptr;
    fts5_tokenizer api{};
};

// One instance per FTS5 table using the tokenizer.
struct Instance
{
    const Unicode61* unicode61;
    Fts5Tokenizer* inner;
};

int createInstance(void* context, const char** arguments, int count, Fts5Tokenizer** out)
{
    const auto* unicode61 = static_cast<const Unicode61*>(context);
    Fts5Tokenizer* inner = nullptr;
    const int rc = unicode61->api.xCreate(unicode61->context, arguments, count, &inner);
    if (rc != SQLITE_OK)
        return rc;
    *out = reinterpret_cast<Fts5Tokenizer*>(new Instance{unicode61, inner});
    return SQLITE_OK;
}

void deleteInstance(Fts5Tokenizer* tokenizer)
{
    const auto* instance = reinterpret_cast<Instance*>(tokenizer);
    instance->unicode61->api.xDelete(instance->inner);
    delete instance;
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             TokenCallback onToken)
{
    const auto* instance = reinterpret_cast<Instance*>(tokenizer);
    Relay relay{context, onToken, text, size};
    return instance->unicode61->api.xTokenize(instance->inner, &relay, flags, text, size,
                                              relayToken);
}

void destroyUnicode61(void* context)
{
    delete static_cast<Unicode61*>(context);
}

} // namespace

bool registerTokenizer(QSqlDatabase& db, QString* error)
{
    QString message;
    if (sqlite3* handle = nativeHandle(db, &message))
        return registerTokenizer(handle, error);
    if (error)
        *error = Text::tr("Cannot set up full-text search: %1").arg(message);
    return false;
}

bool registerTokenizer(sqlite3* handle, QString* error)
{
    QString message;
    fts5_api* api = handle ? fts5ApiOf(handle) : nullptr;
    if (handle && !api)
        message = Text::tr("This SQLite has no FTS5 full-text search");
    auto unicode61 = std::make_unique<Unicode61>();
    if (api &&
        api->xFindTokenizer(api, "unicode61", &unicode61->context, &unicode61->api) != SQLITE_OK) {
        message = Text::tr("FTS5 has no unicode61 tokenizer");
        api = nullptr;
    }
    if (api) {
        fts5_tokenizer bigram{createInstance, deleteInstance, tokenize};
        // SQLite owns the context from here (destroyUnicode61 at close); it fails only when
        // out of memory, and then the few bytes are lost rather than risk a double free.
        if (api->xCreateTokenizer(api, tokenizerName, unicode61.release(), &bigram,
                                  destroyUnicode61) == SQLITE_OK)
            return true;
        message = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    if (error)
        *error = Text::tr("Cannot set up full-text search: %1").arg(message);
    return false;
}

} // namespace paperboy::store::fts
