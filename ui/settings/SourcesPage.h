#pragma once

#include "sync/SourceRegistry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace paperboy::ui {

class SourceTestPanel;

// Settings > Sources (also Sync > Sources...): the built-in sources (switch on or off) and the
// user's own (add, edit, remove), and a test of the selected one. Entries are checked by the
// engine's own rules (SourceRegistry::add) and a refusal is shown under the fields, never as a
// message box. Every change is saved to the list file at once and announced with changed().
class SourcesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPage(const QString& sourcesFile, QWidget* parent = nullptr);

    const sync::SourceRegistry& registry() const { return m_registry; }

    QListWidget* list() const { return m_list; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* urlField() const { return m_url; }
    QComboBox* formatBox() const { return m_format; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* removeButton() const { return m_remove; }
    SourceTestPanel* testPanel() const { return m_test; }
    QString problem() const;

signals:
    // The list file was saved: sync reloads it.
    void changed();

private:
    // Saves the list; false (and the reason under the fields) when it cannot be written.
    bool save();
    void fillList();
    void showSelected();
    sync::SourceDefinition fieldsSource() const;
    void addFromFields();
    void replaceSelected();
    void removeSelected();
    void setProblem(const QString& problem);
    QString selectedName() const;

    sync::SourceRegistry m_registry;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_remove = nullptr;
    SourceTestPanel* m_test = nullptr;
    bool m_filling = false;
};

} // namespace paperboy::ui
