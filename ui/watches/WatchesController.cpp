#include "ui/watches/WatchesController.h"

#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/style/BidiText.h"
#include "ui/watches/WatchListModel.h"
#include "ui/watches/WatchesPane.h"

#include <QAction>
#include <QPointer>

namespace paperboy::ui {

WatchesController::WatchesController(FeatureContext& context, Actions& actions, WatchesPane& pane,
                                     QObject* parent)
    : QObject(parent), m_context(context), m_pane(pane),
      m_reader(std::make_unique<WatchReader>(context.paths()))
{
    qRegisterMetaType<store::Watches>();
    connect(m_reader.get(), &WatchReader::counted, this, &WatchesController::applyCounts);
    connect(m_reader.get(), &WatchReader::seenMarkRead, this,
            [this](const QString& name, const QString& mark) {
                if (m_pendingAdds.contains(name))
                    addWithMark(name, m_pendingAdds.take(name), mark);
            });
    connect(m_reader.get(), &WatchReader::opened, this,
            [this](const QString& name, const search::WatchPage& page) {
                const int row = m_pane.model()->rowOf(name);
                if (row < 0)
                    return; // deleted meanwhile
                const QString query = m_watches.at(row).query;
                m_openedName = name;
                emit watchOpened(name, query, page);
                // Seen once shown: the count drops now, and the mark (read before the results, so a
                // paper cached meanwhile stays new) is written on the user-data thread.
                m_pane.model()->setNewCount(name, query, 0);
                write(
                    [name, mark = page.seenMark](store::UserStore& store, QString* error) {
                        return store.markWatchSeen(name, mark, error);
                    },
                    [this, name] { emit watchSeen(name); });
            });
    connect(m_reader.get(), &WatchReader::feedWritten, this,
            [this](const QString&, const QString& file, int entries, const QString& error) {
                if (!error.isEmpty())
                    warn(tr("Cannot write the feed to %1: %2").arg(file, error));
                else
                    m_context.showStatus(
                        tr("Wrote a feed of %n paper(s) to %1.", nullptr, entries).arg(file));
                emit feedExported(file, entries, error);
            });

    connect(actions.exportWatchFeed, &QAction::triggered, this, [this] { askExportFeed(); });
    connect(&m_pane, &WatchesPane::openRequested, this, &WatchesController::openWatch);
    connect(&m_pane, &WatchesPane::renameRequested, this, &WatchesController::askRename);
    connect(&m_pane, &WatchesPane::editQueryRequested, this, &WatchesController::askQuery);
    connect(&m_pane, &WatchesPane::deleteRequested, this, &WatchesController::askDelete);
    connect(&m_pane, &WatchesPane::moveRequested, this, &WatchesController::moveWatch);
    connect(&m_pane, &WatchesPane::exportFeedRequested, this,
            [this](const QString& name) { askExportFeed(name); });
    connect(m_pane.undoDeleteAction(), &QAction::triggered, this, &WatchesController::undoDelete);
    m_pane.undoDeleteAction()->setEnabled(false);
}

WatchesController::~WatchesController() = default;

void WatchesController::start()
{
    m_countAfterLoad = true;
    load();
}

std::optional<int> WatchesController::newCount(const QString& name) const
{
    return m_pane.model()->newCount(name);
}

void WatchesController::load()
{
    m_context.userData().run(
        [self = QPointer(this)](store::UserStore* store, const QString&) -> std::function<void()> {
            const store::Watches watches = store ? store->watches() : store::Watches();
            return [self, watches] {
                if (self)
                    self->applyWatches(watches);
            };
        });
}

void WatchesController::applyWatches(const store::Watches& watches)
{
    const QString current = m_pane.currentName();
    m_watches = watches;
    m_loaded = true;
    m_pane.model()->setWatches(watches);
    m_pane.selectWatch(current);
    emit watchesChanged(watches);
    if (std::exchange(m_countAfterLoad, false) || !watches.isEmpty())
        recount(false);
}

void WatchesController::recount(bool announce)
{
    if (!m_loaded) {
        m_countAfterLoad = true; // counted once they are read
        return;
    }
    const quint64 ticket = ++m_countTicket;
    if (announce)
        m_announcing.insert(ticket);
    m_reader->count(m_watches, m_counts, ticket);
}

void WatchesController::cacheReplaced()
{
    m_reader->reopen();
    m_counts = {};
    recount(false);
}

void WatchesController::applyCounts(quint64 ticket, const search::WatchCounts& counts, bool ok)
{
    const bool announce = m_announcing.remove(ticket);
    if (!ok)
        return; // the cache could not be read: the rows keep "…" or their last number
    // Answers come in the order asked, each from the one before: each is compared with the
    // last one shown, so a watch is named once for what it gained.
    const QList<std::pair<QString, int>> gained = search::gainedWatches(m_counts, counts);
    m_counts = counts;
    int total = 0;
    for (const search::WatchNew& watch : counts.watches) {
        // A count made before the watch was seen again is not shown over the newer state.
        const int row = m_pane.model()->rowOf(watch.name);
        if (row < 0 || m_watches.at(row).seenMark != watch.seenMark)
            continue;
        m_pane.model()->setNewCount(watch.name, watch.query, watch.count());
        total += watch.count();
    }
    if (announce && !gained.isEmpty()) {
        const QString message = gainedMessage(gained);
        m_context.showStatus(message);
        emit watchesGained(message);
    }
    emit counted(total);
}

QString WatchesController::gainedMessage(const QList<std::pair<QString, int>>& gained)
{
    // One short line: a long name is cut, its direction closed so it turns nothing after it.
    QStringList parts;
    for (const auto& [name, count] : gained)
        parts.append(tr("%1 %n", "a watch and its new papers", count).arg(shortIsolated(name, 40)));
    return tr("New: %1").arg(parts.join(tr(", ")));
}

void WatchesController::write(std::function<bool(store::UserStore&, QString*)> write,
                              std::function<void()> done)
{
    m_context.userData().run(
        [self = QPointer(this), write = std::move(write), done = std::move(done)](
            store::UserStore* store, const QString& openError) -> std::function<void()> {
            QString error = openError;
            const bool ok = store && write(*store, &error);
            const store::Watches watches = store ? store->watches() : store::Watches();
            return [self, ok, error, watches, done] {
                if (!self)
                    return;
                if (!ok)
                    self->warn(error);
                self->applyWatches(watches);
                if (ok && done)
                    done();
            };
        });
}

void WatchesController::addWatch(const QString& name, const QString& query)
{
    // The mark of what is cached now comes first: only papers cached later are new.
    m_pendingAdds.insert(name, query);
    m_reader->readSeenMark(name);
}

void WatchesController::addWithMark(const QString& name, const QString& query, const QString& mark)
{
    write([name, query, mark](store::UserStore& store,
                              QString* error) { return store.addWatch(name, query, mark, error); },
          [this, name] {
              m_pane.selectWatch(name);
              m_context.showStatus(tr("Saved the watch %1.").arg(shortIsolated(name)));
          });
}

void WatchesController::renameWatch(const QString& from, const QString& to)
{
    write([from, to](store::UserStore& store, QString* error) {
        return store.renameWatch(from, to, error);
    });
    if (m_openedName == from)
        m_openedName = to;
}

void WatchesController::setQuery(const QString& name, const QString& query)
{
    write([name, query](store::UserStore& store, QString* error) {
        return store.setWatchQuery(name, query, error);
    });
}

void WatchesController::deleteWatch(const QString& name)
{
    const int row = m_pane.model()->rowOf(name);
    if (row < 0)
        return;
    m_deleted = m_watches.at(row);
    m_orderBeforeDelete.clear();
    for (const store::Watch& watch : m_watches)
        m_orderBeforeDelete.append(watch.name);
    if (m_openedName == name)
        m_openedName.clear();
    write(
        [name](store::UserStore& store, QString* error) { return store.removeWatch(name, error); },
        [this, name] {
            m_pane.undoDeleteAction()->setEnabled(true);
            m_context.showStatus(
                tr("Deleted the watch %1 (Undo Delete is in the menu of the Watches tab).")
                    .arg(shortIsolated(name)));
        });
}

void WatchesController::undoDelete()
{
    if (!m_deleted)
        return;
    const store::Watch watch = *std::exchange(m_deleted, std::nullopt);
    m_pane.undoDeleteAction()->setEnabled(false);
    // Back as it was: its query, its seen mark (what was new stays new) and its place.
    write(
        [watch, order = m_orderBeforeDelete](store::UserStore& store, QString* error) {
            return store.addWatch(watch.name, watch.query, watch.seenMark, error) &&
                   store.setWatchOrder(order, error);
        },
        [this, name = watch.name] { m_pane.selectWatch(name); });
}

void WatchesController::moveWatch(const QString& name, int step)
{
    QStringList order;
    for (const store::Watch& watch : m_watches)
        order.append(watch.name);
    const int from = int(order.indexOf(name));
    const int to = from + step;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    order.move(from, to);
    write([order](store::UserStore& store, QString* error) {
        return store.setWatchOrder(order, error);
    });
}

void WatchesController::openWatch(const QString& name)
{
    const int row = m_pane.model()->rowOf(name);
    if (row < 0)
        return;
    m_reader->open(m_watches.at(row), openLimit);
}

void WatchesController::exportFeed(const QString& name, const QString& file)
{
    const int row = m_pane.model()->rowOf(name);
    if (row < 0)
        return;
    m_reader->writeFeed(m_watches.at(row), file, feedEntries);
}

} // namespace paperboy::ui
