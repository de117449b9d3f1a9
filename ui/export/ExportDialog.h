#pragma once

#include "export/ExportEntry.h"

#include <QDate>
#include <QDialog>

class QButtonGroup;
class QComboBox;

namespace paperboy::ui {

// File → Export…: what to export (every bookmark, the day shown, the search results shown)
// and in which format. A scope with nothing in it cannot be chosen. The format is remembered.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Bookmarks, Day, SearchResults };
    struct Counts
    {
        int bookmarks = 0;
        QDate day;
        int dayPapers = 0;
        int searchResults = 0; // 0 when no search is open
    };

    ExportDialog(const Counts& counts, Scope preferred, QWidget* parent = nullptr);

    Scope scope() const;
    exporting::Format format() const;
    // The file name to offer, e.g. "paperboy-2024-03-07.bib".
    QString suggestedFileName() const;
    // The format's extension without the dot ("bib"): a name typed without one gets it.
    QString fileSuffix() const;

    void accept() override; // remembers the format

private:
    QButtonGroup* m_scopes = nullptr;
    QComboBox* m_format = nullptr;
    QDate m_day;
};

} // namespace paperboy::ui
