// File → Export Digest…: the window's twin of `paperboy digest export`. The day shown is read,
// written as a daily_papers_ko digest and saved all or nothing (QSaveFile), on a worker thread
// with its own cache connection: the GUI thread waits for neither the query nor the disk.
#include "export/KoreanDigest.h"
#include "store/CacheReader.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

QString folderKey()
{
    return QStringLiteral("export/digestFolder");
}

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

void MainWindow::exportDigest()
{
    const QDate day = m_day;
    if (!m_days.contains(day)) {
        statusBar()->showMessage(tr("No digest of %1 is cached: nothing to export.")
                                     .arg(QLocale().toString(day, QLocale::LongFormat)),
                                 statusMessageMs);
        return;
    }
    QSettings settings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy"));
    QString folder = settings.value(folderKey()).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* files = new QFileDialog(this, tr("Export Digest"), folder,
                                  tr("Markdown digests (*.md);;All files (*)"));
    files->setObjectName(QStringLiteral("exportDigestFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("md"));
    // Named like a day, so that importing a folder of them takes each for its day.
    files->selectFile(day.toString(Qt::ISODate) + QStringLiteral(".md"));
    connect(files, &QFileDialog::fileSelected, this, [this, day](const QString& path) {
        QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy"))
            .setValue(folderKey(), QFileInfo(path).absolutePath());
        writeDigest(day, path);
    });
    files->open();
}

void MainWindow::writeDigest(QDate day, const QString& path)
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
            statusBar()->showMessage(message, statusMessageMs);
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
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("digestExportFailed"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit digestExported(QString(), 0, 0);
    });
    watcher->setFuture(QtConcurrent::run(writeDigestFile, m_paths, day, path));
}

} // namespace paperboy::ui
