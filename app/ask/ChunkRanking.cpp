#include "ask/ChunkRanking.h"

#include "store/fts/FtsText.h"
#include "summarize/SummaryPrompt.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace paperboy::ask {
namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
constexpr int pageLabelTokens = 6; // "[page 12]" and the blank lines around it

void appendRun(QStringList& terms, const QList<char32_t>& run, bool unsegmented)
{
    if (run.isEmpty())
        return;
    if (!unsegmented) {
        terms.append(QString::fromUcs4(run.constData(), run.size()));
        return;
    }
    if (run.size() == 1) {
        terms.append(QString::fromUcs4(run.constData(), 1));
        return;
    }
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
        terms.append(QString::fromUcs4(run.constData() + i, 2));
}

} // namespace

QStringList searchTerms(QStringView text)
{
    QStringList terms;
    QList<char32_t> run;
    bool runUnsegmented = false;
    for (const char32_t codePoint : text.toUcs4()) {
        const bool word = QChar::isLetterOrNumber(codePoint);
        const bool unsegmented = word && store::fts::isUnsegmentedScript(codePoint);
        if (!word || (!run.isEmpty() && unsegmented != runUnsegmented)) {
            appendRun(terms, run, runUnsegmented);
            run.clear();
        }
        if (word) {
            runUnsegmented = unsegmented;
            run.append(QChar::toCaseFolded(codePoint));
        }
    }
    appendRun(terms, run, runUnsegmented);
    return terms;
}

int chunkTokens(const PageChunk& chunk)
{
    return summarize::estimateTokens(chunk.text) + pageLabelTokens;
}

PageChunks selectChunks(const PageChunks& chunks, QStringView question, int tokenBudget)
{
    QSet<QString> queryTerms;
    for (const QString& term : searchTerms(question))
        queryTerms.insert(term);

    // Term frequencies of the question's terms only: the rest of a chunk counts in its length.
    QList<QHash<QString, int>> frequencies;
    QList<int> lengths;
    QHash<QString, int> documentFrequency;
    double totalLength = 0;
    for (const PageChunk& chunk : chunks) {
        QHash<QString, int> counts;
        const QStringList terms = searchTerms(chunk.text);
        for (const QString& term : terms) {
            if (queryTerms.contains(term))
                ++counts[term];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ++documentFrequency[it.key()];
        frequencies.append(counts);
        lengths.append(int(terms.size()));
        totalLength += double(terms.size());
    }
    const double count = double(chunks.size());
    const double averageLength = chunks.isEmpty() ? 1.0 : qMax(1.0, totalLength / count);

    QList<std::pair<double, qsizetype>> ranked; // score, index
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        double score = 0;
        for (auto it = frequencies.at(i).cbegin(); it != frequencies.at(i).cend(); ++it) {
            const double n = documentFrequency.value(it.key());
            const double idf = std::log((count - n + 0.5) / (n + 0.5) + 1.0);
            const double tf = it.value();
            score += idf * tf * (k1 + 1) /
                     (tf + k1 * (1 - b + b * double(lengths.at(i)) / averageLength));
        }
        ranked.append({score, i});
    }
    // Best first; equal scores (no match at all, say) in the paper's order.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });

    // Chunks that share no term with the question only when none does: they would spend the
    // budget (and the reader's money) on text that cannot answer it.
    const bool anyMatch = !ranked.isEmpty() && ranked.first().first > 0;
    QList<qsizetype> chosen;
    int used = 0;
    for (const auto& [score, index] : std::as_const(ranked)) {
        if (anyMatch && score <= 0)
            break;
        const int cost = chunkTokens(chunks.at(index));
        if (used + cost > tokenBudget)
            continue; // a smaller one further down may still fit
        used += cost;
        chosen.append(index);
    }
    std::sort(chosen.begin(), chosen.end());
    PageChunks selected;
    for (const qsizetype index : std::as_const(chosen))
        selected.append(chunks.at(index));
    return selected;
}

} // namespace paperboy::ask
