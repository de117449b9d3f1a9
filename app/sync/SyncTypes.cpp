#include "sync/SyncTypes.h"

#include <QCoreApplication>

namespace paperboy::sync {

SyncRequest SyncRequest::recent(const SourceDefinitions& sources, int days)
{
    const QDate today = QDate::currentDate();
    return {sources, today.addDays(-qMax(0, days)), today, today, false};
}

SyncRequest SyncRequest::singleDay(const SourceDefinitions& sources, QDate day)
{
    return {sources, day, day, {}, true};
}

SyncRequest SyncRequest::range(const SourceDefinitions& sources, QDate from, QDate to)
{
    return {sources, from, to, {}, false};
}

QString outcomeName(TaskOutcome outcome)
{
    const char* text = "";
    switch (outcome) {
    case TaskOutcome::Fetched:
        text = QT_TRANSLATE_NOOP("paperboy::sync", "fetched");
        break;
    case TaskOutcome::Unchanged:
        text = QT_TRANSLATE_NOOP("paperboy::sync", "unchanged");
        break;
    case TaskOutcome::Missing:
        text = QT_TRANSLATE_NOOP("paperboy::sync", "missing");
        break;
    case TaskOutcome::Failed:
        text = QT_TRANSLATE_NOOP("paperboy::sync", "failed");
        break;
    case TaskOutcome::Skipped:
        text = QT_TRANSLATE_NOOP("paperboy::sync", "skipped");
        break;
    case TaskOutcome::Cancelled:
        text = QT_TRANSLATE_NOOP("paperboy::sync", "cancelled");
        break;
    }
    return QCoreApplication::translate("paperboy::sync", text);
}

} // namespace paperboy::sync
