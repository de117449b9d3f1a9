#include "pdf/PdfSettings.h"

#include "core/SettingsFile.h"

#include <QSettings>

namespace paperboy::pdf {

PdfSettings PdfSettings::load()
{
    const QSettings store = core::settingsFile();
    PdfSettings loaded;
    loaded.downloadBookmarked =
        store.value(QStringLiteral("pdf/downloadBookmarked"), loaded.downloadBookmarked).toBool();
    loaded.baseUrl = store.value(QStringLiteral("pdf/baseUrl"), loaded.baseUrl).toString();
    loaded.maxMb = qBound(1, store.value(QStringLiteral("pdf/maxMb"), loaded.maxMb).toInt(), 2048);
    return loaded;
}

void PdfSettings::save() const
{
    QSettings store = core::settingsFile();
    store.setValue(QStringLiteral("pdf/downloadBookmarked"), downloadBookmarked);
    store.setValue(QStringLiteral("pdf/baseUrl"), baseUrl);
    store.setValue(QStringLiteral("pdf/maxMb"), maxMb);
}

} // namespace paperboy::pdf
