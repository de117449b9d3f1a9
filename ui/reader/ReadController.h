#pragma once

#include "pdf/PdfDownload.h"
#include "store/user/Highlight.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QPdfDocument;

namespace paperboy::store {
class UserStore;
}

namespace paperboy::ui {

class FeatureContext;
class ReadView;
class ReaderFetch;

// Read: the paper on show as its PDF inside the window (key R), at the page last read, with
// its highlights. A PDF that is not kept is fetched to be read (enableDownloads(); the PDF
// queue's limits) and kept only when the reader asks. Highlights and the page read go to the
// user file through the user-data thread; the window shows the view when opened() is emitted.
class ReadController final : public QObject
{
    Q_OBJECT
public:
    ReadController(FeatureContext& context, ReadView& view, QObject* parent = nullptr);
    ~ReadController() override;

    QAction* readAction() const { return m_readAction; }
    void enableDownloads(pdf::PdfOptions options);

    const QString& paperId() const { return m_paperId; } // empty when the view is closed
    const QList<store::Highlight>& highlights() const { return m_highlights; }
    QPdfDocument* document() const { return m_document; }

public slots:
    // Opens the Read view of `paperId` at `page` (1-based; 0: where it was last read).
    void showPage(const QString& paperId, int page);
    void readShownPaper(); // the R command
    // Reads `paperId`'s highlights for the detail pane: answered by paperHighlightsLoaded().
    void loadHighlightsFor(const QString& paperId);
    void close();

signals:
    void opened(const QString& paperId);
    void closed();
    // The document is loaded and on show at its first page asked (tests, benchmark).
    void documentShown(const QString& paperId, int pageCount);
    // A highlight was added, changed or removed: the detail pane lists them.
    void highlightsChanged(const QString& paperId);
    void paperHighlightsLoaded(const QString& paperId,
                               const QList<paperboy::store::Highlight>& highlights);

private:
    void openFile(const QString& file, bool kept);
    void loadUserData();
    void saveReadingPage();
    void addHighlight(int page, const QString& text, const QList<QRectF>& rects,
                      const QString& colour, const QString& comment);
    void editComment(const QString& uid);
    void removeHighlight(const QString& uid);
    void writeHighlight(std::function<bool(store::UserStore*, QString*)> change);
    void onFetched(const pdf::PdfResult& result);

    FeatureContext& m_context;
    ReadView& m_view;
    QAction* m_readAction = nullptr;
    QPdfDocument* m_document = nullptr;
    std::unique_ptr<ReaderFetch> m_fetch; // null until enableDownloads()
    QString m_paperId;
    int m_askedPage = 0;   // 1-based; 0: the remembered one
    int m_currentPage = 0; // 1-based, as shown
    QList<store::Highlight> m_highlights;
    QTimer m_savePage; // the page read is written a moment after scrolling stops
};

} // namespace paperboy::ui
