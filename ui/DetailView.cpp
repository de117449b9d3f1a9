#include "DetailView.h"

#include "DetailDocument.h"
#include "PlaceholderTile.h"
#include "SafeTextBrowser.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

constexpr QSize thumbnailSize(320, 168); // the 1.91:1 shape of the social thumbnails

} // namespace

DetailView::DetailView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new SafeTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setFrameShape(QFrame::NoFrame);
    // A scroll bar that comes and goes changes the text width and makes the document lay
    // itself out twice per paper; a fixed one keeps showing a paper to one layout pass.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_browser->document()->setDocumentMargin(16);
    layout->addWidget(m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailView::linkActivated);
    connect(m_browser, &QTextBrowser::highlighted, this, &DetailView::linkHovered);
}

void DetailView::showPaper(const core::Paper& paper)
{
    m_paperId = paper.id.isValid() ? paper.id.id() : QString();
    SafeTextDocument* document = m_browser->safeDocument();
    document->clearAllowedResources();
    const QUrl thumbnailName(QStringLiteral("paperboy-thumbnail:") + m_paperId);
    document->allowResource(
        thumbnailName,
        PlaceholderTile::renderImage(m_paperId, paper.title, thumbnailSize, devicePixelRatioF()));
    DetailDocument(*document, palette()).build(paper, thumbnailName, thumbnailSize);
    m_browser->verticalScrollBar()->setValue(0);
}

void DetailView::showMessage(const QString& message)
{
    m_paperId.clear();
    m_browser->safeDocument()->clearAllowedResources();
    DetailDocument(*m_browser->safeDocument(), palette()).buildMessage(message);
}

} // namespace paperboy::ui
