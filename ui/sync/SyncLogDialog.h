#pragma once

#include <QDialog>

class QTableView;

namespace paperboy::ui {

class SyncLogModel;

// Sync > Sync Log: every request of this session's syncs, newest at the bottom. Non-modal, so
// it can stay open beside the window while a sync runs; Ctrl+C copies the selected rows.
class SyncLogDialog final : public QDialog
{
    Q_OBJECT
public:
    SyncLogDialog(SyncLogModel& model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    void copySelectedRows() const;

private:
    SyncLogModel& m_model;
    QTableView* m_table = nullptr;
};

} // namespace paperboy::ui
