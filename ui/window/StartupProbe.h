#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace paperboy::ui {

// Support for `paperboy-bench startup` (hidden options --measure-startup and
// --measure-bare-window). When `target` has painted for the first time it prints
// "first-paint <ms since the probe was created>", lets the app idle for a moment, prints
// "vmhwm-kb <peak resident memory>" and quits. With watchDetail() it also prints
// "detail-paint <ms>" once the detail pane has painted a paper (it is filled right after the
// first frame). The benchmark times the child from outside; the printed figures are for
// cross-checking.
class StartupProbe final : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QObject* parent = nullptr);

    void watch(QWidget* target);
    // `viewport` paints the detail pane; `showsPaper` says whether it shows a paper yet.
    void watchDetail(QWidget* viewport, std::function<bool()> showsPaper);

    // Peak resident set size of this process in KiB (VmHWM), -1 when unknown.
    static qint64 peakResidentKiB();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();
    void reportDetail();

    QElapsedTimer m_sinceStart;
    QPointer<QWidget> m_target;
    QPointer<QWidget> m_detail;
    std::function<bool()> m_showsPaper;
    bool m_reported = false;
    bool m_detailReported = false;
};

} // namespace paperboy::ui
