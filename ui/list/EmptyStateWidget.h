#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;

namespace paperboy::ui {

// A page shown instead of an empty list: what is missing, and buttons for the actions that
// fix it. Buttons follow their actions (text, enabled, visible), so a disabled action shows a
// disabled button. Text is always plain: it may quote the user's filter.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
public:
    EmptyStateWidget(const QString& title, const QList<QAction*>& actions,
                     QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setMessage(const QString& message);
    QString title() const;
    QString message() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace paperboy::ui
