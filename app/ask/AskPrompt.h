#pragma once

#include "ask/PageChunks.h"
#include "ask/PaperContext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paperboy::ask {

// One question's request, ready to send.
struct AskPrompt
{
    QString system;
    QString user;
    bool withPdf = false; // the context is PDF chunks; false: abstract and summaries only
    QList<int> pagesSent; // the pages whose chunks the context holds, ascending
    // Put before the model's answer by us, not asked of the model: without the PDF the reader
    // must know the answer rests on the summaries, whatever the model writes.
    QString answerPrefix;
};

// The line an answer without the PDF starts with, in the reader's language.
QString noPdfNotice();

// The prompt for `question` about `paper`: with PDF pages, the chunks most relevant to the
// question (selectChunks) within `tokenBudget`, each labelled "[page N]", and the instruction to
// cite pages as [p. N]; without, the abstract, the AI summary and the Korean sections (cut to
// the budget) and the answerPrefix noPdfNotice().
AskPrompt buildPrompt(const PaperContext& paper, const QString& question, int tokenBudget);

// The body of POST /chat/completions: the two messages, with `"stream": true` when `stream`.
QByteArray askRequestBody(const QString& model, const AskPrompt& prompt, bool stream);

} // namespace paperboy::ask
