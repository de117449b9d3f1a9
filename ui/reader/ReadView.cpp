#include "ui/reader/ReadView.h"

#include "ui/reader/PdfPageView.h"
#include "ui/style/HighlightColours.h"

#include <QBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>

namespace paperboy::ui {
namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

ReadView::ReadView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readView"));
    m_bookmarks = new QPdfBookmarkModel(this);
    m_search = new QPdfSearchModel(this);
    m_pages = new PdfPageView(this);
    m_pages->setSearchModel(m_search);
    m_outline = new QTreeView(this);
    m_outline->setObjectName(QStringLiteral("readOutline"));
    m_outline->setModel(m_bookmarks);
    m_outline->setHeaderHidden(true);
    m_outline->setFocusPolicy(Qt::ClickFocus);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 800});

    auto* waiting = new QWidget(this);
    m_message = new QLabel(waiting);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(waiting);
    m_progress->setMaximumWidth(360);
    auto* cancel = new QPushButton(tr("Cancel"), waiting);
    connect(cancel, &QPushButton::clicked, this, &ReadView::cancelFetchRequested);
    auto* waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch();
    waitingLayout->addWidget(m_message);
    waitingLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    waitingLayout->addWidget(cancel, 0, Qt::AlignHCenter);
    waitingLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(waiting);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeToolBar());
    layout->addWidget(m_stack, 1);

    connect(m_pages, &PdfPageView::currentPageChanged, this, [this](int page) {
        updatePageLabel(page);
        emit currentPageChanged(page);
    });
    connect(m_pages, &PdfPageView::selectionMade, this, &ReadView::offerHighlight);
    connect(m_pages, &PdfPageView::highlightClicked, this, &ReadView::offerHighlightCommands);
    connect(m_outline, &QTreeView::activated, this, &ReadView::outlineActivated);
    connect(m_outline, &QTreeView::clicked, this, &ReadView::outlineActivated);
    // The first match is shown as soon as the search finds it.
    connect(m_search, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_match < 0)
            findNext(1);
    });
}

bool ReadView::event(QEvent* event)
{
    // Ctrl+F and Esc mean find and back here, not the window's filter and list commands.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Find) || key->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

ReadView::~ReadView() = default;

QWidget* ReadView::makeToolBar()
{
    auto* bar = new QWidget(this);
    auto* back = toolButton(tr("← Back"), tr("Back to the paper (Esc)"), bar);
    connect(back, &QToolButton::clicked, this, &ReadView::closeRequested);
    m_outlineToggle = toolButton(tr("Outline"), tr("Show or hide the outline"), bar);
    m_outlineToggle->setCheckable(true);
    m_outlineToggle->setChecked(true);
    connect(m_outlineToggle, &QToolButton::toggled, this,
            [this](bool on) { m_outline->setVisible(on); });
    m_title = new QLabel(bar);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out (Ctrl+-)"), bar);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QToolButton::clicked, this,
            [this] { m_pages->setZoom(m_pages->zoom() / 1.2); });
    auto* zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (Ctrl++)"), bar);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QToolButton::clicked, this,
            [this] { m_pages->setZoom(m_pages->zoom() * 1.2); });
    auto* fit = toolButton(tr("Fit Width"), tr("Fit the page to the width (Ctrl+0)"), bar);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QToolButton::clicked, m_pages, &PdfPageView::fitWidth);
    m_pageLabel = new QLabel(bar);
    m_find = new QLineEdit(bar);
    m_find->setObjectName(QStringLiteral("readFind"));
    m_find->setPlaceholderText(tr("Find in the PDF (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_match = -1;
        m_pages->setCurrentMatch(-1, {});
        m_search->setSearchString(text.trimmed());
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(1); });
    m_keep = new QPushButton(tr("Keep PDF"), bar);
    m_keep->setToolTip(tr("Keep this PDF for reading offline"));
    m_keep->setVisible(false);
    connect(m_keep, &QPushButton::clicked, this, &ReadView::keepRequested);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(back);
    layout->addWidget(m_outlineToggle);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_keep);
    layout->addWidget(zoomOut);
    layout->addWidget(zoomIn);
    layout->addWidget(fit);
    layout->addWidget(m_pageLabel);
    layout->addWidget(m_find);
    return bar;
}

