#include "ui/window/CacheUpgrade.h"

#include "store/cache/CacheRecovery.h"
#include "store/db/Schema.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressDialog>

#include <chrono>
#include <future>

namespace paperboy::ui {

void upgradeCacheShowingProgress(const store::DataPaths& paths, int quietMs)
{
    if (!store::cacheNeedsUpgrade(paths))
        return;
    // The connection is opened, migrated and closed on the worker: it belongs to that thread.
    // A failure is not reported here: the window's start-up opens the cache again and says why.
    std::future<void> upgraded = std::async(std::launch::async, [file = paths.cacheFile] {
        QString error;
        store::openDatabase(file, store::SchemaSpec::cache(), false, &error);
    });
    QProgressDialog progress;
    progress.setCancelButton(nullptr);
    progress.setRange(0, 0);
    auto* label = new QLabel(QApplication::translate(
        "paperboy::ui", "Upgrading the cache for this version of Paperboy. The search "
                        "index is rebuilt once; a large archive takes a minute or two."));
    label->setWordWrap(true); // two short lines rather than one across the screen
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 48);
    progress.setLabel(label);
    progress.setWindowTitle(QApplication::translate("paperboy::ui", "Paperboy"));
    progress.setObjectName(QStringLiteral("cacheUpgradeProgress"));
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QElapsedTimer waited;
    waited.start();
    bool shown = false;
    const auto show = [&] {
        progress.show();
        shown = true;
    };
    if (quietMs <= 0)
        show();
    // Events are handled meanwhile (no window exists yet but this one), so that it paints.
    do {
        if (!shown && waited.elapsed() >= quietMs)
            show();
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (upgraded.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready);
    upgraded.get();
}

} // namespace paperboy::ui
