#pragma once

#include <QByteArray>
#include <QString>

namespace paperboy::summarize {

// What the model is given about one paper.
struct PaperText
{
    QString id; // normalised arXiv id
    QString title;
    QString abstract;
    QString pdfText; // the PDF's text, empty when not at hand; cut by the prompt
};

// A rough count of the tokens `text` costs: about four characters per token for English (the
// bulk of a paper), one per character elsewhere (Hangul, Han). Good enough to keep a prompt
// inside a budget; the endpoint's `usage` gives the true figures.
int estimateTokens(const QString& text);
// The start of `text` that fits in `tokens` (estimateTokens), cut at a word boundary.
QString cutToTokens(const QString& text, int tokens);

// The instructions: the seed's newsletter entry (daily_papers_ko, written with GPT-4o) in
// three parts, Korean with the English technical terms in parentheses, as one JSON object.
QString systemPrompt();
// The paper: title, abstract and, when given, the PDF's text cut to `pdfTokenBudget`.
QString userPrompt(const PaperText& paper, int pdfTokenBudget);
// The body of POST /chat/completions for `model` (OpenAI-compatible).
QByteArray chatRequestBody(const QString& model, const PaperText& paper, int pdfTokenBudget);

} // namespace paperboy::summarize
