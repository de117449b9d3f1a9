#include "summarize/SummarySettings.h"

#include "core/Settings.h"

#include "summarize/SummaryQueue.h"

namespace paperboy::summarize {

SummarySettings SummarySettings::load()
{
    using namespace core::preference;
    const core::Settings store;
    SummarySettings loaded;
    loaded.endpoint = store.read(summaryEndpoint).trimmed();
    loaded.model = store.read(summaryModel).trimmed();
    loaded.concurrency = qBound(1, store.read(summaryConcurrency), SummaryQueue::maxConcurrency);
    loaded.usePdfText = store.read(summaryUsePdfText);
    loaded.downloadPdf = store.read(summaryDownloadPdf);
    loaded.pdfTokenBudget = qBound(0, store.read(summaryPdfTokenBudget), maxTokenBudget);
    loaded.timeoutSeconds = qBound(1, store.read(summaryTimeoutSeconds), maxTimeoutSeconds);
    loaded.afterSync = store.read(summariesAfterSync);
    return loaded;
}

void SummarySettings::save() const
{
    using namespace core::preference;
    core::Settings store;
    store.write(summaryEndpoint, endpoint);
    store.write(summaryModel, model);
    store.write(summaryConcurrency, concurrency);
    store.write(summaryUsePdfText, usePdfText);
    store.write(summaryDownloadPdf, downloadPdf);
    store.write(summaryPdfTokenBudget, pdfTokenBudget);
    store.write(summaryTimeoutSeconds, timeoutSeconds);
    store.write(summariesAfterSync, afterSync);
}

} // namespace paperboy::summarize
