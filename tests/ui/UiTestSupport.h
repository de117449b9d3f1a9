#pragma once

#include "core/EnglishPlurals.h"
#include "ingest/DigestFiles.h"
#include "ingest/FileImport.h"
#include "store/cache/CacheWriter.h"
#include "store/db/DataPaths.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/style/ReaderStyle.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace paperboy::uitest {

inline QString fixtureDir()
{
    return QStringLiteral(PAPERBOY_TEST_DATA_DIR "/ui");
}

inline QString corpusDir()
{
    return QStringLiteral(PAPERBOY_CORPUS_DIR);
}

// Imports the digests under `paths` into the cache in `dataDir`, synchronously, the way the
// CLI does. Returns the problems (empty when every file was written).
inline QStringList importInto(const QString& dataDir, const QStringList& paths)
{
    QString error;
    auto writer = store::CacheWriter::open(store::DataPaths::inDirectory(dataDir), &error);
    if (!writer)
        return {error};
    QStringList problems;
    for (const QString& file : ingest::collectDigestFiles(paths, &problems)) {
        const ingest::FileOutcome outcome = ingest::importFile(file, QDate(), *writer);
        if (!outcome.ok)
            problems.append(outcome.error);
    }
    return problems;
}

// The cache of tests/data/ui: 2024-03-04, -05 and -07 in Korean and English, plus a Hugging
// Face day for the 5th (abstract, AI summary, links, and a title full of HTML).
inline QStringList importFixtures(const QString& dataDir)
{
    return importInto(
        dataDir, {fixtureDir() + QStringLiteral("/digests"), fixtureDir() + QStringLiteral("/hf")});
}

// Each test starts without remembered window state unless it writes some itself.
inline void forgetWindowState()
{
    QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy")).clear();
}

// The real window on `dataDir`, shown and active so that window shortcuts work.
inline std::unique_ptr<ui::MainWindow> openWindow(const QString& dataDir)
{
    auto window = std::make_unique<ui::MainWindow>(store::DataPaths::inDirectory(dataDir));
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

// The detail pane's text once the whole paper is in it: the end of a paper longer than the
// pane follows right after the pane has painted its top.
inline QString detailText(const ui::MainWindow& window)
{
    const ui::DetailView* detail = window.detailView();
    if (!QTest::qWaitFor([detail] { return detail->isComplete(); }))
        qWarning("the detail pane was not completed");
    return detail->browser()->toPlainText();
}

// Stands in for the desktop's browser: QDesktopServices hands it the URLs it would open.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;

public slots:
    void record(const QUrl& url) { urls.append(url); }
};

// Runs a QtTest object with its settings and XDG folders in a fresh temporary home, so tests
// never read or change the user's real settings and never depend on each other's leftovers.
template <typename Test> int runIsolated(int argc, char** argv)
{
    QTemporaryDir home;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, (home.path() + QLatin1Char('/') + QLatin1String(variable)).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    core::EnglishPlurals plurals; // as the reader installs it
    QApplication::installTranslator(&plurals);
    ui::installReaderStyle(); // the style the reader runs with
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace paperboy::uitest

#define PAPERBOY_UI_TEST_MAIN(TestClass)                                                           \
    int main(int argc, char** argv)                                                                \
    {                                                                                              \
        return paperboy::uitest::runIsolated<TestClass>(argc, argv);                               \
    }
