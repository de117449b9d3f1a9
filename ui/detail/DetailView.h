#pragma once

#include "core/Paper.h"

#include <QPixmap>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QToolBar;

namespace paperboy::thumbs {
struct ThumbnailResult;
}

namespace paperboy::ui {

class AskPanel;
class DetailDocument;
class HighlightList;
class NoteEditor;
class RelatedPapers;
class SafeTextBrowser;
class ThumbnailSource;

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
    // Under the paper; shown with a paper, hidden with a message.
    NoteEditor* noteEditor() const { return m_note; }
    // "Ask this paper", under the note; shown with a paper.
    AskPanel* askPanel() const { return m_ask; }
    // Under the note: the paper's highlights; the window fills it.
    HighlightList* highlightList() const { return m_highlightList; }
    // "More like this", between the paper and its note; the window fills it.
    RelatedPapers* relatedPapers() const { return m_related; }
    // Marks these words and phrases wherever the paper shows them (the search's terms), from
    // now on, on top of the text: the document itself is not changed. Empty: none.
    void setHighlightTerms(const QStringList& terms);
    // A button for `action` (the window's Bookmark, Open PDF) in the row above the paper.
    void addPaperAction(QAction* action);
    // The For you reasons of `paperId` as one plain line under the paper's commands, shown
    // while that paper is; empty `why` hides it.
    void setWhy(const QString& paperId, const QString& why);
    QLabel* whyLabel() const { return m_why; }

    // Shows the papers' real images from `source` (not owned) in the thumbnail slot, large;
    // without one the slot keeps the placeholder tile. The image replaces the placeholder in
    // the slot's final size: no layout pass, no jump.
    void setThumbnails(ThumbnailSource* source);
    // What the slot shows: a placeholder until the image arrived.
    bool showsRealThumbnail() const { return m_realThumbnail; }
    // The slot's size for the paper on show: smaller in a narrow or low pane.
    QSize thumbnailSlotSize() const;

signals:
    void paperShown(const QString& paperId); // a paper, not a message, is on show
    // After every paper or message shown: the id on show, empty with a message.
    void shownPaperChanged(const QString& paperId);
    void linkActivated(const QUrl& url);
    // An empty URL when the pointer leaves a link.
    void linkHovered(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void present(const core::Paper& paper, bool whole);
    // The slot's picture for the paper being shown: from memory at once, else asked for.
    QPixmap thumbnailFor(const core::Paper& paper);
    QRect thumbnailViewportRect() const; // where the slot is on screen
    void onThumbnail(const thumbs::ThumbnailResult& result);
    void applyHighlights();

    SafeTextBrowser* m_browser = nullptr;
    NoteEditor* m_note = nullptr;
    AskPanel* m_ask = nullptr;
    HighlightList* m_highlightList = nullptr;
    RelatedPapers* m_related = nullptr;
    QToolBar* m_paperBar = nullptr;
    QLabel* m_why = nullptr;
    QString m_whyPaperId;
    ThumbnailSource* m_thumbnails = nullptr;
    QString m_paperId;
    QUrl m_thumbnailUrl; // the image asked for the shown paper
    bool m_thumbnailHasVideo = false;
    bool m_realThumbnail = false;
    std::optional<core::Paper> m_shown;     // to build it again in a new palette
    std::unique_ptr<DetailDocument> m_rest; // the shown paper's builder while parts are left
    int m_generation = 0;                   // counts what was shown, to drop stale requests
    bool m_restRequested = false;
    QStringList m_highlightTerms;
    QSize m_slotSize{320, 168};
    QString m_allAuthorsOf; // the paper whose author list the reader expanded
};

} // namespace paperboy::ui
