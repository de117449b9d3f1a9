#pragma once

#include <QDialog>

class QTableWidget;

namespace paperboy::ui {

// Help → Keyboard Shortcuts: every action of `window` that has a shortcut, read from the
// window's actions when the dialog opens, so the list cannot fall behind the menus.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window);

    // Rows shown: action text (no mnemonics) and its shortcuts as the platform writes them.
    QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget* m_table = nullptr;
};

} // namespace paperboy::ui
