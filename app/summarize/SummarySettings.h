#pragma once

#include <QString>

namespace paperboy::summarize {

// Settings → Summaries, shared by the window and the CLI (QSettings "Paperboy", group
// "summaries"). The API key is not here: it lives in the system keyring (ApiKeyStore.h).
struct SummarySettings
{
    QString endpoint = QStringLiteral("https://api.openai.com/v1");
    QString model = QStringLiteral("gpt-4o");
    int concurrency = 2;       // 1–4 requests at a time
    bool usePdfText = true;    // a kept PDF's text joins the prompt
    bool downloadPdf = false;  // a PDF not kept is downloaded for its text (then dropped)
    int pdfTokenBudget = 4000; // the PDF text's share of the prompt, in tokens
    int timeoutSeconds = 180;
    bool afterSync = false; // each sync ends with the new papers no Korean source covers

    static constexpr int maxTokenBudget = 200000;
    static constexpr int maxTimeoutSeconds = 1800;

    static SummarySettings load();
    void save() const;
};

} // namespace paperboy::summarize
