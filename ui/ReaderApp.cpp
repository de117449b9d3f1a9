#include "ReaderApp.h"

#include <QApplication>
#include <QLabel>

namespace paperboy::ui {

int runReader(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QObject::tr("Paperboy"));
    label.show();
    return app.exec();
}

} // namespace paperboy::ui
