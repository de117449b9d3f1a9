#include "ui/common/UserDataThread.h"

#include "store/cache/CacheReader.h"
#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>

namespace paperboy::ui {

// Lives on m_thread; opens both connections there (a connection stays on its thread) and
// answers by emitting the owner's signals, which Qt queues to the owner's thread.
class UserDataThread::Worker final
{
public:
    Worker(UserDataThread* owner, store::DataPaths paths)
        : m_owner(owner), m_paths(std::move(paths))
    {}

    // Every request opens the file first, so nothing depends on when open() was asked for.
    void open()
    {
        if (m_openTried)
            return;
        m_openTried = true;
        QString notice;
        m_store = store::openUserData(m_paths, &notice, &m_openError);
        if (!m_store) {
            emit m_owner->openFailed(m_openError);
            return;
        }
        emit m_owner->opened(m_store->bookmarks(), m_store->readIds(), notice);
    }

    void reload()
    {
        if (!m_openTried)
            return open();
        if (m_store)
            emit m_owner->opened(m_store->bookmarks(), m_store->readIds(), QString());
    }

    void setBookmarked(const QString& paperId, bool on)
    {
        open();
        QString error = m_openError;
        bool ok = false;
        if (m_store && on) {
            const auto paper = cache() ? cache()->paper(paperId) : std::nullopt;
            store::Bookmark bookmark;
            if (paper) {
                bookmark = store::Bookmark::fromPaper(*paper);
            } else {
                bookmark.id = paperId; // kept bare; refreshed when bookmarked again
            }
            ok = m_store->addBookmarks({bookmark}, &error);
        } else if (m_store) {
            const std::optional<store::Bookmark> kept = m_store->bookmark(paperId);
            ok = m_store->removeBookmarks({paperId}, &error);
            if (ok && kept)
                emit m_owner->bookmarkRemoved(*kept);
        }
        emit m_owner->bookmarkWritten(paperId, on, ok, ok ? QString() : error);
    }

    void restoreBookmark(const store::Bookmark& bookmark)
    {
        open();
        QString error = m_openError;
        // A merge writes the bookmark with its own times, unless a newer one is there already
        // (bookmarked again meanwhile), which it leaves as it is.
        store::UserSnapshot snapshot;
        snapshot.bookmarks.append(bookmark);
        const bool ok = m_store && m_store->merge(snapshot, &error).has_value();
        emit m_owner->bookmarkWritten(bookmark.id, true, ok, ok ? QString() : error);
    }

    void setRead(const QStringList& paperIds, bool read)
    {
        open();
        QString error;
        if (m_store && !m_store->setRead(paperIds, read, &error))
            qWarning("paperboy: cannot save the read state: %s", qUtf8Printable(error));
    }

    void loadBookmarks()
    {
        open();
        emit m_owner->bookmarksLoaded(m_store ? m_store->bookmarkList() : QList<store::Bookmark>());
    }

    void loadNote(const QString& paperId)
    {
        open();
        if (!m_store) {
            emit m_owner->noteLoaded(paperId, {}, false, m_openError);
            return;
        }
        emit m_owner->noteLoaded(paperId, m_store->note(paperId).value_or(QString()), true, {});
    }

    void setNote(const QString& paperId, const QString& text)
    {
        open();
        QString error = m_openError;
        const bool ok = m_store && m_store->setNote(paperId, text, &error);
        emit m_owner->noteWritten(paperId, ok, ok ? QString() : error);
    }

    void setDismissed(const QString& paperId, bool on)
    {
        open();
        QString error = m_openError;
        bool ok = false;
        if (m_store && on) {
            const auto paper = cache() ? cache()->paper(paperId) : std::nullopt;
            store::Dismissal dismissal;
            if (paper)
                dismissal = store::Dismissal::fromPaper(*paper);
            else
                dismissal.id = paperId;
            ok = m_store->addDismissals({dismissal}, &error);
        } else if (m_store) {
            ok = m_store->removeDismissals({paperId}, &error);
        }
        emit m_owner->dismissalWritten(paperId, on, ok, ok ? QString() : error);
    }

    void loadDismissals()
    {
        open();
        emit m_owner->dismissalsLoaded(m_store ? m_store->dismissedIds() : QSet<QString>());
    }

    void loadQuestions(const QString& paperId)
    {
        open();
        emit m_owner->questionsLoaded(paperId, m_store ? m_store->questions(paperId)
                                                       : QList<store::QuestionAnswer>());
    }

