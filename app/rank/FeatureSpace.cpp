#include "rank/FeatureSpace.h"

#include "rank/Terms.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace paperboy::rank {
namespace {

// Adds `field`'s unit-length tf-idf vector times `weight` to `into` (index -> value).
void addField(const QList<QString>& terms, const QHash<QString, int>& index,
              const QList<float>& idf, float weight, SparseVector& into)
{
    if (terms.isEmpty() || weight <= 0)
        return;
    QHash<int, int> counts;
    for (const QString& term : terms) {
        const auto found = index.constFind(term);
        if (found != index.cend())
            ++counts[*found];
    }
    if (counts.isEmpty())
        return;
    SparseVector field;
    field.reserve(size_t(counts.size()));
    double norm = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const float value = float((1.0 + std::log(double(it.value()))) * idf.at(it.key()));
        field.emplace_back(it.key(), value);
        norm += double(value) * value;
    }
    const float scale = weight / float(std::sqrt(norm));
    for (auto& [term, value] : field)
        into.emplace_back(term, value * scale);
}

} // namespace

std::array<QList<QString>, fieldCount> fieldTerms(const PaperText& paper)
{
    std::array<QList<QString>, fieldCount> terms;
    appendTerms(paper.title, terms[size_t(Field::Title)]);
    appendTerms(paper.body, terms[size_t(Field::Body)]);
    appendTerms(paper.keywords, terms[size_t(Field::Keywords)]);
    appendTerms(paper.korean, terms[size_t(Field::Korean)]);
    for (const QString& author : paper.authors) {
        if (!author.trimmed().isEmpty())
            terms[size_t(Field::Authors)].append(authorTerm(author));
    }
    return terms;
}

FeatureSpace FeatureSpace::build(const PaperTexts& documents, const FieldWeights& weights,
                                 int minDocuments)
{
    QHash<QString, int> documentCounts;
    for (const PaperText& paper : documents) {
        QSet<QString> seen;
        for (const QList<QString>& terms : fieldTerms(paper)) {
            for (const QString& term : terms)
                seen.insert(term);
        }
        for (const QString& term : seen)
            ++documentCounts[term];
    }
    FeatureSpace space;
    space.m_weights = weights;
    const double n = double(documents.size());
    for (auto it = documentCounts.cbegin(); it != documentCounts.cend(); ++it) {
        if (it.value() < minDocuments)
            continue;
        space.m_index.insert(it.key(), int(space.m_terms.size()));
        space.m_terms.append(it.key());
        space.m_idf.append(float(std::log((1.0 + n) / (1.0 + it.value())) + 1.0));
    }
    return space;
}

SparseVector FeatureSpace::vectorOf(const PaperText& paper) const
{
    const auto terms = fieldTerms(paper);
    SparseVector parts;
    for (int field = 0; field < fieldCount; ++field)
        addField(terms[size_t(field)], m_index, m_idf, m_weights[size_t(field)], parts);
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
    space.m_index.reserve(space.m_terms.size());
    for (int i = 0; i < int(space.m_terms.size()); ++i)
        space.m_index.insert(space.m_terms.at(i), i);
    return space;
}

} // namespace paperboy::rank
