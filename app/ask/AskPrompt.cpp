#include "ask/AskPrompt.h"

#include "ask/ChunkRanking.h"
#include "summarize/SummaryPrompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::ask {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::ask)
};

QString pdfSystemPrompt()
{
    return QStringLiteral(
        "You answer a reader's question about one research paper. Use only the context given: "
        "passages of the paper's PDF, each headed by the page it is on, as [page N]. Cite the "
        "page of every fact you use as [p. N]; several pages as [p. 3, 5], a range as "
        "[pp. 3-4]. If the passages do not hold the answer, say so plainly rather than guess. "
        "Answer in the language of the question, concisely.");
}

QString summarySystemPrompt()
{
    return QStringLiteral(
        "You answer a reader's question about one research paper. Its PDF is not available: "
        "use only the abstract and summaries given, cite no pages, and say plainly when they "
        "do not hold the answer rather than guess. Answer in the language of the question, "
        "concisely.");
}

QString header(const PaperContext& paper)
{
    return QStringLiteral("Paper: %1 (arXiv: %2)\n\n").arg(paper.title, paper.id);
}

} // namespace

QString noPdfNotice()
{
    return Text::tr("(The PDF was not available: this answer rests on the abstract and the "
                    "summaries only.)");
}

AskPrompt buildPrompt(const PaperContext& paper, const QString& question, int tokenBudget)
{
    AskPrompt prompt;
    const QString ask = QStringLiteral("\nQuestion: ") + question.trimmed() + QLatin1Char('\n');
    if (!paper.pages.isEmpty()) {
        prompt.withPdf = true;
        prompt.system = pdfSystemPrompt();
        prompt.user = header(paper) + QStringLiteral("Context:\n");
        for (const PageChunk& chunk :
             selectChunks(chunkPages(paper.pages), question, tokenBudget)) {
            prompt.user += QStringLiteral("\n[page %1]\n").arg(chunk.page) + chunk.text + u'\n';
            if (!prompt.pagesSent.contains(chunk.page))
                prompt.pagesSent.append(chunk.page);
        }
        prompt.user += ask;
        return prompt;
    }
    prompt.system = summarySystemPrompt();
    prompt.answerPrefix = noPdfNotice() + QStringLiteral("\n\n");
    QString context;
    if (!paper.abstract.trimmed().isEmpty())
        context +=
            QStringLiteral("Abstract:\n") + paper.abstract.trimmed() + QStringLiteral("\n\n");
    if (!paper.aiSummary.trimmed().isEmpty())
        context +=
            QStringLiteral("AI summary:\n") + paper.aiSummary.trimmed() + QStringLiteral("\n\n");
    for (const core::Section& section : paper.sections)
        context += section.name + QStringLiteral(":\n") + section.markdown.trimmed() +
                   QStringLiteral("\n\n");
    prompt.user = header(paper) + summarize::cutToTokens(context, qMax(tokenBudget, 200)) + ask;
    return prompt;
}

QByteArray askRequestBody(const QString& model, const AskPrompt& prompt, bool stream)
{
    const QJsonArray messages{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                    {QStringLiteral("content"), prompt.system}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"), prompt.user}},
    };
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), messages}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace paperboy::ask
