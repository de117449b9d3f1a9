#pragma once

#include "store/user/Highlight.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPdfDocument;
class QPdfPageRenderer;
class QPdfSearchModel;
class QPdfSelection;

namespace paperboy::ui {

// The pages of one PDF, one under the other, drawn by Qt PDF's renderer on a thread of its
// own as they come into sight (QPdfView of Qt 6.4 neither selects text nor marks matches nor
// tells where its pages are, so this view lays them out itself). Only the pages near the
// viewport keep their images, so memory stays bounded whatever the length of the paper.
// Pages are 0-based here; the Read view shows and stores them 1-based.
class PdfPageView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget* parent = nullptr);
    ~PdfPageView() override;

    // Null to show nothing. The document must outlive the view or be reset first.
    void setDocument(QPdfDocument* document);
    void setSearchModel(QPdfSearchModel* model); // its matches are marked
    void setCurrentMatch(int page, const QRectF& rect);
    void setHighlights(const QList<store::Highlight>& highlights);
    void clearSelection();

    // Pixels per PDF point; fitWidth() follows the viewport's width until a zoom is set.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    void fitWidth();
    bool fitsWidth() const { return m_fitWidth; }

    int pageCount() const { return int(m_pageSizes.size()); }
    int currentPage() const { return m_currentPage; }
    void scrollToPage(int page, double yPoints = 0);
    void scrollByScreen(int direction); // +1 down, -1 up: a screen less a little overlap

    // Where `page` lies in viewport pixels (for tests and the highlight menus).
    QRect pageRectInViewport(int page) const;
    // The image drawn for `page`, null until rendered (for tests).
    QImage renderedPage(int page) const { return m_images.value(page); }
    int renderedPageCount() const { return int(m_images.size()); }

signals:
    void currentPageChanged(int page);
    void pageRendered(int page);
    // Text was selected by dragging over `page`; `rects` in its points.
    void selectionMade(int page, const QString& text, const QList<QRectF>& rects,
                       const QPoint& globalPos);
    void highlightClicked(const QString& uid, const QPoint& globalPos);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void relayout();
    QSize pagePixelSize(int page) const;
    int pageAt(const QPoint& viewportPos) const;
    QPointF toPagePoints(int page, const QPoint& viewportPos) const;
    void requestVisiblePages(int first, int last);
    void dropFarImages(int first, int last);
    void updateCurrentPage();
    void onRendered(int page, QSize size, const QImage& image, quint64 requestId);
    void paintMarks(QPainter& painter, int page, const QRect& pageRect);
    QPdfSelection selectionBetween(int page, QPointF from, QPointF to) const;

    QPdfDocument* m_document = nullptr;
    QPdfPageRenderer* m_renderer = nullptr;
    QPdfSearchModel* m_search = nullptr;
    QList<QSizeF> m_pageSizes; // points
    QList<int> m_pageTops;     // document pixels at the present zoom
    int m_documentHeight = 0;
    int m_documentWidth = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_currentPage = -1;
    QHash<int, QImage> m_images; // page -> image (perhaps of an older zoom)
    QHash<int, QSize> m_pending; // page -> size asked of the renderer
    QList<store::Highlight> m_highlights;
    int m_matchPage = -1;
    QRectF m_matchRect;
    // The drag being made: its page, start and the selection so far (points).
    int m_selectPage = -1;
    QPointF m_selectStart;
    QList<QRectF> m_selectionRects;
    QString m_selectionText;
    bool m_dragged = false;
};

} // namespace paperboy::ui
