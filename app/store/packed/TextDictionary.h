#pragma once

#include <QString>

#include <optional>

struct sqlite3;

// The dictionary of the cache's packed texts (PackedText.h), trained on the cache's own text.
//
// A cache starts without one and stores its texts as they are. Once it holds trainingBytes of
// long text (about 130 days of the real digests, 13 of the synthetic archive), the writer's
// next idle step (CacheWriter::packTextsIfDue, after the writes' commits) trains a dictionary
// from them (zstd's trainer, at most a second), stores it in text_dictionaries and packs every
// stored text with it; from then on each text is packed as it is written. A dictionary is never
// removed while a text may name it: only Clear Cache deletes them, after every text.
//
// "paperboy_pack_stored_text()" runs packStoredText as SQL (the migration to schema 10 packs an
// existing cache this way); it is direct-only, so no view or trigger can call it.
namespace paperboy::store::packed {

inline constexpr const char* packStoredFunctionName = "paperboy_pack_stored_text";
inline constexpr long long trainingBytes = 4'000'000;
// zstd's trainer wants about a hundred times its dictionary's size in samples; beyond this the
// training only gets slower.
inline constexpr long long largestSampleBytes = 16'000'000;
inline constexpr int largestDictionaryBytes = 1024 * 1024;

// Trains the dictionary when the cache has none and holds trainingBytes of text, and packs the
// stored texts with it. The number of values packed (0 when nothing was due), or nothing with
// `error` set. Call it inside a transaction: the dictionary and the packed rows go together.
std::optional<long long> packStoredText(sqlite3* handle, QString* error);

bool registerPackStoredFunction(sqlite3* handle, QString* error);

} // namespace paperboy::store::packed
