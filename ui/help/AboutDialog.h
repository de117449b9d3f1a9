#pragma once

#include <QDialog>

namespace paperboy::ui {

// Help → About: the version, where the data lives, and the sources of the digests with the
// terms under which their publishers share them.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString& dataFolder, QWidget* parent);

    // The credits shown, one entry per upstream: "name — licence".
    static QStringList sourceCredits();
};

} // namespace paperboy::ui
