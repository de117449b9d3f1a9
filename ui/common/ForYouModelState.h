#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace paperboy::ui {

// What the For you model is, as Settings > For you shows it: made by ui/foryou's trainer,
// shown by ui/settings, wired in the window (no part includes the other).
struct ForYouModelState
{
    bool known = false;   // false until the first training (or loading) has answered
    bool trained = false; // a model is in use
    int bookmarks = 0;    // labels the model learnt from
    int dismissed = 0;
    int bookmarksNeeded = 0; // > 0: too few bookmarks, the order is by votes
    QDateTime trainedAt;     // the model file's time (local)
    qint64 modelBytes = 0;
    int features = 0;
    QString error; // training or saving failed
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::ui::ForYouModelState)
