#pragma once

#include "pdf/PdfSettings.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace paperboy::ui {

// Settings → PDFs: whether bookmarking keeps the paper's PDF for reading offline, the largest
// file kept, where they are, and a button that fetches the PDFs every bookmark still misses.
// Every change is saved and announced at once.
class PdfSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    // `folder`: where the PDFs are kept (inside the user-data folder).
    explicit PdfSettingsPage(const QString& folder, QWidget* parent = nullptr);

signals:
    void changed(const paperboy::pdf::PdfSettings& settings);
    void fetchMissingRequested();

private:
    void save();

    QCheckBox* m_download = nullptr;
    QSpinBox* m_maxSize = nullptr;
};

} // namespace paperboy::ui
