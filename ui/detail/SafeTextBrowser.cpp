#include "ui/detail/SafeTextBrowser.h"

namespace paperboy::ui {

void SafeTextDocument::allowResource(const QUrl& name, const QVariant& value)
{
    m_allowed.insert(name, value);
}

void SafeTextDocument::clearAllowedResources()
{
    m_allowed.clear();
}

QVariant SafeTextDocument::loadResource(int, const QUrl& name)
{
    // Deliberately not the base implementation: see the class comment.
    return m_allowed.value(name);
}

SafeTextBrowser::SafeTextBrowser(QWidget* parent) : QTextBrowser(parent)
{
    m_document = new SafeTextDocument(this);
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl& name)
{
    return m_document->allowedResource(name);
}

void SafeTextBrowser::doSetSource(const QUrl&, QTextDocument::ResourceType) {}

} // namespace paperboy::ui
