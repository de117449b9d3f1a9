#pragma once

#include "store/db/DataPaths.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace paperboy::store {
class CacheReader;
class WriterThread;
} // namespace paperboy::store

namespace paperboy::ui {

class LibrarySyncThread;
class LinkOpener;
class UserDataThread;

// How long a passing message stays in the status bar: long enough to read a sentence twice.
inline constexpr int statusMessageMs = 8000;

// What the reader is looking at, as only the window knows it. Controllers ask when they act
// and never keep the answer; a controller made without a window (a test) sees nothing shown.
struct ReaderFocus
{
    std::function<QDate()> day = [] { return QDate(); };
    // The day list's current paper.
    std::function<QString()> listPaperId = [] { return QString(); };
    // The paper in the detail pane (a day's paper, a bookmark or a search result).
    std::function<QString()> shownPaperId = [] { return QString(); };
    // The paper that "this paper" commands (bookmark, BibTeX) act on.
    std::function<QString()> commandPaperId = [] { return QString(); };
    // The papers of the day list, in their order.
    std::function<QStringList()> dayPaperIds = [] { return QStringList(); };
};

// What every feature controller of the window shares: where the files are, the window's own
// reader connection, the one writer thread of the cache, the one thread that writes the
// user's file, the opener of links, the status bar and the window that parents dialogs. The window
// makes it before the controllers and destroys it after them, so that no thread outlives its users.
class FeatureContext final : public QObject
{
    Q_OBJECT
public:
    // `window` parents dialogs and message boxes; null for controllers tested without one.
    explicit FeatureContext(const store::DataPaths& paths, QWidget* window = nullptr);
    ~FeatureContext() override;

    const store::DataPaths& paths() const { return m_paths; }
    QWidget* window() const { return m_window; }
    // Opened when first needed; null without a (readable) cache, which is never created by
    // looking at it: the first import does that.
    store::CacheReader* reader();
    // Started when first needed: imports, syncs, summaries and the cache limit write here.
    store::WriterThread& writer();
    UserDataThread& userData() const { return *m_userData; }
    // Started when first needed: keeping the library in step through a folder.
    LibrarySyncThread& librarySync();
    // Every link leaves the reader here, checked.
    LinkOpener& links() const { return *m_links; }

    const ReaderFocus& focus() const { return m_focus; }
    void setFocus(ReaderFocus focus) { m_focus = std::move(focus); }

    // `timeoutMs` 0: the message stays until the next one.
    void showStatus(const QString& message, int timeoutMs = statusMessageMs);

signals:
    void statusShown(const QString& message, int timeoutMs);

private:
    store::DataPaths m_paths;
    QWidget* m_window = nullptr;
    std::unique_ptr<store::CacheReader> m_reader;
    std::unique_ptr<store::WriterThread> m_writer;
    std::unique_ptr<UserDataThread> m_userData; // the one writer of the user file
    std::unique_ptr<LibrarySyncThread> m_librarySync;
    LinkOpener* m_links = nullptr; // a child
    ReaderFocus m_focus;
};

} // namespace paperboy::ui
