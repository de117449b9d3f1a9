#include "ui/settings/TrayIcon.h"

#include "ui/common/ReaderSettings.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace paperboy::ui {

TrayIcon::TrayIcon(QWidget& window) : QObject(&window), m_window(window) {}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setWanted(bool wanted)
{
    if (!wanted || !SyncSettings::trayAvailable()) {
        if (m_icon)
            m_icon->hide();
        return;
    }
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_icon->setObjectName(QStringLiteral("trayIcon"));
        m_icon->setToolTip(tr("Paperboy"));
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        raiseWindow();
                });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::raiseWindow);
    }
    m_icon->show();
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

QString TrayIcon::newPapersMessage(int count)
{
    return tr("%n new paper(s)", "", count);
}

bool TrayIcon::notifyNewPapers(int count)
{
    if (count <= 0 || !isShown())
        return false;
    m_icon->showMessage(tr("Paperboy"), newPapersMessage(count), QSystemTrayIcon::Information);
    return true;
}

bool TrayIcon::notify(const QString& message)
{
    if (message.isEmpty() || !isShown())
        return false;
    m_icon->showMessage(tr("Paperboy"), message, QSystemTrayIcon::Information);
    return true;
}

void TrayIcon::raiseWindow()
{
    if (m_window.isMinimized())
        m_window.showNormal();
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

} // namespace paperboy::ui
