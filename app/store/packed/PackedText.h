#pragma once

#include <QString>

struct sqlite3;

// The cache's long texts (abstracts, AI summaries, digest sections) are stored compressed: zstd
// with a dictionary the cache trains on its own text once it holds enough of it
// (TextDictionary.h). A short text compresses badly on its own (0.52 of its size for the
// synthetic archive's sections); with the dictionary it is 0.31 (docs/performance.md, "Size").
//
// A packed value is a BLOB: one format byte (packedFormat), the 8-byte key of its dictionary
// (little-endian; the first 8 bytes of the dictionary's SHA-256, so a key never names two
// dictionaries, even across a cleared cache), then one zstd frame that records its size. Every
// other value is stored as it is: short texts, texts written before the cache had a
// dictionary, and the Korean titles the day list reads.
//
// SQL functions, registered on every cache connection:
// - paperboy_text(X): X's text; a packed BLOB unpacked, anything else passed through. Every
//   read of a packable column goes through it (paper_fts_text, the paper loader, exports).
// - paperboy_pack(X): X packed with the cache's newest dictionary when X is a text worth it;
//   otherwise X itself.
namespace paperboy::store::packed {

inline constexpr const char* unpackFunctionName = "paperboy_text";
inline constexpr const char* packFunctionName = "paperboy_pack";
inline constexpr unsigned char packedFormat = 0x50; // 'P', format 1
// Below this a text stays as it is: the frame and key would eat what compression saves.
inline constexpr int smallestPackedBytes = 96;
// A packed value may not claim more than this: a damaged size field must not allocate wildly.
inline constexpr long long largestUnpackedBytes = 64LL * 1024 * 1024;
// zstd's level 6: its dictionary tables take 4.2 MB of the writer's memory, as level 5's do
// (7: 7.3 MB, 9: 13.6 MB), for texts about 1 % smaller than level 5's on the synthetic archive
// (its sections 84.4 -> 83.4 MB; level 7 81.9), written at ~52 MB/s against 70 (9: 38).
inline constexpr int compressionLevel = 6;

bool registerFunctions(sqlite3* handle, QString* error);

} // namespace paperboy::store::packed
