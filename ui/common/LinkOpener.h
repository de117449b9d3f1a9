#pragma once

#include <QObject>
#include <QUrl>

namespace paperboy::ui {

// The one place that hands URLs to the desktop. Links come from untrusted digest text, so only
// web pages are opened; javascript:, file:, data: and every other scheme are refused and
// reported instead of being passed to a handler that might run or reveal something local.
class LinkOpener final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static bool isAllowed(const QUrl& url);

    // True when the URL was handed to QDesktopServices and it accepted it.
    bool open(const QUrl& url);
    // A file the app itself wrote (a kept PDF), in the desktop's viewer. Never for a path or
    // URL that came from content: those go through open(), which refuses file: URLs.
    bool openOwnFile(const QString& path);

signals:
    void opened(const QUrl& url);
    // A user-facing explanation, meant for the status bar.
    void refused(const QString& message);
    // An allowed web link that no browser took: the window says so where it is seen and
    // offers to copy the link instead.
    void noBrowser(const QUrl& url);
};

} // namespace paperboy::ui
