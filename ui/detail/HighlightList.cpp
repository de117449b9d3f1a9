#include "ui/detail/HighlightList.h"

#include "ui/style/HighlightColours.h"

#include <QPainter>
#include <QPixmap>

namespace paperboy::ui {
namespace {

constexpr int shownRows = 4; // rows in sight before the list scrolls
constexpr int roleHighlightPage = Qt::UserRole + 1;

QIcon swatch(const QString& colour)
{
    QPixmap pixmap(12, 12);
    QColor fill = highlightColour(colour);
    fill.setAlpha(255);
    pixmap.fill(fill);
    return QIcon(pixmap);
}

} // namespace

HighlightList::HighlightList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("detailHighlights"));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setToolTip(tr("Your highlights: choose one to read the paper at its page"));
    hide();
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit pageRequested(m_paperId, item->data(roleHighlightPage).toInt());
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit pageRequested(m_paperId, item->data(roleHighlightPage).toInt());
    });
}

void HighlightList::showFor(const QString& paperId)
{
    if (paperId == m_paperId)
        return;
    m_paperId = paperId;
    clear();
    hide();
}

void HighlightList::setHighlights(const QString& paperId, const QList<store::Highlight>& highlights)
{
    if (paperId != m_paperId)
        return;
    clear();
    for (const store::Highlight& h : highlights) {
        // Plain text in a list item: what came out of a PDF is never rich text.
        QString text = tr("p. %1 · %2").arg(h.page).arg(h.text.simplified());
        if (!h.comment.isEmpty())
            text += QStringLiteral(" — ") + h.comment.simplified();
        auto* item = new QListWidgetItem(swatch(h.colour), text, this);
        item->setData(roleHighlightPage, h.page);
        item->setToolTip(h.comment.isEmpty() ? h.text
                                             : h.text + QStringLiteral("\n\n") + h.comment);
    }
    setVisible(!m_paperId.isEmpty() && count() > 0);
    // Its rows in sight (up to shownRows): the note above it gives way, not the list.
    setFixedHeight(sizeHint().height());
}

QSize HighlightList::sizeHint() const
{
    const int rows = qBound(1, count(), shownRows);
    return QSize(QListWidget::sizeHint().width(), rows * sizeHintForRow(0) + 2 * frameWidth() + 4);
}

} // namespace paperboy::ui