    void addQuestion(const store::QuestionAnswer& entry)
    {
        open();
        QString error = m_openError;
        const bool ok = m_store && m_store->addQuestion(entry, &error);
        emit m_owner->questionAdded(entry.paperId, ok, ok ? QString() : error);
    }

    void run(const Job& job)
    {
        open();
        // The owner lives on the thread that asked and outlives this worker (its destructor
        // waits), so the answer is queued to it.
        if (std::function<void()> answer = job(m_store.get(), m_openError))
            QMetaObject::invokeMethod(m_owner, std::move(answer), Qt::QueuedConnection);
    }

    std::function<void()> runFor(const StoreJob& job)
    {
        open();
        return job(m_store.get());
    }

private:
    // Opened when first needed: the cache may not exist until the first import.
    store::CacheReader* cache()
    {
        if (!m_cache && QFileInfo::exists(m_paths.cacheFile)) {
            QString error;
            m_cache = store::CacheReader::open(m_paths, &error);
        }
        return m_cache.get();
    }

    UserDataThread* m_owner;
    store::DataPaths m_paths;
    std::unique_ptr<store::UserStore> m_store;
    std::unique_ptr<store::CacheReader> m_cache;
    QString m_openError;
    bool m_openTried = false;
};

UserDataThread::UserDataThread(const store::DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-user-data"),
                                [this, paths] { return std::make_unique<Worker>(this, paths); })
{
    qRegisterMetaType<store::Bookmark>();
    qRegisterMetaType<QList<store::Bookmark>>();
    qRegisterMetaType<QList<store::QuestionAnswer>>();
}

void UserDataThread::open()
{
    m_thread.call([](Worker& worker) { worker.open(); });
}

void UserDataThread::reload()
{
    m_thread.call([](Worker& worker) { worker.reload(); });
}

UserDataThread::~UserDataThread()
{
    // Requests run in the order they were posted, so every queued write is done before the
    // connection closes. The worker emits this object's signals and queues answers to it, so
    // the thread stops while this object is whole.
    m_thread.stop();
}

void UserDataThread::setBookmarked(const QString& paperId, bool on)
{
    m_thread.call([paperId, on](Worker& worker) { worker.setBookmarked(paperId, on); });
}

void UserDataThread::restoreBookmark(const store::Bookmark& bookmark)
{
    m_thread.call([bookmark](Worker& worker) { worker.restoreBookmark(bookmark); });
}

void UserDataThread::setRead(const QStringList& paperIds, bool read)
{
    m_thread.call([paperIds, read](Worker& worker) { worker.setRead(paperIds, read); });
}

void UserDataThread::loadNote(const QString& paperId)
{
    m_thread.call([paperId](Worker& worker) { worker.loadNote(paperId); });
}

void UserDataThread::setNote(const QString& paperId, const QString& text)
{
    m_thread.call([paperId, text](Worker& worker) { worker.setNote(paperId, text); });
}

void UserDataThread::setDismissed(const QString& paperId, bool on)
{
    m_thread.call([paperId, on](Worker& worker) { worker.setDismissed(paperId, on); });
}

void UserDataThread::loadDismissals()
{
    m_thread.call([](Worker& worker) { worker.loadDismissals(); });
}

void UserDataThread::loadQuestions(const QString& paperId)
{
    m_thread.call([paperId](Worker& worker) { worker.loadQuestions(paperId); });
}

void UserDataThread::addQuestion(const store::QuestionAnswer& entry)
{
    m_thread.call([entry](Worker& worker) { worker.addQuestion(entry); });
}

void UserDataThread::run(Job job)
{
    m_thread.call([job = std::move(job)](Worker& worker) { worker.run(job); });
}

void UserDataThread::run(QObject* receiver, StoreJob job)
{
    // Answered through this object, which outlives the work; `receiver` is checked on its own
    // thread, where it can be destroyed.
    m_thread.ask([job = std::move(job)](Worker& worker) { return worker.runFor(job); }, this,
                 [guard = QPointer<QObject>(receiver)](const std::function<void()>& answer) {
                     if (guard && answer)
                         answer();
                 });
}

void UserDataThread::loadBookmarks()
{
    m_thread.call([](Worker& worker) { worker.loadBookmarks(); });
}

} // namespace paperboy::ui
