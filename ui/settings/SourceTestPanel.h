#pragma once

#include "sync/SourceDefinition.h"
#include "sync/SourceProbe.h"

#include <QWidget>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace paperboy::ui {

// "Test Source" under the Settings > Sources list: fetches one day of the selected source off
// the GUI thread (sync::SourceProbe), shows that it is working and can be cancelled, and then
// says what it found (how many papers, the first titles) or exactly what failed. Writes
// nothing to the cache. Everything a server sent is shown as plain text.
class SourceTestPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SourceTestPanel(QWidget* parent = nullptr);
    ~SourceTestPanel() override;

    // The source the button tests; none disables it.
    void setSource(const std::optional<sync::SourceDefinition>& source);
    // Tests shorten the waits; the default is one try with a 15 s stall limit.
    void setProbeOptions(const sync::SyncOptions& options) { m_options = options; }

    bool isRunning() const;
    QDateEdit* dayEdit() const { return m_day; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QString report() const;

    void start();
    void cancel();

signals:
    void finished(const paperboy::sync::SourceProbeResult& result);

private:
    void onRequest(const sync::RequestLogEntry& entry);
    void onFinished(const sync::SourceProbeResult& result);
    void setRunning(bool running);
    QString describe(const sync::SourceProbeResult& result) const;

    sync::SyncOptions m_options;
    std::optional<sync::SourceDefinition> m_source;
    sync::SourceDefinition m_tested;
    QDate m_testedDay;
    std::unique_ptr<sync::SourceProbe> m_probe; // made at the first test
    QDateEdit* m_day = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_report = nullptr;
};

} // namespace paperboy::ui
