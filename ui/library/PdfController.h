#pragma once

#include "pdf/PdfDownload.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace paperboy::pdf {
struct PdfSettings;
}

namespace paperboy::ui {

class Actions;
class FeatureContext;
class PdfDownloads;

// Offline PDFs: a bookmark fetches its paper's PDF in the background (Settings → PDFs), Open
// PDF shows the kept file (else arXiv's), and removing a bookmark offers to delete it.
// Downloads are off until enable(), so that a window made by a test never reaches out.
class PdfController final : public QObject
{
    Q_OBJECT
public:
    PdfController(FeatureContext& context, const Actions& actions, QObject* parent = nullptr);
    ~PdfController() override;

    void enable(pdf::PdfOptions options);
    const QSet<QString>& keptIds() const { return m_kept; }

    // The library's answers, wired by the window.
    void setBookmarks(const QSet<QString>& bookmarks) { m_bookmarks = bookmarks; }
    void bookmarkSaved(const QString& paperId, bool on, bool ok);
    void applySettings(const pdf::PdfSettings& settings);
    // Every bookmark whose PDF is not kept (Settings → PDFs).
    void fetchMissing();

private:
    void openPdf();
    void offerToDelete(const QString& paperId);

    FeatureContext& m_context;
    std::unique_ptr<PdfDownloads> m_pdf; // null until enable()
    QSet<QString> m_kept;
    QSet<QString> m_bookmarks;
};

} // namespace paperboy::ui
