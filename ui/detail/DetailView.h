#pragma once

#include "core/Paper.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

namespace paperboy::ui {

class DetailDocument;
class SafeTextBrowser;

// The detail pane: one paper's title, authors, links, thumbnail slot and summaries. Link
// clicks and hovers are passed on, never followed here.
//
// A paper is shown as far as the pane shows it at once; the parts below (often the abstract
// and the AI summary) follow right after the pane has painted it, as a low-priority event, so
// that switching papers waits for the layout of visible text only. A paper replaced before
// that (quick switching) never lays its hidden end out.
class DetailView final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailView(QWidget* parent = nullptr);
    ~DetailView() override;

    void showPaper(const core::Paper& paper);
    // The paper on show again with what changed in it (a sync rewrote it), whole and scrolled
    // where it was.
    void refreshPaper(const core::Paper& paper);
    void showMessage(const QString& message);

    // Empty when a message is shown.
    QString shownPaperId() const { return m_paperId; }
    // False until the end of a paper longer than the pane has been added (see above).
    bool isComplete() const { return !m_rest; }
    SafeTextBrowser* browser() const { return m_browser; }

signals:
    void linkActivated(const QUrl& url);
    // An empty URL when the pointer leaves a link.
    void linkHovered(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const core::Paper& paper, bool whole);

    SafeTextBrowser* m_browser = nullptr;
    QString m_paperId;
    std::optional<core::Paper> m_shown;     // to build it again in a new palette
    std::unique_ptr<DetailDocument> m_rest; // the shown paper's builder while parts are left
    int m_generation = 0;                   // counts what was shown, to drop stale requests
    bool m_restRequested = false;
};

} // namespace paperboy::ui
