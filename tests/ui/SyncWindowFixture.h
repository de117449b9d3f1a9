#pragma once

// What the sync window tests and the Sources page tests share: a temporary data folder, a
// sources file of the test's own with only loopback sources enabled, a FaultServer on
// 127.0.0.1 (tests/sync) and the reader window opened on them.

#include "FaultServer.h"
#include "SyncHarness.h"
#include "UiTestSupport.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QDir>
#include <QSignalSpy>

#include <memory>

namespace paperboy::uitest {

// True when a modal dialog (an error box, say) is up: sync must never raise one by itself.
inline bool modalDialogShown()
{
    if (QApplication::activeModalWidget())
        return true;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->isModal())
            return true;
    }
    return false;
}

class SyncWindowFixture final
{
public:
    // Called from each test's init(): a fresh data folder, sources file and server.
    void init()
    {
        QVERIFY(m_dir.isValid());
        forgetWindowState();
        ui::SyncSettings settings;
        settings.recentDays = 4;
        settings.save();
        m_sourcesFile = m_dir.filePath(QStringLiteral("sources-%1.json"))
                            .arg(QString::fromLatin1(QTest::currentTestFunction()));
        QDir(dataDir()).removeRecursively();
        m_server = std::make_unique<synctest::FaultServer>(
            synctest::fixture(QStringLiteral("digest-template.md")),
            synctest::fixture(QStringLiteral("error-page.html")));
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    synctest::FaultServer& server() { return *m_server; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Only the given sources are enabled: the built-ins would go to the internet.
    void useSources(const sync::SourceDefinitions& sources)
    {
        sync::SourceRegistry registry(m_sourcesFile);
        QString error;
        for (const sync::SourceDefinition& builtIn : sync::builtInSources())
            QVERIFY(registry.setEnabled(builtIn.name, false, &error));
        for (const sync::SourceDefinition& source : sources)
            QVERIFY2(registry.add(source, &error), qPrintable(error));
        QVERIFY2(registry.save(&error), qPrintable(error));
    }

    ui::SyncSetup setup(const sync::SyncOptions& options = synctest::fastOptions()) const
    {
        ui::SyncSetup result;
        result.automatic = false;
        result.sourcesFile = m_sourcesFile;
        result.options = options;
        return result;
    }

    std::unique_ptr<ui::MainWindow>
    openSyncWindow(const sync::SyncOptions& options = synctest::fastOptions()) const
    {
        auto window = std::make_unique<ui::MainWindow>(store::DataPaths::inDirectory(dataDir()),
                                                       setup(options));
        window->resize(1000, 600);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        return window;
    }

    static bool waitFinished(ui::MainWindow& window, QSignalSpy& finished, int ms = 20000)
    {
        if (finished.isEmpty() && !finished.wait(ms))
            return false;
        // The status bar follows in the same turn as the finished signal.
        return !window.syncStatus()->isRunning();
    }

private:
    QTemporaryDir m_dir;
    QString m_sourcesFile;
    std::unique_ptr<synctest::FaultServer> m_server;
};

} // namespace paperboy::uitest
