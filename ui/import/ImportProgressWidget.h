#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace paperboy::ui {

// Status-bar widget of a running import: "Importing 12/265…", a progress bar and Cancel.
class ImportProgressWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgressWidget(QWidget* parent = nullptr);

    // total 0: the files are still being found.
    void setProgress(int done, int total, bool cancelling);
    QString text() const;

signals:
    void cancelRequested();

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace paperboy::ui
