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
class UserDataThread::Worker final : public QObject
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

    void close()
    {
        m_cache.reset();
        m_store.reset();
        QThread::currentThread()->quit();
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

UserDataThread::UserDataThread(const store::DataPaths& paths, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<store::Bookmark>();
    qRegisterMetaType<QList<store::Bookmark>>();
    qRegisterMetaType<QList<store::QuestionAnswer>>();
    m_worker = new Worker(this, paths);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-user-data"));
    m_thread.start();
}

void UserDataThread::open()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

void UserDataThread::reload()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->reload(); }, Qt::QueuedConnection);
}

UserDataThread::~UserDataThread()
{
    // Requests run in the order they were posted, so close() runs after every queued write.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void UserDataThread::setBookmarked(const QString& paperId, bool on)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId, on] { worker->setBookmarked(paperId, on); },
        Qt::QueuedConnection);
}

void UserDataThread::restoreBookmark(const store::Bookmark& bookmark)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, bookmark] { worker->restoreBookmark(bookmark); },
        Qt::QueuedConnection);
}

void UserDataThread::setRead(const QStringList& paperIds, bool read)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperIds, read] { worker->setRead(paperIds, read); },
        Qt::QueuedConnection);
}

void UserDataThread::loadNote(const QString& paperId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId] { worker->loadNote(paperId); },
        Qt::QueuedConnection);
}

void UserDataThread::setNote(const QString& paperId, const QString& text)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId, text] { worker->setNote(paperId, text); },
        Qt::QueuedConnection);
}

void UserDataThread::setDismissed(const QString& paperId, bool on)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId, on] { worker->setDismissed(paperId, on); },
        Qt::QueuedConnection);
}

void UserDataThread::loadDismissals()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->loadDismissals(); }, Qt::QueuedConnection);
}

void UserDataThread::loadQuestions(const QString& paperId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paperId] { worker->loadQuestions(paperId); },
        Qt::QueuedConnection);
}

void UserDataThread::addQuestion(const store::QuestionAnswer& entry)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, entry] { worker->addQuestion(entry); }, Qt::QueuedConnection);
}

void UserDataThread::run(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
        Qt::QueuedConnection);
}

void UserDataThread::run(QObject* receiver, StoreJob job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, owner = this, guard = QPointer<QObject>(receiver),
         job = std::move(job)] {
            std::function<void()> answer = worker->runFor(job);
            QMetaObject::invokeMethod(
                owner,
                [guard, answer = std::move(answer)] {
                    if (guard && answer)
                        answer();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void UserDataThread::loadBookmarks()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->loadBookmarks(); }, Qt::QueuedConnection);
}

} // namespace paperboy::ui
