// WatchesController's commands that ask first: the name, the query, the confirmation, the
// feed's watch and file. Every text of the reader's own (names, queries) goes to the dialogs
// as plain text: into an edit field or a plain-text message box, never into a rich label.
#include "ui/watches/WatchesController.h"

#include "ui/common/FeatureContext.h"
#include "ui/style/BidiText.h"
#include "ui/watches/WatchListModel.h"
#include "ui/watches/WatchesPane.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace paperboy::ui {
namespace {

// A name to start from: the query's first words, within the name's limits.
QString nameFromQuery(const QString& query)
{
    constexpr int proposedLength = 60;
    const QString words = query.simplified();
    return words.size() <= proposedLength ? words : words.left(proposedLength).trimmed();
}

QString fileNameFor(const QString& watchName)
{
    QString base;
    for (const QChar c : watchName.simplified()) {
        if (c.isLetterOrNumber())
            base += c;
        else if (!base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    base = base.left(60);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return (base.isEmpty() ? QStringLiteral("watch") : base) + QStringLiteral(".atom");
}

// QInputDialog::getText, wide enough to show a name or a query of some length.
QString askText(QWidget* parent, const QString& title, const QString& label, const QString& text,
                bool* ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label); // our own words only: a QLabel guesses its format
    dialog.setTextValue(text);
    dialog.resize(std::max(dialog.sizeHint().width(), 420), dialog.sizeHint().height());
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}

} // namespace

void WatchesController::warn(const QString& message)
{
    emit problem(message);
    if (!m_context.window()) {
        m_context.showStatus(message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Watches"), message, QMessageBox::Ok,
                    m_context.window());
    box.setTextFormat(Qt::PlainText); // it may quote a watch's name
    box.exec();
}

QString WatchesController::askName(const QString& title, const QString& proposed,
                                   const QString& except)
{
    QString name = proposed;
    for (;;) {
        bool ok = false;
        const QString typed =
            askText(m_context.window(), title, tr("&Name of the watch:"), name, &ok);
        if (!ok)
            return {};
        name = typed.trimmed();
        QString problem = store::watchNameProblem(name);
        if (problem.isEmpty() && name != except && m_pane.model()->rowOf(name) >= 0)
            problem = tr("A watch named %1 exists already. Choose another name.")
                          .arg(shortIsolated(name));
        if (problem.isEmpty())
            return name;
        warn(problem); // then asks again, with the name as typed
    }
}

void WatchesController::saveSearch(const QString& query)
{
    if (query.trimmed().isEmpty()) {
        m_context.showStatus(tr("Type a search first, then save it as a watch."));
        return;
    }
    if (const QString problem = store::watchQueryProblem(query); !problem.isEmpty()) {
        warn(problem);
        return;
    }
    const QString name = askName(tr("Save as Watch"), nameFromQuery(query));
    if (!name.isEmpty())
        addWatch(name, query);
}

void WatchesController::askRename(const QString& name)
{
    const QString to = askName(tr("Rename Watch"), name, name);
    if (!to.isEmpty() && to != name)
        renameWatch(name, to);
}

void WatchesController::askQuery(const QString& name)
{
    const int row = m_pane.model()->rowOf(name);
    if (row < 0)
        return;
    bool ok = false;
    const QString query = askText(m_context.window(), tr("Edit Query"), tr("&Query of the watch:"),
                                  m_watches.at(row).query, &ok)
                              .trimmed();
    if (!ok || query == m_watches.at(row).query)
        return;
    if (const QString problem = store::watchQueryProblem(query); !problem.isEmpty()) {
        warn(problem);
        return;
    }
    setQuery(name, query);
}

void WatchesController::askDelete(const QString& name)
{
    QMessageBox box(
        QMessageBox::Question, tr("Delete Watch"),
        tr("Delete the watch %1? Its papers stay in the archive.").arg(shortIsolated(name)),
        QMessageBox::Yes | QMessageBox::Cancel, m_context.window());
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        deleteWatch(name);
}

void WatchesController::askExportFeed(const QString& name)
{
    if (m_watches.isEmpty()) {
        m_context.showStatus(tr("No watch to export: save a search as a watch first."));
        return;
    }
    QString chosen = name;
    if (chosen.isEmpty()) {
        QStringList names;
        for (const store::Watch& watch : m_watches)
            names.append(watch.name);
        // The watch open in the search, else the one chosen in the tab, is offered first.
        const QString preferred = !m_openedName.isEmpty() ? m_openedName : m_pane.currentName();
        bool ok = false;
        chosen =
            QInputDialog::getItem(m_context.window(), tr("Export Watch as Feed"), tr("&Watch:"),
                                  names, std::max(0, int(names.indexOf(preferred))), false, &ok);
        if (!ok || chosen.isEmpty())
            return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        m_context.window(), tr("Export Watch as Feed"),
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(fileNameFor(chosen)),
        tr("Atom feeds (*.atom *.xml)"));
    if (!file.isEmpty())
        exportFeed(chosen, file);
}

} // namespace paperboy::ui
