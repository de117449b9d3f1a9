#pragma once

#include "store/db/DataPaths.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace paperboy::ui {

// The digest cache's size limit (Settings > Storage), enforced by the window after every sync
// and import and when it changes (MainWindow::enforceCacheLimit). 0: no limit.
struct CacheLimit
{
    int megabytes = 0;
    static constexpr int maxMegabytes = 64 * 1024;

    qint64 bytes() const { return qint64(megabytes) * 1024 * 1024; }
    static CacheLimit load();
    void save() const;
};

// Settings > Storage: where the cache and the user's data are, how large the cache is, Clear
// Cache (after a confirmation; the window does the clearing through its writer thread and
// answers with clearFinished), and the way to the thumbnails' disk limit and prefetch.
class StoragePage final : public QWidget
{
    Q_OBJECT
public:
    StoragePage(const store::DataPaths& paths, QWidget* parent = nullptr);

    QPushButton* clearButton() const { return m_clear; }
    QSpinBox* limitBox() const { return m_limit; }
    QString status() const;

    // Asks first (a window-modal question); clearRequested() follows a yes.
    void confirmClear();
    // The window's answer: an empty error when the cache is now empty.
    void clearFinished(bool ok, const QString& error);
    // The window refused to start (a sync or an import is writing).
    void clearRefused(const QString& reason);

signals:
    void clearRequested();
    void cacheLimitChanged(const paperboy::ui::CacheLimit& limit); // saved already
    void thumbnailSettingsRequested();

private:
    void showCacheSize();

    store::DataPaths m_paths;
    QLabel* m_size = nullptr;
    QSpinBox* m_limit = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace paperboy::ui
