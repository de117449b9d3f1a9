#include "ui/reader/PdfPageView.h"

#include "ui/style/HighlightColours.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfSearchModel>
#include <QPdfSelection>
#include <QScrollBar>

#include <algorithm>
#include <iterator>

namespace paperboy::ui {
namespace {

constexpr int pageGap = 10;       // pixels between pages and around them
constexpr int keptAround = 2;     // pages beyond those in sight that keep their images
constexpr int screenOverlap = 40; // pixels of the last screen still seen after J / Page Down

// Qt PDF bounds a selection character by character: the characters of one line become one
// rect, so a highlight is drawn without gaps and stored as a few rects, not hundreds.
QList<QRectF> linesOf(const QList<QPolygonF>& characters)
{
    QList<QRectF> lines;
    for (const QPolygonF& polygon : characters) {
        const QRectF box = polygon.boundingRect();
        if (box.height() <= 0)
            continue;
        if (!lines.isEmpty()) {
            QRectF& last = lines.last();
            if (qAbs(last.center().y() - box.center().y()) < last.height() / 2) {
                last = last.united(box);
                continue;
            }
        }
        lines.append(box);
    }
    return lines;
}

} // namespace

PdfPageView::PdfPageView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(40);
    m_renderer = new QPdfPageRenderer(this);
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize size, const QImage& image, QPdfDocumentRenderOptions,
                   quint64 id) { onRendered(page, size, image, id); });
}

PdfPageView::~PdfPageView()
{
    // Qt 6.4's QPdfPageRenderer stops its render thread on destruction but never deletes it
    // (LeakSanitizer reports the QThread); going back to single-threaded mode quits, waits
    // for and deletes that thread through the public API.
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
}

void PdfPageView::setDocument(QPdfDocument* document)
{
    m_document = document;
    m_renderer->setDocument(document);
    m_images.clear();
    m_pending.clear();
    m_pageSizes.clear();
    m_currentPage = -1;
    m_selectPage = -1;
    m_selectionRects.clear();
    if (document) {
        for (int page = 0; page < document->pageCount(); ++page)
            m_pageSizes.append(document->pagePointSize(page));
    }
    relayout();
    updateCurrentPage();
}

void PdfPageView::setSearchModel(QPdfSearchModel* model)
{
    m_search = model;
    viewport()->update();
}

void PdfPageView::setCurrentMatch(int page, const QRectF& rect)
{
    m_matchPage = page;
    m_matchRect = rect;
    viewport()->update();
}

void PdfPageView::setHighlights(const QList<store::Highlight>& highlights)
{
    m_highlights = highlights;
    viewport()->update();
}

void PdfPageView::clearSelection()
{
    m_selectPage = -1;
    m_selectionRects.clear();
    m_selectionText.clear();
    viewport()->update();
}

void PdfPageView::setZoom(double zoom)
{
    const int page = m_currentPage;
    m_fitWidth = false;
    m_zoom = qBound(0.25, zoom, 6.0);
    relayout();
    if (page >= 0)
        scrollToPage(page);
}

void PdfPageView::fitWidth()
{
    const int page = m_currentPage;
    m_fitWidth = true;
    relayout();
    if (page >= 0)
        scrollToPage(page);
}

QSize PdfPageView::pagePixelSize(int page) const
{
    return (m_pageSizes.at(page) * m_zoom).toSize();
}

void PdfPageView::relayout()
{
    if (m_fitWidth && !m_pageSizes.isEmpty()) {
        double widest = 1;
        for (const QSizeF& size : std::as_const(m_pageSizes))
            widest = qMax(widest, size.width());
        m_zoom = qBound(0.25, (viewport()->width() - 2 * pageGap) / widest, 6.0);
    }
    m_pageTops.clear();
    int y = pageGap;
    int width = 0;
    for (int page = 0; page < m_pageSizes.size(); ++page) {
        m_pageTops.append(y);
        const QSize size = pagePixelSize(page);
        y += size.height() + pageGap;
        width = qMax(width, size.width() + 2 * pageGap);
    }
    m_documentHeight = y;
    m_documentWidth = width;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, qMax(0, m_documentHeight - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, qMax(0, m_documentWidth - viewport()->width()));
    viewport()->update();
}

