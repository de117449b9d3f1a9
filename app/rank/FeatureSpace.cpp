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
                                 int minDocuments)
{
    struct Seen
    {
        int documents = 0;
        int lastDocument = -1;
        QString text;
    };
    TermIndex seenIndex; // term hash -> position in `seen`
    std::vector<Seen> seen;
    std::vector<quint64> hashes;
    for (int d = 0; d < int(documents.size()); ++d) {
        forEachFieldTerm(documents.at(d), [&](Field, quint64 hash, QStringView term) {
            const int at = seenIndex.findOrInsert(hash, int(seen.size()));
            if (at == int(seen.size())) {
                seen.emplace_back();
                hashes.push_back(hash);
            }
            Seen& entry = seen[size_t(at)];
            if (entry.lastDocument == d)
                return;
            entry.lastDocument = d;
            if (entry.documents++ == 0)
                entry.text = term.toString();
        });
    }
    FeatureSpace space;
    space.m_weights = weights;
    const double n = double(documents.size());
    for (size_t i = 0; i < seen.size(); ++i) {
        const Seen& entry = seen[i];
        if (entry.documents < minDocuments)
            continue;
        space.m_index.findOrInsert(hashes[i], int(space.m_terms.size()));
        space.m_terms.append(entry.text);
        space.m_idf.append(float(std::log((1.0 + n) / (1.0 + entry.documents)) + 1.0));
    }
    return space;
}

SparseVector FeatureSpace::vectorOf(const PaperText& paper) const
{
    // The known terms of each field, as feature indices.
    std::array<std::vector<int>, fieldCount> fields;
    forEachFieldTerm(paper, [&](Field field, quint64 hash, QStringView) {
        const int found = m_index.find(hash);
        if (found != TermIndex::missing)
            fields[size_t(field)].push_back(found);
    });
    SparseVector parts;
    for (int f = 0; f < fieldCount; ++f) {
        std::vector<int>& terms = fields[size_t(f)];
        const float weight = m_weights[size_t(f)];
        if (terms.empty() || weight <= 0)
            continue;
        std::sort(terms.begin(), terms.end());
        const size_t first = parts.size();
        double norm = 0;
        for (size_t i = 0; i < terms.size();) {
            size_t j = i;
            while (j < terms.size() && terms[j] == terms[i])
                ++j;
            const float value = sublinear(j - i) * m_idf.at(terms[i]);
            parts.emplace_back(terms[i], value);
            norm += double(value) * value;
            i = j;
        }
        const float scale = weight / float(std::sqrt(norm));
        for (size_t i = first; i < parts.size(); ++i)
            parts[i].second *= scale;
    }
    // A term in two fields (a title word also in the abstract) is one feature: add them up.
    std::sort(parts.begin(), parts.end());
    SparseVector merged;
    merged.reserve(parts.size());
    for (const auto& part : parts) {
        if (!merged.empty() && merged.back().first == part.first)
            merged.back().second += part.second;
        else
            merged.push_back(part);
    }
    double norm = 0;
    for (const auto& [term, value] : merged)
        norm += double(value) * value;
    if (norm > 0) {
        const float scale = float(1.0 / std::sqrt(norm));
        for (auto& [term, value] : merged)
            value *= scale;
    }
    return merged;
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
