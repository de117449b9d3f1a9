#include "ui/export/ExportController.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "export/ExportEntry.h"
#include "export/KoreanDigest.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserRecords.h"
#include "store/user/UserStore.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace paperboy::ui {

// What File → Export… writes, as the dialog offered it (declared in ExportController.h).
struct ExportRequest
{
    ExportDialog::Scope scope = ExportDialog::Scope::Day;
    exporting::Format format = exporting::Format::BibTex;
    QDate day;                        // Scope::Day
    QStringList searchIds;            // Scope::SearchResults, in the order shown
    QList<store::Bookmark> bookmarks; // Scope::Bookmarks
    QString path;
};

namespace {

struct ExportOutcome
{
    bool cacheFailed = false; // `error` is then the cache's, else the file's
    QString error;
    int papers = 0; // 0 without an error: there was nothing to export
};

exporting::ExportEntries gatherEntries(const store::CacheReader* cache,
                                       const ExportRequest& request)
{
    exporting::ExportEntries entries;
    switch (request.scope) {
    case ExportDialog::Scope::Bookmarks:
        // The kept metadata; the cache adds what it knows.
        for (const store::Bookmark& bookmark : request.bookmarks) {
            exporting::ExportEntry entry = exporting::ExportEntry::fromBookmark(bookmark);
            if (const auto paper = cache ? cache->paper(bookmark.id) : std::nullopt)
                entry.paper = *paper;
            entries.append(entry);
        }
        break;
    case ExportDialog::Scope::Day:
        for (const core::Paper& paper : cache ? cache->dayPapers(request.day) : core::Papers())
            entries.append(exporting::ExportEntry::fromPaper(paper));
        break;
    case ExportDialog::Scope::SearchResults:
        for (const QString& id : request.searchIds) {
            if (const auto paper = cache ? cache->paper(id) : std::nullopt)
                entries.append(exporting::ExportEntry::fromPaper(*paper));
        }
        break;
    }
    return entries;
}

ExportOutcome runExport(const store::DataPaths& paths, const ExportRequest& request)
{
    ExportOutcome outcome;
    std::unique_ptr<store::CacheReader> cache;
    // A cache that does not exist yet is created by the first import, not by an export.
    if (QFileInfo::exists(paths.cacheFile)) {
        cache = store::CacheReader::open(paths, &outcome.error);
        // Bookmarks keep their own metadata: they are exported without the cache.
        if (!cache && request.scope != ExportDialog::Scope::Bookmarks) {
            outcome.cacheFailed = true;
            return outcome;
        }
        outcome.error.clear();
    }
    exporting::ExportEntries entries = gatherEntries(cache.get(), request);
    if (entries.isEmpty())
        return outcome;
    if (request.format == exporting::Format::Markdown) {
        // Markdown carries the reader's highlights under each paper, as the CLI's export does:
        // read here, on the export's thread, through a connection of its own (WAL lets it read
        // beside the user-data thread's). A user file that cannot be opened exports without.
        QString userError;
        if (const auto user = store::UserStore::open(paths, &userError)) {
            for (exporting::ExportEntry& entry : entries)
                entry.highlights = user->highlights(entry.paper.id.id());
        }
    }
    const QByteArray bytes = exporting::write(request.format, entries).toUtf8();
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        outcome.error = file.errorString();
        return outcome;
    }
    outcome.papers = int(entries.size());
    return outcome;
}

} // namespace

void ExportController::showExportDialog(const ExportDialog::Counts& counts,
                                        const QStringList& searchIds, ExportDialog::Scope preferred)
{
    auto* dialog = new ExportDialog(counts, preferred, m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The day and results the dialog counted are the ones exported, whatever the window shows
    // by the time a file is chosen.
    connect(dialog, &QDialog::accepted, this, [this, dialog, day = counts.day, searchIds] {
        ExportRequest request;
        request.scope = dialog->scope();
        request.format = dialog->format();
        request.day = day;
        request.searchIds = searchIds;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto* files = new QFileDialog(m_context.window(), tr("Export to"), folder);
        files->setObjectName(QStringLiteral("exportFileDialog"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(dialog->fileSuffix());
        files->selectFile(dialog->suggestedFileName());
        connect(files, &QFileDialog::fileSelected, this, [this, request](const QString& path) {
            ExportRequest chosen = request;
            chosen.path = path;
            exportTo(chosen);
        });
        files->open();
    });
    dialog->open();
}

void ExportController::exportTo(const ExportRequest& request)
{
    if (request.scope != ExportDialog::Scope::Bookmarks) {
        writeExport(request);
        return;
    }
    // The bookmarks are read on the user-data thread, their papers on the export's worker.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_context.userData(), &UserDataThread::bookmarksLoaded, this,
                          [this, connection, request](const QList<store::Bookmark>& all) {
                              disconnect(*connection);
                              ExportRequest withBookmarks = request;
                              withBookmarks.bookmarks = all;
                              writeExport(withBookmarks);
                          });
    m_context.userData().loadBookmarks();
}

void ExportController::writeExport(const ExportRequest& request)
{
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this,
            [this, watcher, path = request.path] {
                watcher->deleteLater();
                const ExportOutcome outcome = watcher->result();
                if (outcome.error.isEmpty() && outcome.papers == 0) {
                    m_context.showStatus(tr("Nothing to export."));
                    return;
                }
                if (outcome.error.isEmpty()) {
                    m_context.showStatus(
                        tr("Exported %n paper(s) to %1", nullptr, outcome.papers).arg(path));
                    emit exported(path, outcome.papers);
                    return;
                }
                const QString text = outcome.cacheFailed
                                         ? tr("Cannot read the cache: %1").arg(outcome.error)
                                         : tr("Cannot write %1: %2").arg(path, outcome.error);
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text,
                                            QMessageBox::Ok, m_context.window());
                box->setTextFormat(Qt::PlainText);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                emit exported(QString(), 0);
            });
    watcher->setFuture(QtConcurrent::run(runExport, m_context.paths(), request));
}

