#pragma once

#include "thumbs/ThumbnailSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace paperboy::ui {

// Settings → Thumbnails: background prefetch, the disk cache's size, and the image hosts the
// user allows besides Hugging Face's. Every change is saved and announced at once.
class ThumbnailSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ThumbnailSettingsPage(QWidget* parent = nullptr);

    // Adds the host in the entry field; false (and a message under the field) when it names
    // no host or is already allowed.
    bool addHostFromEntry();

signals:
    void changed(const paperboy::thumbs::ThumbnailSettings& settings);

private:
    void save();
    void updateButtons();

    QCheckBox* m_prefetch = nullptr;
    QSpinBox* m_diskLimit = nullptr;
    QListWidget* m_hosts = nullptr;
    QLineEdit* m_entry = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_entryMessage = nullptr;
};

} // namespace paperboy::ui
