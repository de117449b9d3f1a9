#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace paperboy::ui {

struct ImportReport;

// Non-modal window with what went wrong in the last import: failures first, then warnings.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(QWidget* parent = nullptr);

    void setReport(const ImportReport& report);
    QString text() const;

private:
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace paperboy::ui
