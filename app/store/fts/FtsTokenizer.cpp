#include "store/fts/FtsTokenizer.h"

#include "store/fts/Fts5Api.h"
#include "store/fts/FtsText.h"

#include <QCoreApplication>
#include <QVarLengthArray>

// SQLite's own API: an FTS5 tokenizer is a set of C callbacks; Qt's driver has no way to add one.
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

// What our tokenize call hands to unicode61's, to be passed on token by token; and the last
// Hangul syllable of the token before, for the piece across a space.
struct Relay
{
    void* context;
    TokenCallback onToken;
    const char* text;
    int textSize;
    bool query; // tokenizing a MATCH expression, not a document
    char lastHangul[4] = {};
    int lastHangulSize = 0; // 0 when the token before did not end in Hangul
    int lastEnd = -1;       // where the token before ended in the text
};

bool isHangulSyllable(char32_t codePoint)
{
    return codePoint >= 0xAC00 && codePoint <= 0xD7A3;
}

// The piece for a single space between two Hangul syllables as the index holds it: the marker
// and one of 16 letters, a hash of the two syllables (확산 모델 -> 확산 _k 모델), in the
// position that the piece across the space (산모) has in the joined spelling. It need not name
// the syllables: in a phrase its neighbours do (확산 ends a run with 산 right before it, 모델
// starts the next one). A term per pair of syllables, millions of them, made the index 70 %
// bigger; one term for every space made a query with it read that term's positions of every
// space in every paper (120 ms for 멀티모달 on the 50 000-paper cache). unicode61 never makes
// a token of the marker.
int emitMarker(const Relay& relay, int flags, char32_t before, char32_t after, int start, int end)
{
    const char piece[2] = {acrossSpaceMarker, char('a' + (before * 31 + after) % 16)};
    return relay.onToken(relay.context, flags, piece, 2, start, end);
}

// The piece for exactly one space between two Hangul syllables (확산 모델 -> _); in a query
// also the piece inside a word as an alternative at the same position (FTS5's colocated
// synonyms), so that 확산 모델 written in a query finds 확산모델 too.
int emitAcrossSpace(Relay& relay, const unsigned char* token, int size, int start)
{
    const int previousSize = relay.lastHangulSize;
    const int previousEnd = relay.lastEnd;
    relay.lastHangulSize = 0;
    int at = 0;
    if (previousSize == 0 || size == 0 || start != previousEnd + 1 || previousEnd < 0 ||
        previousEnd >= relay.textSize || relay.text[previousEnd] != ' ' ||
        !isHangulSyllable(decodeUtf8(token, size, &at)))
        return SQLITE_OK;
    int before = 0;
    const char32_t beforeSyllable =
        decodeUtf8(reinterpret_cast<const unsigned char*>(relay.lastHangul), previousSize, &before);
    at = 0;
    const char32_t afterSyllable = decodeUtf8(token, size, &at);
    int rc = emitMarker(relay, 0, beforeSyllable, afterSyllable, previousEnd, start);
    if (rc == SQLITE_OK && relay.query) {
        char piece[8];
        std::memcpy(piece, relay.lastHangul, size_t(previousSize));
        std::memcpy(piece + previousSize, token, size_t(at));
        rc = relay.onToken(relay.context, FTS5_TOKEN_COLOCATED, piece, previousSize + at,
                           previousEnd - previousSize, start + at);
    }
    return rc;
}

// Remembers whether the token ends in a Hangul syllable, for the next one.
void rememberEnd(Relay& relay, const unsigned char* token, int size, int end)
{
    relay.lastEnd = end;
    int length = 1;
    while (length < size && length < 4 && (token[size - length] & 0xC0) == 0x80)
        ++length;
    int at = size - length;
    relay.lastHangulSize =
        size > 0 && length >= 2 && isHangulSyllable(decodeUtf8(token, size, &at)) ? length : 0;
    if (relay.lastHangulSize > 0)
        std::memcpy(relay.lastHangul, token + size - length, size_t(length));
}

// Splits one unicode61 token (already case-folded) as the header describes.
int relayPieces(Relay& relay, int flags, const char* token, int size, int start, int end);

int relayToken(void* relayContext, int flags, const char* token, int size, int start, int end)
{
    Relay& relay = *static_cast<Relay*>(relayContext);
    const auto* bytes = reinterpret_cast<const unsigned char*>(token);
    int rc = emitAcrossSpace(relay, bytes, size, start);
    if (rc == SQLITE_OK)
        rc = relayPieces(relay, flags, token, size, start, end);
    rememberEnd(relay, bytes, size, end);
    return rc;
}

int relayPieces(Relay& relay, int flags, const char* token, int size, int start, int end)
{
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

    // Where each character starts, plus the end; whether it belongs to a run to split, and
    // whether it is a Hangul syllable.
    QVarLengthArray<int, 64> starts;
    QVarLengthArray<bool, 64> unsegmented;
    QVarLengthArray<bool, 64> hangul;
    QVarLengthArray<char32_t, 64> codePoints;
    for (int at = 0; at < size;) {
        starts.append(at);
        const char32_t codePoint = decodeUtf8(bytes, size, &at);
        codePoints.append(codePoint);
        unsegmented.append(isUnsegmentedScript(codePoint));
        hangul.append(isHangulSyllable(codePoint));
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
            // A query word of four syllables or more may have been written with spaces between
            // its parts (강화학습 for 강화 학습): each piece but the first and the last also
            // matches the marker, whose neighbours then check the syllables on both sides. Not
            // the first or the last: a side would go unchecked (모델새 would find 모델 and any
            // word), so a part of one syllable at either end (새 모델) is not found that way.
            const bool spacings = relay.query && last - first >= 3;
            for (qsizetype k = first; rc == SQLITE_OK && k < last; ++k) {
                rc = emitPiece(starts[k], starts[k + 2]);
                if (rc == SQLITE_OK && spacings && k > first && k + 1 < last && hangul[k] &&
                    hangul[k + 1])
                    rc = emitMarker(relay, FTS5_TOKEN_COLOCATED, codePoints[k], codePoints[k + 1],
                                    sameBytes ? start + starts[k] : start,
                                    sameBytes ? start + starts[k + 2] : end);
            }
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
    Relay relay{context, onToken, text, size, (flags & FTS5_TOKENIZE_QUERY) != 0};
    return instance->unicode61->api.xTokenize(instance->inner, &relay, flags, text, size,
                                              relayToken);
}

void destroyUnicode61(void* context)
{
    delete static_cast<Unicode61*>(context);
}

} // namespace

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
