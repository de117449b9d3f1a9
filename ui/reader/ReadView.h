#pragma once

#include "store/user/Highlight.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPdfBookmarkModel;
class QPdfDocument;
class QPdfSearchModel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace paperboy::ui {

class PdfPageView;

// The Read view: a paper's PDF with its outline beside it, zoom, find in text and the
// highlights drawn over the pages; or, while the PDF is fetched, the progress and Cancel.
// It shows and asks; ReadController decides (files, downloads, user data).
class ReadView final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadView(QWidget* parent = nullptr);
    ~ReadView() override;

    PdfPageView* pages() const { return m_pages; }
    QTreeView* outline() const { return m_outline; }
    QLineEdit* findField() const { return m_find; }
    QPdfSearchModel* searchModel() const { return m_search; }

    void setTitle(const QString& title);
    // The document on show (null: none); the outline pane shows when it has entries.
    void showDocument(QPdfDocument* document);
    void showFetching(qint64 received, qint64 total); // total -1: unknown
    void showMessage(const QString& text);
    void setKeepOffered(bool offered); // the "Keep PDF" button, for a PDF fetched to read
    void findNext(int direction);      // +1 / -1 through the matches, wrapping
    int currentMatch() const { return m_match; }

signals:
    void closeRequested();
    void keepRequested();
    void cancelFetchRequested();
    void currentPageChanged(int page); // 0-based
    void highlightRequested(int page, const QString& text, const QList<QRectF>& rects,
                            const QString& colour, const QString& comment);
    void highlightCommentRequested(const QString& uid);
    void highlightRemoveRequested(const QString& uid);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* makeToolBar();
    void offerHighlight(int page, const QString& text, const QList<QRectF>& rects,
                        const QPoint& at);
    void offerHighlightCommands(const QString& uid, const QPoint& at);
    void outlineActivated(const QModelIndex& index);
    void updatePageLabel(int page);

    QLabel* m_title = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLineEdit* m_find = nullptr;
    QPushButton* m_keep = nullptr;
    QToolButton* m_outlineToggle = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_outline = nullptr;
    PdfPageView* m_pages = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPdfBookmarkModel* m_bookmarks = nullptr;
    QPdfSearchModel* m_search = nullptr;
    QPdfDocument* m_document = nullptr;
    int m_match = -1;
};

} // namespace paperboy::ui
