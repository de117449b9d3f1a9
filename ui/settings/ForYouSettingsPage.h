#pragma once

#include "ui/common/ForYouModelState.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace paperboy::ui {

// Settings > For you: what the reader's model learnt from and when, and Reset, which deletes
// the model file only (the bookmarks and Not interested marks are the reader's data and stay).
class ForYouSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ForYouSettingsPage(QWidget* parent = nullptr);

    void setState(const ForYouModelState& state);
    QLabel* stateLabel() const { return m_state; }
    QPushButton* resetButton() const { return m_reset; }
    // Skips the confirmation (for tests).
    void setConfirmReset(bool confirm) { m_confirm = confirm; }

signals:
    void resetRequested();

private:
    void askReset();

    QLabel* m_state = nullptr;
    QPushButton* m_reset = nullptr;
    bool m_confirm = true;
};

} // namespace paperboy::ui
