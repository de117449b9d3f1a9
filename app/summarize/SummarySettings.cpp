#include "summarize/SummarySettings.h"

#include "core/SettingsFile.h"

#include "summarize/SummaryQueue.h"

#include <QSettings>

namespace paperboy::summarize {

SummarySettings SummarySettings::load()
{
    const QSettings store = core::settingsFile();
    SummarySettings loaded;
    const auto value = [&store](const char* key, const QVariant& fallback) {
        return store.value(QStringLiteral("summaries/") + QLatin1String(key), fallback);
    };
    loaded.endpoint = value("endpoint", loaded.endpoint).toString().trimmed();
    loaded.model = value("model", loaded.model).toString().trimmed();
    loaded.concurrency =
        qBound(1, value("concurrency", loaded.concurrency).toInt(), SummaryQueue::maxConcurrency);
    loaded.usePdfText = value("usePdfText", loaded.usePdfText).toBool();
    loaded.downloadPdf = value("downloadPdf", loaded.downloadPdf).toBool();
    loaded.pdfTokenBudget =
        qBound(0, value("pdfTokenBudget", loaded.pdfTokenBudget).toInt(), maxTokenBudget);
    loaded.timeoutSeconds =
        qBound(1, value("timeoutSeconds", loaded.timeoutSeconds).toInt(), maxTimeoutSeconds);
    loaded.afterSync = value("afterSync", loaded.afterSync).toBool();
    return loaded;
}

void SummarySettings::save() const
{
    QSettings store = core::settingsFile();
    store.beginGroup(QStringLiteral("summaries"));
    store.setValue(QStringLiteral("endpoint"), endpoint);
    store.setValue(QStringLiteral("model"), model);
    store.setValue(QStringLiteral("concurrency"), concurrency);
    store.setValue(QStringLiteral("usePdfText"), usePdfText);
    store.setValue(QStringLiteral("downloadPdf"), downloadPdf);
    store.setValue(QStringLiteral("pdfTokenBudget"), pdfTokenBudget);
    store.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    store.setValue(QStringLiteral("afterSync"), afterSync);
    store.endGroup();
}

} // namespace paperboy::summarize
