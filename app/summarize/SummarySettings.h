#pragma once

#include "core/SettingsKeys.h"

#include <QString>

namespace paperboy::summarize {

// Settings → Summaries, shared by the window and the CLI (the summary preferences of
// core/SettingsKeys.h, which has the defaults). The API key is not here: it lives in the system
// keyring (ApiKeyStore.h).
struct SummarySettings
{
    QString endpoint = core::preference::summaryEndpoint.defaultValue;
    QString model = core::preference::summaryModel.defaultValue;
    int concurrency = core::preference::summaryConcurrency.defaultValue; // 1–4 at a time
    // A kept PDF's text joins the prompt.
    bool usePdfText = core::preference::summaryUsePdfText.defaultValue;
    // A PDF not kept is downloaded for its text (then dropped).
    bool downloadPdf = core::preference::summaryDownloadPdf.defaultValue;
    // The PDF text's share of the prompt, in tokens.
    int pdfTokenBudget = core::preference::summaryPdfTokenBudget.defaultValue;
    int timeoutSeconds = core::preference::summaryTimeoutSeconds.defaultValue;
    // Each sync ends with the new papers no Korean source covers.
    bool afterSync = core::preference::summariesAfterSync.defaultValue;

    static constexpr int maxTokenBudget = 200000;
    static constexpr int maxTimeoutSeconds = 1800;

    static SummarySettings load();
    void save() const;
};

} // namespace paperboy::summarize
