#include "ui/common/LinkOpener.h"

#include <QDesktopServices>

namespace paperboy::ui {
namespace {

// Long or multi-line URLs (data: payloads) would flood the status bar.
QString shortDisplay(const QUrl& url)
{
    QString text = url.toDisplayString().simplified();
    constexpr int maxChars = 120;
    if (text.size() > maxChars)
        text = text.left(maxChars) + QChar(0x2026);
    return text;
}

} // namespace

bool LinkOpener::isAllowed(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme();
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ||
           scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

bool LinkOpener::open(const QUrl& url)
{
    if (!isAllowed(url)) {
        emit refused(tr("Refused to open \"%1\": only http and https links are opened.")
                         .arg(shortDisplay(url)));
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        emit refused(tr("Could not open %1: no web browser answered.").arg(shortDisplay(url)));
        emit noBrowser(url);
        return false;
    }
    emit opened(url);
    return true;
}

bool LinkOpener::openOwnFile(const QString& path)
{
    const QUrl url = QUrl::fromLocalFile(path);
    if (!QDesktopServices::openUrl(url)) {
        emit refused(tr("Could not open %1: no viewer answered.").arg(path));
        return false;
    }
    emit opened(url);
    return true;
}

} // namespace paperboy::ui
