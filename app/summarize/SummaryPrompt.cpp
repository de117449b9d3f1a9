#include "summarize/SummaryPrompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::summarize {

int estimateTokens(const QString& text)
{
    qsizetype ascii = 0;
    qsizetype other = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            ++ascii;
        else if (!c.isLowSurrogate())
            ++other;
    }
    return int(qMin<qsizetype>((ascii + 3) / 4 + other, std::numeric_limits<int>::max()));
}

QString cutToTokens(const QString& text, int tokens)
{
    if (tokens <= 0)
        return {};
    if (estimateTokens(text) <= tokens)
        return text;
    // Mostly ASCII: four characters a token is the estimate's own rule, so the cut is found
    // by halving instead of a count per character.
    qsizetype low = 0;
    qsizetype high = text.size();
    while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (estimateTokens(text.left(middle)) <= tokens)
            low = middle;
        else
            high = middle - 1;
    }
    qsizetype cut = low;
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), cut);
    if (space > cut * 9 / 10)
        cut = space; // a word boundary when one is near
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

QString systemPrompt()
{
    return QStringLiteral(
        "You write entries of a Korean newsletter about new AI research papers, for researchers "
        "and engineers. For the paper you are given, write three parts:\n"
        "- \"What's New\": what the paper proposes and why it matters;\n"
        "- \"Technical Details\": how it works (architecture, training, data, method);\n"
        "- \"Performance Highlights\": the results, with the key numbers and benchmarks.\n"
        "Write every part in Korean, two to four sentences each. Keep English technical terms, "
        "model and benchmark names in parentheses after their Korean rendering, e.g. "
        "\"확산 모델(diffusion models)\". Use only what the paper says.\n"
        "Answer with one JSON object and nothing else, with exactly these keys:\n"
        "{\"What's New\": \"...\", \"Technical Details\": \"...\", "
        "\"Performance Highlights\": \"...\"}");
}

QString userPrompt(const PaperText& paper, int pdfTokenBudget)
{
    QString prompt = QStringLiteral("Title: ") + paper.title.trimmed() +
                     QStringLiteral("\n\nAbstract:\n") + paper.abstract.trimmed();
    // The id lets a log (and the tests' server) tell the papers apart; it costs a few tokens.
    prompt = QStringLiteral("arXiv: ") + paper.id + QLatin1Char('\n') + prompt;
    const QString pdf = cutToTokens(paper.pdfText, pdfTokenBudget).trimmed();
    if (!pdf.isEmpty())
        prompt += QStringLiteral("\n\nText of the paper (the start, from its PDF):\n") + pdf;
    return prompt;
}

QByteArray chatRequestBody(const QString& model, const PaperText& paper, int pdfTokenBudget)
{
    const QJsonArray messages{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                    {QStringLiteral("content"), systemPrompt()}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"), userPrompt(paper, pdfTokenBudget)}}};
    const QJsonObject body{{QStringLiteral("model"), model},
                           {QStringLiteral("messages"), messages},
                           {QStringLiteral("temperature"), 0.3},
                           {QStringLiteral("stream"), false}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace paperboy::summarize
