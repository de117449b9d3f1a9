#include "rank/FeatureSpace.h"

#include "rank/Terms.h"

#include <algorithm>
#include <cmath>

namespace paperboy::rank {
namespace {

// 1 + ln(tf), from a table for the counts most terms have.
float sublinear(size_t count)
{
    static const std::array<float, 64> table = [] {
        std::array<float, 64> values{};
        for (size_t i = 1; i < values.size(); ++i)
            values[i] = float(1.0 + std::log(double(i)));
        return values;
    }();
    return count < table.size() ? table[count] : float(1.0 + std::log(double(count)));
}

// A term of a field in 4 bytes: the field in the top 3 bits, the index below.
quint32 packedTerm(Field field, int index)
{
    return (quint32(field) << 29) | quint32(index);
}

Field packedField(quint32 term)
{
    return Field(term >> 29);
}

size_t packedIndex(quint32 term)
{
    return size_t(term & ((1U << 29) - 1));
}

} // namespace
void forEachFieldTerm(const PaperText& paper,
                      const std::function<void(Field, quint64, QStringView)>& onTerm)
{
    const auto field = [&](Field which, const QString& text) {
        forEachTerm(text, [&](quint64 hash, QStringView term) { onTerm(which, hash, term); });
    };
    field(Field::Title, paper.title);
    field(Field::Body, paper.body);
    field(Field::Keywords, paper.keywords);
    field(Field::Korean, paper.korean);
    for (const QString& author : paper.authors) {
        if (author.trimmed().isEmpty())
            continue;
        const QString term = authorTerm(author);
        onTerm(Field::Authors, termHash(term), term);
    }
}

FeatureSpace FeatureSpace::build(const PaperTexts& documents, const FieldWeights& weights,
                                 int minDocuments, std::vector<SparseVector>* vectors,
                                 const std::atomic_bool* cancel)
{
    VocabularyOptions options;
    options.weights = weights;
    options.minDocuments = minDocuments;
    return build(documents, options, vectors, cancel);
}

FeatureSpace FeatureSpace::build(const PaperTexts& documents, const VocabularyOptions& options,
                                 std::vector<SparseVector>* vectors, const std::atomic_bool* cancel)
{
    struct Seen
    {
        int documents = 0;
        int lastDocument = -1;
        bool kept = false; // in one of the first keepTermsOfFirst documents
    };
    TermIndex seenIndex; // term hash -> position in `seen`
    // The counts apart from the texts: 12 bytes a term instead of 40, since looking a term's
    // counts up at random was, with the hash table's probe, most of the vocabulary pass.
    std::vector<Seen> seen;
    std::vector<QString> texts;
    std::vector<quint64> hashes;
    // Each document's terms as (field, position in `seen`), so that its vector is made without
    // reading its text a second time: 4 bytes a term.
    std::vector<std::vector<quint32>> documentTerms(vectors ? size_t(documents.size()) : 0);
    for (int d = 0; d < int(documents.size()); ++d) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return FeatureSpace();
        forEachFieldTerm(documents.at(d), [&](Field field, quint64 hash, QStringView term) {
            if (!options.phrases && field != Field::Authors && term.contains(QLatin1Char(' ')))
                return;
            const int at = seenIndex.findOrInsert(hash, int(seen.size()));
            if (at == int(seen.size())) {
                seen.emplace_back();
                texts.emplace_back();
                hashes.push_back(hash);
            }
            if (vectors)
                documentTerms[size_t(d)].push_back(packedTerm(field, at));
            Seen& entry = seen[size_t(at)];
            entry.kept = entry.kept || d < options.keepTermsOfFirst;
            if (entry.lastDocument == d)
                return;
            entry.lastDocument = d;
            // The text only once the term will be kept: most distinct terms are in one paper
            // only, and a string each was a tenth of retraining's time.
            if (++entry.documents >= options.minDocuments || entry.kept) {
                if (texts[size_t(at)].isEmpty())
                    texts[size_t(at)] = term.toString();
            }
        });
    }
    FeatureSpace space;
    space.m_weights = options.weights;
    const double n = double(documents.size());
    const double maxDocuments = options.maxDocumentShare * n;
    std::vector<int> featureOf(seen.size(), TermIndex::missing);
    for (size_t i = 0; i < seen.size(); ++i) {
        const Seen& entry = seen[i];
        if ((entry.documents < options.minDocuments && !entry.kept) ||
            (options.maxDocumentShare < 1.0 && double(entry.documents) > maxDocuments))
            continue;
        featureOf[i] = int(space.m_terms.size());
        space.m_index.findOrInsert(hashes[i], int(space.m_terms.size()));
        space.m_terms.append(texts[i]);
        space.m_idf.append(float(std::log((1.0 + n) / (1.0 + entry.documents)) + 1.0));
    }
    if (vectors) {
        vectors->clear();
        for (std::vector<quint32>& terms : documentTerms) {
            size_t kept = 0;
            for (const quint32 term : terms) {
                const int feature = featureOf[packedIndex(term)];
                if (feature != TermIndex::missing)
                    terms[kept++] = packedTerm(packedField(term), feature);
            }
            terms.resize(kept);
            vectors->push_back(space.vectorOfTerms(terms));
            std::vector<quint32>().swap(terms);
        }
    }
    return space;
}

