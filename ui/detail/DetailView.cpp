#include "ui/detail/DetailView.h"

#include "ui/detail/HighlightList.h"

#include "core/MediaKind.h"
#include "ui/detail/AskPanel.h"
#include "ui/detail/DetailDocument.h"
#include "ui/detail/DetailThumbnailImage.h"
#include "ui/detail/NoteEditor.h"
#include "ui/detail/RelatedPapers.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/thumbs/PlaceholderTile.h"
#include "ui/thumbs/ThumbnailSource.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace paperboy::ui {
namespace {

// The 1.91:1 shape of the social thumbnails; a narrow or low pane (a 1024x700 window) gets
// the smaller slot, so that the abstract starts on the first screen.
constexpr QSize largeSlot(320, 168);
constexpr QSize compactSlot(224, 117);

constexpr int compactBelowHeight = 760;

QSize slotSizeFor(QSize viewport)
{
    return viewport.width() < 560 || viewport.height() < 480 ? compactSlot : largeSlot;
}

QUrl thumbnailResourceName(const QString& paperId)
{
    return QUrl(QStringLiteral("paperboy-thumbnail:") + paperId);
}

// Asks for the rest of the paper shown as number `generation`.
class AppendRestEvent final : public QEvent
{
public:
    explicit AppendRestEvent(int shown) : QEvent(type()), generation(shown) {}
    static QEvent::Type type()
    {
        static const QEvent::Type registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    const int generation;
};

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
    m_paperBar = new QToolBar(this);
    m_paperBar->setObjectName(QStringLiteral("detailPaperBar"));
    m_paperBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_paperBar->setIconSize(QSize(16, 16));
    m_paperBar->setContentsMargins(10, 0, 10, 0);
    m_paperBar->hide(); // until an action is added
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("detailWhy"));
    m_why->setTextFormat(Qt::PlainText); // terms come from papers' text: never markup
    m_why->setWordWrap(true);
    m_why->setContentsMargins(16, 2, 16, 2);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->hide();
    m_note = new NoteEditor(this);
    m_note->hide();
    m_related = new RelatedPapers(this);
    m_related->hide();
    m_ask = new AskPanel(this);
    m_ask->hide();
    layout->addWidget(m_paperBar);
    layout->addWidget(m_why);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_related);
    layout->addWidget(m_note);
    layout->addWidget(m_ask);
    m_highlightList = new HighlightList(this);
    layout->addWidget(m_highlightList);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url != DetailDocument::allAuthorsUrl()) {
            emit linkActivated(url);
        } else if (m_shown) {
            m_allAuthorsOf = m_paperId; // "and N more": the same paper with every name
            refreshPaper(*m_shown);
        }
    });
    connect(m_browser, &QTextBrowser::highlighted, this, &DetailView::linkHovered);
    m_browser->viewport()->installEventFilter(this);
}

DetailView::~DetailView() = default;

void DetailView::showPaper(const core::Paper& paper)
{
    present(paper, false);
    m_browser->verticalScrollBar()->setValue(0);
}

