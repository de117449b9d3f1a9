#include "ui/help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

constexpr int headingRole = Qt::UserRole + 1;

} // namespace

QString ShortcutsDialog::plainText(const QString& menuText)
{
    QString text = menuText;
    text.remove(QChar(0x2026)); // the ellipsis of "Go to Date…"
    // "&&" is a literal ampersand; a single "&" marks the mnemonic, and a mnemonic in
    // brackets after the text ("종료(&Q)") goes with its brackets.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^)]\\)"));
    text.remove(bracketed);
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

ShortcutsDialog::ShortcutsDialog(QWidget* window) : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table = new QTableWidget(this);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // The menus in the menu bar's order, each with its actions; then what no menu shows.
    QList<QPair<QString, QList<QAction*>>> groups;
    QSet<const QAction*> inMenus;
    if (const auto* menuBar = window->findChild<QMenuBar*>()) {
        for (const QAction* menuAction : menuBar->actions()) {
            const QMenu* menu = menuAction->menu();
            if (!menu)
                continue;
            QList<QAction*> members;
            for (QAction* action : menu->actions()) {
                if (!inMenus.contains(action) && !action->shortcuts().isEmpty()) {
                    members.append(action);
                    inMenus.insert(action);
                }
            }
            groups.append({plainText(menu->title()), members});
        }
    }
    QList<QAction*> others;
    for (QAction* action : window->actions()) {
        if (!inMenus.contains(action) && !action->shortcuts().isEmpty())
            others.append(action);
    }
    std::stable_sort(others.begin(), others.end(), [](const QAction* a, const QAction* b) {
        return plainText(a->text()).localeAwareCompare(plainText(b->text())) < 0;
    });
    groups.append({tr("Other"), others});

    QFont bold = m_table->font();
    bold.setBold(true);
    for (const auto& [title, actions] : std::as_const(groups)) {
        if (actions.isEmpty())
            continue;
        int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* heading = new QTableWidgetItem(title);
        heading->setFont(bold);
        heading->setData(headingRole, true);
        heading->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, heading);
        m_table->setSpan(row, 0, 1, 2);
        for (const QAction* action : actions) {
            if (action->text().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence& shortcut : action->shortcuts())
                keys.append(shortcut.toString(QKeySequence::NativeText));
            row = m_table->rowCount();
            m_table->insertRow(row);
            // QTableWidgetItem shows its text as plain text.
            m_table->setItem(row, 0, new QTableWidgetItem(plainText(action->text())));
            m_table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    }

    // The Read view's own keys, which no menu shows: there J and K move through the pages.
    const QList<QPair<QString, QString>> readKeys{
        {tr("Next screen"), tr("J, Page Down, Space")},
        {tr("Previous screen"), tr("K, Page Up")},
        {tr("Find in the PDF"),
         QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)},
        {tr("Back to the paper"), tr("Esc, R")},
    };
    int readRow = m_table->rowCount();
    m_table->insertRow(readRow);
    auto* readHeading = new QTableWidgetItem(tr("Read view"));
    readHeading->setFont(bold);
    readHeading->setData(headingRole, true);
    readHeading->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(readRow, 0, readHeading);
    m_table->setSpan(readRow, 0, 1, 2);
    for (const auto& [text, keys] : readKeys) {
        readRow = m_table->rowCount();
        m_table->insertRow(readRow);
        m_table->setItem(readRow, 0, new QTableWidgetItem(text));
        m_table->setItem(readRow, 1, new QTableWidgetItem(keys));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

QStringList ShortcutsDialog::groups() const
{
    QStringList titles;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(headingRole).toBool())
            titles.append(m_table->item(row, 0)->text());
    }
    return titles;
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->item(row, 0)->data(headingRole).toBool())
            result.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    }
    return result;
}

} // namespace paperboy::ui
