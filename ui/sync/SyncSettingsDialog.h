#pragma once

#include "ui/window/ReaderSettings.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace paperboy::ui {

// Sync > Settings: whether the window syncs at start, how many recent days, how often.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SyncSettingsDialog(const SyncSettings& settings, QWidget* parent = nullptr);

    SyncSettings settings() const;

private:
    QCheckBox* m_onStart = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_interval = nullptr;
};

} // namespace paperboy::ui