void ReadView::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setToolTip(title);
}

void ReadView::showDocument(QPdfDocument* document)
{
    m_document = document;
    m_find->clear();
    m_match = -1;
    m_search->setDocument(document);
    m_bookmarks->setDocument(document);
    m_pages->setDocument(document);
    m_outline->expandToDepth(0);
    const bool hasOutline = document && m_bookmarks->rowCount() > 0;
    m_outlineToggle->setEnabled(hasOutline);
    m_outline->setVisible(hasOutline && m_outlineToggle->isChecked());
    m_stack->setCurrentIndex(0);
    updatePageLabel(m_pages->currentPage());
    m_pages->setFocus();
}

void ReadView::showFetching(qint64 received, qint64 total)
{
    m_message->setText(tr("Fetching the PDF…"));
    m_progress->setVisible(true);
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(received * 1000 / total));
    m_stack->setCurrentIndex(1);
}

void ReadView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_progress->setVisible(false);
    m_stack->setCurrentIndex(1);
}

void ReadView::setKeepOffered(bool offered)
{
    m_keep->setVisible(offered);
}

void ReadView::findNext(int direction)
{
    const int count = m_search->rowCount({});
    if (count == 0)
        return;
    m_match = m_match < 0 ? (direction > 0 ? 0 : count - 1) : (m_match + direction + count) % count;
    const QPdfLink link = m_search->resultAtIndex(m_match);
    // Qt PDF gives a match character by character: its box is all of them.
    QRectF rect;
    for (const QRectF& character : link.rectangles())
        rect = rect.united(character);
    m_pages->setCurrentMatch(link.page(), rect);
    m_pages->scrollToPage(link.page(), qMax(0.0, rect.top() - 60));
}

void ReadView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Find)) {
        m_find->setFocus();
        m_find->selectAll();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_find->hasFocus() && !m_find->text().isEmpty()) {
        m_find->clear();
        m_pages->setFocus();
        return;
    }
    if (event->key() == Qt::Key_Escape || (event->key() == Qt::Key_R && !m_find->hasFocus())) {
        emit closeRequested();
        return;
    }
    if (m_find->hasFocus() && event->key() == Qt::Key_Return &&
        (event->modifiers() & Qt::ShiftModifier)) {
        findNext(-1);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReadView::outlineActivated(const QModelIndex& index)
{
    const int page = index.data(int(QPdfBookmarkModel::Role::Page)).toInt();
    const QPointF location = index.data(int(QPdfBookmarkModel::Role::Location)).toPointF();
    m_pages->scrollToPage(page, location.y());
}

void ReadView::updatePageLabel(int page)
{
    const int count = m_pages->pageCount();
    m_pageLabel->setText(count > 0 ? tr("%1 / %2").arg(page + 1).arg(count) : QString());
}

void ReadView::offerHighlight(int page, const QString& text, const QList<QRectF>& rects,
                              const QPoint& at)
{
    QMenu menu(this);
    for (const QString& colour : store::highlightColours()) {
        QAction* action = menu.addAction(tr("Highlight %1").arg(highlightColourLabel(colour)));
        connect(action, &QAction::triggered, this,
                [=] { emit highlightRequested(page, text, rects, colour, QString()); });
    }
    QAction* withComment = menu.addAction(tr("Highlight with Comment…"));
    connect(withComment, &QAction::triggered, this, [=] {
        bool ok = false;
        const QString comment = QInputDialog::getMultiLineText(
            this, tr("Highlight"), tr("Comment on the highlighted text:"), QString(), &ok);
        if (ok)
            emit highlightRequested(page, text, rects, store::highlightColours().constFirst(),
                                    comment.trimmed());
    });
    menu.exec(at);
    m_pages->clearSelection();
}

void ReadView::offerHighlightCommands(const QString& uid, const QPoint& at)
{
    QMenu menu(this);
    connect(menu.addAction(tr("Edit Comment…")), &QAction::triggered, this,
            [=] { emit highlightCommentRequested(uid); });
    connect(menu.addAction(tr("Remove Highlight")), &QAction::triggered, this,
            [=] { emit highlightRemoveRequested(uid); });
    menu.exec(at);
}

} // namespace paperboy::ui
