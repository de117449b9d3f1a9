#pragma once

#include "ui/common/LibrarySyncThread.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paperboy::ui {

// Settings > Library: "Keep the library in step through a folder" (docs/library-sync.md). Off
// by default; choosing a folder turns it on. Shows this machine's name (editable) and id, and
// how it stands. Every change goes to the library-sync thread; the page only shows its answers.
class LibraryPage final : public QWidget
{
    Q_OBJECT
public:
    LibraryPage(LibrarySyncThread& sync, QWidget* parent = nullptr);

    QLabel* statusLabel() const { return m_status; }

private:
    void chooseFolder();
    void showStatus(const LibrarySyncStatus& status);

    LibrarySyncThread& m_sync;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_off = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace paperboy::ui