namespace {

// What the worker did. `error` is the system's or the cache's own message.
struct DigestOutcome
{
    enum class Result { Written, NoCache, NotCached, WriteFailed };
    Result result = Result::Written;
    QString error;
    int papers = 0;
    int withoutKorean = 0;
};

DigestOutcome writeDigestFile(const store::DataPaths& paths, QDate day, const QString& path)
{
    DigestOutcome outcome;
    // Never created by looking at it: a cache that went away is not cached days.
    const auto cache = QFileInfo::exists(paths.cacheFile)
                           ? store::CacheReader::open(paths, &outcome.error)
                           : nullptr;
    if (!cache && outcome.error.isEmpty()) {
        outcome.result = DigestOutcome::Result::NotCached;
        return outcome;
    }
    if (!cache) {
        outcome.result = DigestOutcome::Result::NoCache;
        return outcome;
    }
    const core::Papers papers = cache->dayPapers(day);
    if (papers.isEmpty()) {
        outcome.result = DigestOutcome::Result::NotCached;
        return outcome;
    }
    const exporting::KoreanDigest digest = exporting::koreanDigest(day, papers);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(digest.markdown) != digest.markdown.size() ||
        !file.commit()) {
        outcome.result = DigestOutcome::Result::WriteFailed;
        outcome.error = file.errorString();
        return outcome;
    }
    outcome.papers = digest.papers;
    outcome.withoutKorean = digest.withoutKorean;
    return outcome;
}

} // namespace

ExportController::ExportController(FeatureContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{}

void ExportController::exportDigest(QDate day, bool cached)
{
    if (!cached) {
        m_context.showStatus(tr("No digest of %1 is cached: nothing to export.")
                                 .arg(QLocale().toString(day, QLocale::LongFormat)));
        return;
    }
    QString folder = core::Settings().read(core::session::digestFolder);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* files = new QFileDialog(m_context.window(), tr("Export Digest"), folder,
                                  tr("Markdown digests (*.md);;All files (*)"));
    files->setObjectName(QStringLiteral("exportDigestFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("md"));
    // Named like a day, so that importing a folder of them takes each for its day.
    files->selectFile(day.toString(Qt::ISODate) + QStringLiteral(".md"));
    connect(files, &QFileDialog::fileSelected, this, [this, day](const QString& path) {
        core::Settings().write(core::session::digestFolder, QFileInfo(path).absolutePath());
        writeDigest(day, path);
    });
    files->open();
}

void ExportController::writeDigest(QDate day, const QString& path)
{
    auto* watcher = new QFutureWatcher<DigestOutcome>(this);
    connect(watcher, &QFutureWatcher<DigestOutcome>::finished, this, [this, watcher, day, path] {
        watcher->deleteLater();
        const DigestOutcome outcome = watcher->result();
        const QString date = QLocale().toString(day, QLocale::LongFormat);
        if (outcome.result == DigestOutcome::Result::Written) {
            QString message =
                tr("Exported the digest of %1 to %2 (%n paper(s)).", nullptr, outcome.papers)
                    .arg(date, path);
            if (outcome.withoutKorean > 0)
                message += QLatin1Char(' ') +
                           tr("%n paper(s) had no Korean text.", nullptr, outcome.withoutKorean);
            m_context.showStatus(message);
            emit digestExported(path, outcome.papers, outcome.withoutKorean);
            return;
        }
        const QString reason = outcome.result == DigestOutcome::Result::NotCached
                                   ? tr("no paper of that day is in the cache any more")
                               : outcome.result == DigestOutcome::Result::NoCache
                                   ? tr("the cache cannot be read (%1)").arg(outcome.error)
                                   : outcome.error;
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Digest export failed"),
                                    tr("Cannot write the digest of %1 to %2: %3")
                                        .arg(date, QDir::toNativeSeparators(path), reason),
                                    QMessageBox::Ok, m_context.window());
        box->setObjectName(QStringLiteral("digestExportFailed"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit digestExported(QString(), 0, 0);
    });
    watcher->setFuture(QtConcurrent::run(writeDigestFile, m_context.paths(), day, path));
}

} // namespace paperboy::ui