SparseVector FeatureSpace::vectorOf(const PaperText& paper) const
{
    thread_local std::vector<quint32> terms;
    terms.clear();
    forEachFieldTerm(paper, [&](Field field, quint64 hash, QStringView) {
        const int feature = m_index.find(hash);
        if (feature != TermIndex::missing)
            terms.push_back(packedTerm(field, feature));
    });
    return vectorOfTerms(terms);
}

SparseVector FeatureSpace::vectorOfTerms(const std::vector<quint32>& packed) const
{
    // Counts and sums in arrays as long as the vocabulary, reused by every call on this thread
    // and left zero after each: no sort and no map per paper, only the terms it has touched.
    struct Scratch
    {
        std::vector<int> counts;
        std::vector<float> sums;
        std::vector<int> fieldTerms; // distinct terms of the field being read
        std::vector<int> terms;      // distinct terms of the paper
    };
    thread_local Scratch scratch;
    if (scratch.counts.size() < size_t(size())) {
        scratch.counts.assign(size_t(size()), 0);
        scratch.sums.assign(size_t(size()), 0.0F);
    }
    scratch.terms.clear();
    const auto endField = [&](Field field) {
        const float weight = m_weights[size_t(field)];
        double norm = 0;
        for (const int term : scratch.fieldTerms) {
            const float value = sublinear(size_t(scratch.counts[size_t(term)])) * m_idf.at(term);
            norm += double(value) * value;
        }
        const float scale = norm > 0 ? weight / float(std::sqrt(norm)) : 0.0F;
        for (const int term : scratch.fieldTerms) {
            const float value = sublinear(size_t(scratch.counts[size_t(term)])) * m_idf.at(term);
            scratch.counts[size_t(term)] = 0;
            if (scale <= 0)
                continue;
            // A term in two fields (a title word also in the abstract) is one feature.
            if (scratch.sums[size_t(term)] == 0)
                scratch.terms.push_back(term);
            scratch.sums[size_t(term)] += value * scale;
        }
        scratch.fieldTerms.clear();
    };
    Field current = Field::Title;
    for (const quint32 packedOne : packed) {
        const Field field = packedField(packedOne);
        if (field != current) {
            endField(current);
            current = field;
        }
        const int term = int(packedIndex(packedOne));
        if (scratch.counts[size_t(term)]++ == 0)
            scratch.fieldTerms.push_back(term);
    }
    endField(current);

    SparseVector vector;
    vector.reserve(scratch.terms.size());
    double norm = 0;
    for (const int term : scratch.terms) {
        const float value = scratch.sums[size_t(term)];
        scratch.sums[size_t(term)] = 0;
        vector.emplace_back(term, value);
        norm += double(value) * value;
    }
    if (norm > 0) {
        const float scale = float(1.0 / std::sqrt(norm));
        for (auto& [term, value] : vector)
            value *= scale;
    }
    return vector;
}

void FeatureSpace::write(QDataStream& out) const
{
    out << m_terms << m_idf;
    for (const float weight : m_weights)
        out << weight;
}

std::optional<FeatureSpace> FeatureSpace::read(QDataStream& in)
{
    FeatureSpace space;
    in >> space.m_terms >> space.m_idf;
    for (float& weight : space.m_weights)
        in >> weight;
    if (in.status() != QDataStream::Ok || space.m_terms.size() != space.m_idf.size())
        return std::nullopt;
    space.m_index.reserve(size_t(space.m_terms.size()));
    for (int i = 0; i < int(space.m_terms.size()); ++i)
        space.m_index.findOrInsert(termHash(space.m_terms.at(i)), i);
    return space;
}

} // namespace paperboy::rank
