#include "ui/common/ForYouText.h"

#include <QCoreApplication>

namespace paperboy::ui {

QString forYouWhyLine(const QStringList& why)
{
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate("paperboy::ui::ForYou", "Why: %1")
        .arg(why.join(QStringLiteral(", ")));
}

} // namespace paperboy::ui
