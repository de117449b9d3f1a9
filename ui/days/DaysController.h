#pragma once

#include "store/cache/CacheReader.h"
#include "ui/days/CachedDays.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QLabel;

namespace paperboy::ui {

class Actions;
class FeatureContext;

// One day as the window is to show it.
struct DayPage
{
    QDate day;
    bool cached = false; // the cache holds the day: `items` is its list
    QList<store::PaperListItem> items;
    QString paperId;            // the paper to select if it is listed, else the first one
    bool keepSelection = false; // select the paper selected now instead, if still listed
};

// The days of the cache and the day on show: Go's commands, the calendar's days, and the
// refresh of what is shown as imports and syncs write days (throttled, in place when the
// reader is in the middle of the very list that changed). It decides; the window shows.
class DaysController final : public QObject
{
    Q_OBJECT
public:
    // Refreshes wait this long after a written day, so that a long import refreshes now and
    // then rather than once per day.
    static constexpr int refreshDelayMs = 800;

    DaysController(FeatureContext& context, const Actions& actions, QObject* parent = nullptr);
    ~DaysController() override;

    const CachedDays& days() const { return m_days; }
    QDate day() const { return m_day; }
    // An import or sync is filling an empty cache and the reader has not gone elsewhere: the
    // window keeps to the newest day that arrives.
    bool isFollowingLatest() const { return m_followLatest; }
    // The day's line, for the window's status bar.
    QLabel* statusLabel() const;

    // The days and first day read while the window was built (StartupData).
    void start(const CachedDays& days, QDate day, const QString& paperId,
               const QList<store::PaperListItem>& items);
    void showDay(QDate day);
    void showDayKeepingPaper(QDate day, const QString& paperId);
    void stepDay(bool forward);

    // Imports and syncs tell of each day they wrote; an end of writing refreshes at once.
    void noteWrittenDay(QDate day);
    void refreshAfterWrites();
    void writesEnded();
    // The cache lost days (the size limit) or was cleared: the calendar and list follow.
    void daysRemoved();
    void cacheCleared();

signals:
    void daysChanged(const paperboy::ui::CachedDays& days);
    void dayShown(const paperboy::ui::DayPage& page);
    // The day on show was written again: its list changed under the reader's selection.
    void dayRefreshed(QDate day, const QList<paperboy::store::PaperListItem>& items);
    // The day's line for the status bar; `cached` as in DayPage.
    void dayStatusChanged(const QString& text, bool cached);

private:
    void reload();
    void setDays(const CachedDays& days);
    void show(QDate day, const QString& paperId, bool keepSelection);
    void emitPage(DayPage page);
    void updateStatus();

    FeatureContext& m_context;
    const Actions& m_actions;
    CachedDays m_days;
    QDate m_day;
    QDate m_listedDay; // the day whose list the window shows, when it is cached
    QSet<QDate> m_writtenSinceRefresh;
    bool m_followLatest = false;
    QTimer m_refreshTimer;
    QPointer<QLabel> m_label; // placed in the window's status bar, but ours
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::ui::DayPage)
