#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace paperboy::ui {

// The optional icon in the system tray (Settings > Sync): after a sync that brought new
// papers it says "N new papers"; clicking the icon or the message brings the window to the
// front. Made only where the desktop has a tray.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QWidget& window);
    ~TrayIcon() override;

    // Shows or hides the icon; nothing happens where the desktop has no tray.
    void setWanted(bool wanted);
    bool isShown() const;
    // The notification's text for `count` new papers ("3 new papers"), translated.
    static QString newPapersMessage(int count);
    // Tells of new papers; false when no icon is shown (nothing was said).
    bool notifyNewPapers(int count);
    // Tells `message` (the watches that gained papers); false when no icon is shown.
    bool notify(const QString& message);
    // What the icon or its message does when clicked.
    void raiseWindow();

private:
    QWidget& m_window;
    QSystemTrayIcon* m_icon = nullptr; // made when first wanted
};

} // namespace paperboy::ui
