#pragma once

#include <QObject>

class QUrl;

namespace paperboy::ui {

class Actions;
class FeatureContext;

// A paper's page on arXiv: Open in Browser, Copy Link, and what is offered when no browser
// takes a link (copying it, in a dialog the reader sees where they pressed the key).
class PaperLinksController final : public QObject
{
    Q_OBJECT
public:
    PaperLinksController(FeatureContext& context, const Actions& actions,
                         QObject* parent = nullptr);

    void openPaperPage(const QString& paperId);

private:
    void copyLink();
    void offerToCopy(const QUrl& url);

    FeatureContext& m_context;
};

} // namespace paperboy::ui
