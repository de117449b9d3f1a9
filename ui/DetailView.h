#pragma once

#include "core/Paper.h"

#include <QUrl>
#include <QWidget>

namespace paperboy::ui {

class SafeTextBrowser;

// The detail pane: one paper's title, authors, links, thumbnail slot and summaries. Link
// clicks and hovers are passed on, never followed here.
class DetailView final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailView(QWidget* parent = nullptr);

    void showPaper(const core::Paper& paper);
    void showMessage(const QString& message);

    // Empty when a message is shown.
    QString shownPaperId() const { return m_paperId; }
    SafeTextBrowser* browser() const { return m_browser; }

signals:
    void linkActivated(const QUrl& url);
    // An empty URL when the pointer leaves a link.
    void linkHovered(const QUrl& url);

private:
    SafeTextBrowser* m_browser = nullptr;
    QString m_paperId;
};

} // namespace paperboy::ui
