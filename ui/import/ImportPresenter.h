#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace paperboy::ui {

class Actions;
class FeatureContext;
class ImportController;
class ImportProgressWidget;
class ImportReportDialog;
struct ImportReport;

// The reader's side of importing: File's import commands and the sample digests, the
// status-bar progress with its Cancel, and the report of the last import.
class ImportPresenter final : public QObject
{
    Q_OBJECT
public:
    ImportPresenter(FeatureContext& context, const Actions& actions, QObject* parent = nullptr);
    ~ImportPresenter() override;

    ImportController& controller() const { return *m_import; }
    // For the window's status bar.
    ImportProgressWidget* progressWidget() const { return m_progress; }

    // Files or folders, queued behind a running import.
    void importPaths(const QStringList& paths);
    void loadSampleDigests();

private:
    void chooseFiles();
    void chooseFolder();
    void onFinished(const ImportReport& report);

    FeatureContext& m_context;
    const Actions& m_actions;
    std::unique_ptr<ImportController> m_import; // writes through the context's writer
    ImportProgressWidget* m_progress = nullptr;
    QPointer<ImportReportDialog> m_reportDialog;
};

} // namespace paperboy::ui