QRect PdfPageView::pageRectInViewport(int page) const
{
    if (page < 0 || page >= m_pageTops.size())
        return {};
    const QSize size = pagePixelSize(page);
    const int x = m_documentWidth <= viewport()->width() ? (viewport()->width() - size.width()) / 2
                                                         : pageGap - horizontalScrollBar()->value();
    return QRect(QPoint(x, m_pageTops.at(page) - verticalScrollBar()->value()), size);
}

int PdfPageView::pageAt(const QPoint& viewportPos) const
{
    for (int page = 0; page < m_pageTops.size(); ++page) {
        if (pageRectInViewport(page).contains(viewportPos))
            return page;
    }
    return -1;
}

QPointF PdfPageView::toPagePoints(int page, const QPoint& viewportPos) const
{
    return QPointF(viewportPos - pageRectInViewport(page).topLeft()) / m_zoom;
}

void PdfPageView::scrollToPage(int page, double yPoints)
{
    if (page < 0 || page >= m_pageTops.size())
        return;
    verticalScrollBar()->setValue(m_pageTops.at(page) - pageGap + int(yPoints * m_zoom));
    updateCurrentPage();
}

void PdfPageView::scrollByScreen(int direction)
{
    const int step = qMax(40, viewport()->height() - screenOverlap);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + direction * step);
}

void PdfPageView::updateCurrentPage()
{
    // The page that holds the upper third of the viewport is the one being read.
    const int y = verticalScrollBar()->value() + viewport()->height() / 3;
    int current = m_pageTops.isEmpty() ? -1 : 0;
    for (int page = 0; page < m_pageTops.size(); ++page) {
        if (m_pageTops.at(page) <= y)
            current = page;
    }
    if (current != m_currentPage) {
        m_currentPage = current;
        emit currentPageChanged(current);
    }
}

void PdfPageView::requestVisiblePages(int first, int last)
{
    for (int page = qMax(0, first); page <= qMin(last, pageCount() - 1); ++page) {
        const QSize size = pagePixelSize(page) * devicePixelRatioF();
        if (m_images.value(page).size() == size || m_pending.value(page) == size)
            continue;
        m_pending.insert(page, size);
        m_renderer->requestPage(page, size);
    }
}

void PdfPageView::dropFarImages(int first, int last)
{
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (it.key() < first - keptAround || it.key() > last + keptAround)
            it = m_images.erase(it);
        else
            ++it;
    }
}

void PdfPageView::onRendered(int page, QSize size, const QImage& image, quint64)
{
    if (m_pending.value(page) != size)
        return; // asked at another zoom since
    m_pending.remove(page);
    m_images.insert(page, image);
    viewport()->update(pageRectInViewport(page));
    emit pageRendered(page);
}

void PdfPageView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    int first = -1;
    int last = -1;
    for (int page = 0; page < m_pageTops.size(); ++page) {
        const QRect rect = pageRectInViewport(page);
        if (!rect.intersects(event->rect()))
            continue;
        if (first < 0)
            first = page;
        last = page;
        // Pdfium leaves a page's background transparent: paper is white under it.
        painter.fillRect(rect, Qt::white);
        const QImage image = m_images.value(page);
        if (!image.isNull())
            painter.drawImage(rect, image); // scaled until the new zoom's image arrives
        paintMarks(painter, page, rect);
    }
    if (first >= 0) {
        requestVisiblePages(first, last + 1);
        dropFarImages(first, last);
    }
}

void PdfPageView::paintMarks(QPainter& painter, int page, const QRect& pageRect)
{
    const auto toView = [&](const QRectF& r) {
        return QRectF(pageRect.topLeft() + r.topLeft() * m_zoom, r.size() * m_zoom);
    };
    painter.setPen(Qt::NoPen);
    for (const store::Highlight& h : std::as_const(m_highlights)) {
        if (h.page - 1 != page)
            continue;
        for (const QRectF& r : h.rects)
            painter.fillRect(toView(r), highlightColour(h.colour));
    }
    if (m_search) {
        for (const QPdfLink& match : m_search->resultsOnPage(page)) {
            for (const QRectF& r : match.rectangles())
                painter.fillRect(toView(r), QColor(255, 150, 0, 90));
        }
    }
    if (page == m_matchPage) {
        painter.setPen(QPen(QColor(230, 90, 0), 2));
        painter.drawRect(toView(m_matchRect).adjusted(-2, -2, 2, 2));
        painter.setPen(Qt::NoPen);
    }
    if (page == m_selectPage) {
        for (const QRectF& r : std::as_const(m_selectionRects))
            painter.fillRect(toView(r), QColor(60, 120, 220, 90));
    }
}

void PdfPageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int page = m_currentPage;
    relayout();
    if (m_fitWidth && page >= 0)
        scrollToPage(page);
}

void PdfPageView::scrollContentsBy(int, int)
{
    viewport()->update();
    updateCurrentPage();
}

bool PdfPageView::event(QEvent* event)
{
    // The window's one-key shortcuts (J, K for the next paper...) must not take the keys
    // that move through the pages.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        static const int pageKeys[] = {Qt::Key_J,        Qt::Key_K,     Qt::Key_PageUp,
                                       Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Home,
                                       Qt::Key_End};
        if (key->modifiers() == Qt::NoModifier &&
            std::find(std::begin(pageKeys), std::end(pageKeys), key->key()) != std::end(pageKeys)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void PdfPageView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_J:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        scrollByScreen(1);
        return;
    case Qt::Key_K:
    case Qt::Key_PageUp:
        scrollByScreen(-1);
        return;
    case Qt::Key_Home:
        scrollToPage(0);
        return;
    case Qt::Key_End:
        scrollToPage(pageCount() - 1);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void PdfPageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.1 : 1 / 1.1));
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::mousePressEvent(QMouseEvent* event)
{
    m_selectionRects.clear();
    m_selectionText.clear();
    m_dragged = false;
    m_selectPage = event->button() == Qt::LeftButton ? pageAt(event->position().toPoint()) : -1;
    if (m_selectPage >= 0)
        m_selectStart = toPagePoints(m_selectPage, event->position().toPoint());
    viewport()->update();
}

void PdfPageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_selectPage < 0 || !m_document)
        return;
    m_dragged = true;
    // A selection stays on the page it began on: highlights are kept per page.
    const QRect pageRect = pageRectInViewport(m_selectPage);
    const QPoint pos = event->position().toPoint();
    const QPoint clamped(qBound(pageRect.left(), pos.x(), pageRect.right()),
                         qBound(pageRect.top(), pos.y(), pageRect.bottom()));
    const QPdfSelection selection =
        selectionBetween(m_selectPage, m_selectStart, toPagePoints(m_selectPage, clamped));
    if (selection.text().isEmpty())
        return; // past the end of a line or in a margin: the selection so far stays
    m_selectionText = selection.text();
    m_selectionRects = linesOf(selection.bounds());
    viewport()->update();
}

QPdfSelection PdfPageView::selectionBetween(int page, QPointF from, QPointF to) const
{
    // Pdfium selects only from a point on a character: a drag begun in the margin or between
    // words moves its ends toward each other, a few points at a time, until both are on one.
    constexpr double step = 3;
    constexpr int steps = 20;
    const double direction = to.x() >= from.x() ? 1 : -1;
    for (int i = 0; i <= steps; ++i) {
        const QPdfSelection selection = m_document->getSelection(page, from, to);
        if (selection.isValid() && !selection.text().isEmpty())
            return selection;
        if (qAbs(to.x() - from.x()) < 2 * step)
            break;
        from.rx() += direction * step;
        to.rx() -= direction * step;
    }
    return m_document->getSelection(page, from, to);
}

void PdfPageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_selectPage < 0)
        return;
    const QPoint global = event->globalPosition().toPoint();
    if (m_dragged && !m_selectionText.trimmed().isEmpty()) {
        emit selectionMade(m_selectPage, m_selectionText, m_selectionRects, global);
        return;
    }
    // A click, not a drag: on a highlight it offers that highlight's commands.
    const QPointF at = toPagePoints(m_selectPage, event->position().toPoint());
    for (const store::Highlight& h : std::as_const(m_highlights)) {
        if (h.page - 1 != m_selectPage)
            continue;
        for (const QRectF& r : h.rects) {
            if (r.contains(at)) {
                emit highlightClicked(h.uid, global);
                return;
            }
        }
    }
}

} // namespace paperboy::ui
