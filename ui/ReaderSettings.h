#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace paperboy::ui {

// What the reader window remembers between runs (QSettings, organisation and application
// "Paperboy"). Tests isolate it by pointing XDG_CONFIG_HOME at a temporary folder.
struct ReaderState
{
    QByteArray geometry;
    QByteArray windowState;
    QByteArray splitterState;
    QDate day;
    QString paperId;
    // The newest cached day when the window closed: a newer one means fresh digests arrived,
    // and the window then opens on them instead of on the remembered day.
    QDate latestDayAtExit;
    int sortMode = 0;

    static ReaderState load();
    void save() const;
};

} // namespace paperboy::ui
