#include "ui/reader/ReadController.h"

#include "pdf/PdfFiles.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserStore.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/reader/PdfPageView.h"
#include "ui/reader/ReadView.h"
#include "ui/reader/ReaderFetch.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QPdfDocument>

namespace paperboy::ui {

ReadController::ReadController(FeatureContext& context, ReadView& view, QObject* parent)
    : QObject(parent), m_context(context), m_view(view)
{
    m_document = new QPdfDocument(this);
    m_readAction = new QAction(tr("&Read"), this);
    m_readAction->setObjectName(QStringLiteral("readPaper"));
    m_readAction->setShortcut(QKeySequence(Qt::Key_R));
    m_readAction->setStatusTip(tr("Reads the paper's PDF here, with highlights (R)"));
    connect(m_readAction, &QAction::triggered, this, &ReadController::readShownPaper);
    m_savePage.setSingleShot(true);
    m_savePage.setInterval(1000);
    connect(&m_savePage, &QTimer::timeout, this, &ReadController::saveReadingPage);

    connect(&view, &ReadView::closeRequested, this, &ReadController::close);
    connect(&view, &ReadView::currentPageChanged, this, [this](int page) {
        if (m_paperId.isEmpty() || m_document->status() != QPdfDocument::Status::Ready)
            return;
        m_currentPage = page + 1;
        m_savePage.start();
    });
    connect(&view, &ReadView::highlightRequested, this, &ReadController::addHighlight);
    connect(&view, &ReadView::highlightCommentRequested, this, &ReadController::editComment);
    connect(&view, &ReadView::highlightRemoveRequested, this, &ReadController::removeHighlight);
    connect(&view, &ReadView::cancelFetchRequested, this, [this] {
        if (m_fetch)
            m_fetch->cancel();
        close();
    });
    connect(&view, &ReadView::keepRequested, this, [this] {
        if (m_fetch && !m_paperId.isEmpty())
            m_fetch->keep(m_paperId);
    });
}

ReadController::~ReadController()
{
    if (m_savePage.isActive())
        saveReadingPage();
}

void ReadController::enableDownloads(pdf::PdfOptions options)
{
    if (m_fetch)
        return;
    m_fetch = std::make_unique<ReaderFetch>(m_context.paths(), std::move(options));
    connect(m_fetch.get(), &ReaderFetch::progress, this,
            [this](const QString& id, qint64 received, qint64 total) {
                if (id == m_paperId)
                    m_view.showFetching(received, total);
            });
    connect(m_fetch.get(), &ReaderFetch::finished, this, &ReadController::onFetched);
    connect(m_fetch.get(), &ReaderFetch::kept, this, [this](const QString& id, bool ok) {
        if (id == m_paperId && ok)
            m_view.setKeepOffered(false);
        m_context.showStatus(ok ? tr("The PDF is kept for reading offline.")
                                : tr("The PDF could not be kept."));
    });
}

void ReadController::readShownPaper()
{
    if (!m_paperId.isEmpty()) {
        close(); // R again goes back
        return;
    }
    const QString id = m_context.focus().shownPaperId();
    if (id.isEmpty()) {
        m_context.showStatus(tr("Choose a paper to read first."));
        return;
    }
    showPage(id, 0);
}

void ReadController::showPage(const QString& paperId, int page)
{
    if (paperId == m_paperId && m_document->status() == QPdfDocument::Status::Ready) {
        if (page > 0)
            m_view.pages()->scrollToPage(page - 1);
        emit opened(paperId);
        return;
    }
    if (m_savePage.isActive())
        saveReadingPage();
    m_paperId = paperId;
    m_askedPage = page;
    m_currentPage = 0;
    m_highlights.clear();
    m_view.showDocument(nullptr);
    m_document->close();
    QString title = paperId;
    if (store::CacheReader* cache = m_context.reader()) {
        if (const auto paper = cache->paper(paperId))
            title = paper->title;
    }
    m_view.setTitle(title);
    m_view.setKeepOffered(false);
    emit opened(paperId);
    // A stat of two files, no read: the kept copy first, then one fetched to read before.
    const QString kept = pdf::PdfFiles(m_context.paths().userFile).fileFor(paperId);
    const QString reading = ReaderFetch::readingFiles(m_context.paths()).fileFor(paperId);
    if (!kept.isEmpty() && QFileInfo::exists(kept)) {
        openFile(kept, true);
    } else if (!reading.isEmpty() && QFileInfo::exists(reading)) {
        openFile(reading, false);
    } else if (m_fetch) {
        m_view.showFetching(0, -1);
        m_fetch->fetch(paperId);
    } else {
        m_view.showMessage(tr("This paper's PDF is not kept, and Paperboy is offline."));
    }
}

void ReadController::onFetched(const pdf::PdfResult& result)
{
    if (result.paperId != m_paperId)
        return;
    using Outcome = pdf::PdfResult::Outcome;
    if (result.outcome == Outcome::Downloaded || result.outcome == Outcome::AlreadyThere)
        openFile(result.file, false);
    else if (result.outcome == Outcome::Failed)
        m_view.showMessage(tr("The PDF could not be fetched: %1").arg(result.error));
}

void ReadController::openFile(const QString& file, bool kept)
{
    // QPdfDocument reads the cross-reference table and no page: a few milliseconds for a
    // paper (paperboy-bench "read_open_first_page_ms"); pages render on another thread.
    if (m_document->load(file) != QPdfDocument::Error::None) {
        m_view.showMessage(tr("The PDF could not be opened: %1").arg(file));
        return;
    }
    m_view.showDocument(m_document);
    m_view.setKeepOffered(!kept);
    if (m_askedPage > 0)
        m_view.pages()->scrollToPage(m_askedPage - 1);
    emit documentShown(m_paperId, m_document->pageCount());
    loadUserData();
}

void ReadController::loadUserData()
{
    const QString id = m_paperId;
    m_context.userData().run(this, [this, id](store::UserStore* store) -> std::function<void()> {
        if (!store)
            return {};
        QList<store::Highlight> highlights = store->highlights(id);
        const int remembered = store->readingPage(id).value_or(0);
        return [this, id, highlights = std::move(highlights), remembered] {
            if (id != m_paperId)
                return;
            m_highlights = highlights;
            m_view.pages()->setHighlights(highlights);
            if (m_askedPage == 0 && remembered > 1 && m_currentPage <= 1)
                m_view.pages()->scrollToPage(remembered - 1);
        };
    });
}

void ReadController::loadHighlightsFor(const QString& paperId)
{
    if (paperId.isEmpty())
        return;
    m_context.userData().run(this,
                             [this, paperId](store::UserStore* store) -> std::function<void()> {
                                 if (!store)
                                     return {};
                                 QList<store::Highlight> highlights = store->highlights(paperId);
                                 return [this, paperId, highlights = std::move(highlights)] {
                                     emit paperHighlightsLoaded(paperId, highlights);
                                 };
                             });
}

void ReadController::saveReadingPage()
{
    m_savePage.stop();
    if (m_paperId.isEmpty() || m_currentPage < 1)
        return;
    const QString id = m_paperId;
    const int page = m_currentPage;
    m_context.userData().run(this, [id, page](store::UserStore* store) -> std::function<void()> {
        QString error;
        if (store && !store->setReadingPage(id, page, &error))
            qWarning("paperboy: cannot save the page read: %s", qUtf8Printable(error));
        return {};
    });
}

void ReadController::close()
{
    if (m_paperId.isEmpty())
        return;
    if (m_savePage.isActive())
        saveReadingPage();
    m_paperId.clear();
    m_view.showDocument(nullptr);
    m_document->close();
    m_highlights.clear();
    emit closed();
}

void ReadController::writeHighlight(std::function<bool(store::UserStore*, QString*)> change)
{
    const QString id = m_paperId;
    m_context.userData().run(
        this, [this, id, change](store::UserStore* store) -> std::function<void()> {
            QString error = tr("The user file is not open.");
            const bool ok = store && change(store, &error);
            QList<store::Highlight> highlights =
                store ? store->highlights(id) : QList<store::Highlight>();
            return [this, id, ok, error, highlights = std::move(highlights)] {
                if (!ok)
                    m_context.showStatus(tr("The highlight could not be saved: %1").arg(error));
                if (id == m_paperId) {
                    m_highlights = highlights;
                    m_view.pages()->setHighlights(highlights);
                }
                emit highlightsChanged(id);
            };
        });
}

void ReadController::addHighlight(int page, const QString& text, const QList<QRectF>& rects,
                                  const QString& colour, const QString& comment)
{
    store::Highlight highlight;
    highlight.paperId = m_paperId;
    highlight.page = page + 1;
    highlight.text = text.trimmed();
    highlight.rects = rects;
    highlight.colour = colour;
    highlight.comment = comment;
    writeHighlight([highlight](store::UserStore* store, QString* error) mutable {
        return store->saveHighlight(highlight, error);
    });
}

void ReadController::editComment(const QString& uid)
{
    for (const store::Highlight& h : std::as_const(m_highlights)) {
        if (h.uid != uid)
            continue;
        bool ok = false;
        const QString comment = QInputDialog::getMultiLineText(
            &m_view, tr("Highlight"), tr("Comment on the highlighted text:"), h.comment, &ok);
        if (!ok)
            return;
        store::Highlight changed = h;
        changed.comment = comment.trimmed();
        writeHighlight([changed](store::UserStore* store, QString* error) mutable {
            return store->saveHighlight(changed, error);
        });
        return;
    }
}

void ReadController::removeHighlight(const QString& uid)
{
    writeHighlight([uid](store::UserStore* store, QString* error) {
        return store->removeHighlight(uid, error);
    });
}

} // namespace paperboy::ui