void DetailView::refreshPaper(const core::Paper& paper)
{
    const int scroll = m_browser->verticalScrollBar()->value();
    present(paper, true);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void DetailView::present(const core::Paper& paper, bool whole)
{
    m_paperId = paper.id.isValid() ? paper.id.id() : QString();
    m_note->setVisible(!m_paperId.isEmpty());
    m_ask->setVisible(!m_paperId.isEmpty());
    m_highlightList->showFor(m_paperId);
    m_related->setVisible(!m_paperId.isEmpty());
    if (m_related->paperId() != m_paperId)
        m_related->clearFor(m_paperId); // a refresh of the same paper keeps its answer
    m_paperBar->setVisible(!m_paperId.isEmpty() && !m_paperBar->actions().isEmpty());
    m_shown = paper;
    m_why->setVisible(!m_paperId.isEmpty() && m_paperId == m_whyPaperId &&
                      !m_why->text().isEmpty());
    m_slotSize = slotSizeFor(m_browser->viewport()->size());
    SafeTextDocument* document = m_browser->safeDocument();
    document->clearAllowedResources();
    const QUrl thumbnailName = thumbnailResourceName(m_paperId);
    document->allowResource(thumbnailName, thumbnailFor(paper));
    ++m_generation;
    m_rest.reset();
    m_restRequested = false;
    auto builder = std::make_unique<DetailDocument>(*document, palette());
    builder->setAllAuthors(!m_paperId.isEmpty() && m_allAuthorsOf == m_paperId);
    // A pane that is not on screen gets the whole paper at once: nothing would paint it.
    const qreal visibleHeight = m_browser->isVisible() && !whole
                                    ? qreal(m_browser->viewport()->height())
                                    : std::numeric_limits<qreal>::infinity();
    builder->build(paper, thumbnailName, m_slotSize, visibleHeight);
    if (builder->hasRest())
        m_rest = std::move(builder);
    applyHighlights();
    if (!m_paperId.isEmpty())
        emit paperShown(m_paperId);
    emit shownPaperChanged(m_paperId);
}

void DetailView::addPaperAction(QAction* action)
{
    m_paperBar->addAction(action);
    m_paperBar->setVisible(!m_paperId.isEmpty());
}

void DetailView::setWhy(const QString& paperId, const QString& why)
{
    m_whyPaperId = paperId;
    m_why->setText(why);
    m_why->setVisible(!why.isEmpty() && !paperId.isEmpty() && paperId == m_paperId);
}

QSize DetailView::thumbnailSlotSize() const
{
    return m_slotSize;
}

void DetailView::setThumbnails(ThumbnailSource* source)
{
    m_thumbnails = source;
    if (!source)
        return;
    connect(&source->loader(), &thumbs::ThumbnailLoader::finished, this, &DetailView::onThumbnail);
    if (m_shown)
        refreshPaper(*m_shown);
}

QPixmap DetailView::thumbnailFor(const core::Paper& paper)
{
    const qreal ratio = devicePixelRatioF();
    m_thumbnailHasVideo = std::any_of(paper.mediaUrls.cbegin(), paper.mediaUrls.cend(),
                                      [](const QString& url) { return core::isVideoUrl(url); });
    m_thumbnailUrl.clear();
    m_realThumbnail = false;
    if (m_thumbnails && !m_paperId.isEmpty()) {
        thumbs::ThumbnailLoader& loader = m_thumbnails->loader();
        const QSize device = (QSizeF(m_slotSize) * ratio).toSize();
        const thumbs::ThumbnailChoice choice =
            loader.policy().choose(m_paperId, paper.thumbnailUrl, paper.mediaUrls);
        const QImage cached = choice.allowed ? loader.cached(choice.url, device) : QImage();
        if (!cached.isNull()) {
            m_realThumbnail = true;
            return QPixmap::fromImage(
                detailThumbnailImage(cached, m_slotSize, ratio, m_thumbnailHasVideo));
        }
        // A refused host is logged by the loader and answered with the placeholder.
        m_thumbnailUrl = loader.requestFor(m_paperId, paper.thumbnailUrl, paper.mediaUrls, device,
                                           thumbs::Priority::Visible);
    }
    QImage placeholder = PlaceholderTile::renderImage(m_paperId, paper.title, m_slotSize, ratio);
    if (m_thumbnailHasVideo)
        placeholder = detailThumbnailImage(placeholder, m_slotSize, ratio, true);
    // A pixmap: the document draws (and sizes) the resource as one, so it is converted once here
    // and not on every paint.
    return QPixmap::fromImage(placeholder);
}

QRect DetailView::thumbnailViewportRect() const
{
    const QString name = thumbnailResourceName(m_paperId).toString();
    QTextDocument* document = m_browser->document();
    // The slot is in the paper's first few blocks (title, authors, links, slot).
    int blocks = 0;
    for (QTextBlock block = document->begin(); block.isValid() && blocks < 12;
         block = block.next(), ++blocks) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name() == name) {
                const QRectF inDocument = document->documentLayout()->blockBoundingRect(block);
                return inDocument
                    .translated(-m_browser->horizontalScrollBar()->value(),
                                -m_browser->verticalScrollBar()->value())
                    .toAlignedRect();
            }
        }
    }
    return m_browser->viewport()->rect();
}

