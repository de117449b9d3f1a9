#include "ui/style/ForYouText.h"

#include "ui/style/BidiText.h"

#include <QCoreApplication>

namespace paperboy::ui {

QString forYouWhyLine(const QStringList& why)
{
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate("paperboy::ui::ForYou", "Why: %1")
        .arg(joinIsolated(why, QStringLiteral(", ")));
}

} // namespace paperboy::ui
