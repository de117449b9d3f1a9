#pragma once

#include "ui/export/ExportDialog.h"

#include <QDate>
#include <QObject>
#include <QStringList>

namespace paperboy::ui {

class FeatureContext;
struct ExportRequest;

// File → Export… (bookmarks, the day shown or the search results shown, in BibTeX, RIS,
// Markdown or CSV) and File → Export Digest… (the day shown as a daily_papers_ko digest):
// the window's twins of `paperboy export` and `paperboy digest export`. Papers are read and
// files written all or nothing (QSaveFile) on a worker with its own cache connection, so the
// GUI thread waits neither for the queries nor for the disk.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(FeatureContext& context, QObject* parent = nullptr);

    // What the window shows as the dialog opens is what is exported, whatever it shows by
    // the time a file is chosen. `searchIds`: the results shown, in their order.
    void showExportDialog(const ExportDialog::Counts& counts, const QStringList& searchIds,
                          ExportDialog::Scope preferred);
    // `cached`: the cache holds `day`.
    void exportDigest(QDate day, bool cached);

signals:
    // `path` is empty when the writing failed.
    void exported(const QString& path, int papers);
    // `withoutKorean` of the `papers` had no Korean text.
    void digestExported(const QString& path, int papers, int withoutKorean);

private:
    void exportTo(const ExportRequest& request);
    void writeExport(const ExportRequest& request);
    void writeDigest(QDate day, const QString& path);

    FeatureContext& m_context;
};

} // namespace paperboy::ui
