#include "ui/detail/PaperLinksController.h"

#include "core/ArxivId.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/LinkOpener.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace paperboy::ui {

PaperLinksController::PaperLinksController(FeatureContext& context, const Actions& actions,
                                           QObject* parent)
    : QObject(parent), m_context(context)
{
    LinkOpener& links = context.links();
    connect(actions.openPaper, &QAction::triggered, this,
            [this] { openPaperPage(m_context.focus().commandPaperId()); });
    connect(actions.copyLink, &QAction::triggered, this, &PaperLinksController::copyLink);
    connect(&links, &LinkOpener::refused, this,
            [this](const QString& message) { m_context.showStatus(message); });
    connect(&links, &LinkOpener::noBrowser, this, &PaperLinksController::offerToCopy);
}

void PaperLinksController::openPaperPage(const QString& paperId)
{
    const std::optional<core::ArxivId> id = core::ArxivId::parse(paperId);
    if (!id) {
        m_context.showStatus(tr("Select a paper first."));
        return;
    }
    if (m_context.links().open(id->absUrl()))
        m_context.showStatus(tr("Opened %1").arg(id->absUrl().toDisplayString()));
}

void PaperLinksController::copyLink()
{
    const std::optional<core::ArxivId> id =
        core::ArxivId::parse(m_context.focus().commandPaperId());
    if (!id) {
        m_context.showStatus(tr("Select a paper first."));
        return;
    }
    const QString url = id->absUrl().toString();
    QGuiApplication::clipboard()->setText(url);
    m_context.showStatus(tr("Copied %1").arg(url));
}

void PaperLinksController::offerToCopy(const QUrl& url)
{
    // A dialog, not only the status bar: a toolbar button's status tip replaces a message the
    // moment the pointer moves, and the reader pressed a key or a button expecting a page.
    const QString name = QStringLiteral("noBrowserBox");
    QWidget* window = m_context.window();
    if (auto* open = window ? window->findChild<QMessageBox*>(name) : nullptr)
        open->close();
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("No web browser"),
        tr("No web browser could be started to open %1.").arg(url.toDisplayString()),
        QMessageBox::NoButton, window);
    box->setObjectName(name);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Copy the link and open it where you can."));
    QPushButton* copy = box->addButton(tr("&Copy Link"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(copy);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    connect(copy, &QPushButton::clicked, this, [this, url] {
        QGuiApplication::clipboard()->setText(url.toString());
        m_context.showStatus(tr("Copied %1").arg(url.toString()));
    });
    box->show();
}

} // namespace paperboy::ui
