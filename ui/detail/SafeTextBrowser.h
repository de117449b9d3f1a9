#pragma once

#include <QHash>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>

namespace paperboy::ui {

// A document that resolves only resources put on its whitelist. QTextDocument's own
// loadResource falls back to reading local files and decoding data: URLs, which untrusted
// digest text could name; this one never does.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

    void allowResource(const QUrl& name, const QVariant& value);
    void clearAllowedResources();
    QVariant allowedResource(const QUrl& name) const { return m_allowed.value(name); }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QHash<QUrl, QVariant> m_allowed;
};

// A read-only rich-text view that never navigates and never loads anything on its own: links
// are only reported (anchorClicked), images come only from the document's whitelist.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget* parent = nullptr);

    SafeTextDocument* safeDocument() const { return m_document; }

    QVariant loadResource(int type, const QUrl& name) override;

protected:
    // Navigation (setSource, backward/forward, history) would load the URL: ignored.
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;

private:
    SafeTextDocument* m_document = nullptr;
};

} // namespace paperboy::ui
