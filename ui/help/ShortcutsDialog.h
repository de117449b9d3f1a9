#pragma once

#include <QDialog>

class QTableWidget;

namespace paperboy::ui {

// Help → Keyboard Shortcuts: every action of `window` that has a shortcut, read from the
// window's actions when the dialog opens, so the list cannot fall behind the menus. Grouped
// under the menus that hold them, in the menu bar's order; actions in no menu come last.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window);

    // Rows shown: action text (no mnemonics) and its shortcuts as the platform writes them.
    QList<QPair<QString, QString>> rows() const;
    // The group headings, in order.
    QStringList groups() const;
    // A menu text as a label: no mnemonic, neither "&Quit" nor the "종료(&Q)" that CJK
    // translations write, no ellipsis; "&&" is a literal ampersand.
    static QString plainText(const QString& menuText);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace paperboy::ui
