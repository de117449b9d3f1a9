#pragma once

#include "search/WatchCounts.h"
#include "store/user/Watch.h"
#include "ui/watches/WatchReader.h" // search::WatchPage as a meta type

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

#include <memory>
#include <optional>

namespace paperboy::store {
class UserStore;
}

namespace paperboy::ui {

class Actions;
class FeatureContext;
class WatchesPane;

// Watches in the window (issue 33): saved searches with the count of papers new in each. It
// owns the watch list (read and written on the user-data thread), the counts (read on a
// WatchReader thread of its own, so the navigator never waits on one) and the commands: Save
// as Watch, open, rename, edit the query, delete (with undo), reorder, Export Watch as Feed.
// After a sync or an import it counts only the papers cached since the last count and names,
// once, the watches that gained.
class WatchesController final : public QObject
{
    Q_OBJECT
public:
    // A watch opened shows at most this many of its matches, newest first.
    static constexpr int openLimit = 200;
    // An exported feed holds the watch's newest matches, as `watch feed` writes it.
    static constexpr int feedEntries = 50;

    WatchesController(FeatureContext& context, Actions& actions, WatchesPane& pane,
                      QObject* parent = nullptr);
    ~WatchesController() override;

    // Reads the watches, then counts them: once the window is up.
    void start();
    const store::Watches& watches() const { return m_watches; }
    std::optional<int> newCount(const QString& name) const;
    // The watch opened last, while its results are what the search pane shows.
    QString openedName() const { return m_openedName; }
    void searchLeftWatch() { m_openedName.clear(); }

    // The commands, asking what they need in dialogs.
    void saveSearch(const QString& query);
    void askRename(const QString& name);
    void askQuery(const QString& name);
    void askDelete(const QString& name);
    void askExportFeed(const QString& name = {});

    // The same without dialogs. Each write answers by watchesChanged (or a message).
    void addWatch(const QString& name, const QString& query);
    void renameWatch(const QString& from, const QString& to);
    void setQuery(const QString& name, const QString& query);
    void deleteWatch(const QString& name);
    void undoDelete();
    void moveWatch(const QString& name, int step);
    void openWatch(const QString& name);
    void exportFeed(const QString& name, const QString& file);

    // Papers were written (a sync, an import: `announce` names the watches that gained) or
    // pruned: count again, only over the papers cached since the last count.
    void recount(bool announce);
    // The cache was cleared: its connections are opened again and every count starts over.
    void cacheReplaced();

    // "New: robots 3, diffusion 5": the line naming the watches that gained.
    static QString gainedMessage(const QList<std::pair<QString, int>>& gained);

signals:
    void watchesChanged(const paperboy::store::Watches& watches);
    // Every count answered and shown (for tests and the tab's title).
    void counted(int totalNew);
    // Once after a sync or import that gave watches new papers: the status line's text.
    void watchesGained(const QString& message);
    // The watch's results, for the search pane, the new ones marked.
    void watchOpened(const QString& name, const QString& query,
                     const paperboy::search::WatchPage& page);
    // The seen mark of an opened watch is written.
    void watchSeen(const QString& name);
    // File → Export Watch as Feed… ended; `error` empty on success.
    void feedExported(const QString& file, int entries, const QString& error);
    // A write was refused (a duplicate name, the file not writable): shown, and told here.
    void problem(const QString& message);

private:
    void load();
    void applyWatches(const store::Watches& watches);
    void applyCounts(quint64 ticket, const search::WatchCounts& counts, bool ok);
    void addWithMark(const QString& name, const QString& query, const QString& mark);
    void warn(const QString& message);
    // Runs `write` on the user-data thread, then reads the watches again.
    void write(std::function<bool(store::UserStore&, QString*)> write,
               std::function<void()> done = {});
    // Asks for a name until it is free and valid (or cancelled): empty when cancelled.
    QString askName(const QString& title, const QString& proposed, const QString& except = {});

    FeatureContext& m_context;
    WatchesPane& m_pane;
    std::unique_ptr<WatchReader> m_reader;
    store::Watches m_watches;
    bool m_loaded = false;
    search::WatchCounts m_counts; // the last count's answer, handed to the next
    quint64 m_countTicket = 0;
    QSet<quint64> m_announcing; // the counts after a sync or import
    bool m_countAfterLoad = false;
    QHash<QString, QString> m_pendingAdds; // name → query, waiting for the seen mark
    QString m_openedName;
    std::optional<store::Watch> m_deleted; // for undo
    QStringList m_orderBeforeDelete;
};

} // namespace paperboy::ui