void DetailView::onThumbnail(const thumbs::ThumbnailResult& result)
{
    if (m_paperId.isEmpty() || result.paperId != m_paperId || result.url != m_thumbnailUrl ||
        !result.ok() || result.image.isNull())
        return;
    const qreal ratio = devicePixelRatioF();
    if (result.size != (QSizeF(m_slotSize) * ratio).toSize())
        return; // asked on another screen
    m_browser->safeDocument()->allowResource(
        thumbnailResourceName(m_paperId),
        QPixmap::fromImage(
            detailThumbnailImage(result.image, m_slotSize, ratio, m_thumbnailHasVideo)));
    m_realThumbnail = true;
    // The slot has its size from the start: repainting it is enough, nothing is laid out again
    // and the text around it is not drawn again.
    m_browser->viewport()->update(thumbnailViewportRect());
}

void DetailView::showMessage(const QString& message)
{
    ++m_generation;
    m_rest.reset();
    m_paperId.clear();
    m_note->flush();
    m_note->hide();
    m_why->hide();
    m_ask->hide();
    m_highlightList->showFor(QString());
    m_related->hide();
    m_related->clearFor(QString());
    m_paperBar->hide();
    m_thumbnailUrl.clear();
    m_realThumbnail = false;
    m_shown.reset();
    m_browser->safeDocument()->clearAllowedResources();
    DetailDocument(*m_browser->safeDocument(), palette()).buildMessage(message);
    emit shownPaperChanged(QString());
}

bool DetailView::eventFilter(QObject* watched, QEvent* event)
{
    // The pane is painting what it shows of the paper: the rest follows once that frame is out
    // and whatever else was waiting has been handled.
    if (event->type() == QEvent::Paint && watched == m_browser->viewport() && m_rest &&
        !m_restRequested) {
        m_restRequested = true;
        QCoreApplication::postEvent(this, new AppendRestEvent(m_generation), Qt::LowEventPriority);
    }
    return QWidget::eventFilter(watched, event);
}

void DetailView::changeEvent(QEvent* event)
{
    // The document takes its colours when it is built: a new palette (the theme in Settings,
    // or the desktop's dark mode) builds the paper on show again.
    if (event->type() == QEvent::PaletteChange && m_shown)
        refreshPaper(*m_shown);
    QWidget::changeEvent(event);
}

bool DetailView::event(QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        // A low pane (a 1024x700 window) keeps most of its height for the paper: fewer
        // similar papers and note lines at once, the rest a scroll away.
        const bool low = static_cast<QResizeEvent*>(event)->size().height() < compactBelowHeight;
        m_related->setVisibleRows(low ? 3 : RelatedPapers::maxPapers);
        m_note->setVisibleLines(low ? 2 : 4);
        m_ask->setVisibleLines(low ? 4 : 8);
    }
    if (event->type() != AppendRestEvent::type())
        return QWidget::event(event);
    if (static_cast<AppendRestEvent*>(event)->generation == m_generation && m_rest) {
        m_rest->appendRest();
        m_rest.reset();
        applyHighlights();
    }
    return true;
}

void DetailView::setHighlightTerms(const QStringList& terms)
{
    if (terms == m_highlightTerms)
        return;
    m_highlightTerms = terms;
    applyHighlights();
}

void DetailView::applyHighlights()
{
    // Enough marks for a long paper; a word on every line of it needs no more.
    constexpr int maxMarks = 400;
    QList<QTextEdit::ExtraSelection> marks;
    QTextDocument* document = m_browser->document();
    QTextCharFormat format;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlphaF(0.3f);
    format.setBackground(background);
    for (const QString& term : std::as_const(m_highlightTerms)) {
        if (term.trimmed().isEmpty() || m_paperId.isEmpty())
            continue;
        QTextCursor found = document->find(term);
        while (!found.isNull() && marks.size() < maxMarks) {
            marks.append({found, format});
            found = document->find(term, found);
        }
    }
    m_browser->setExtraSelections(marks);
}

} // namespace paperboy::ui
