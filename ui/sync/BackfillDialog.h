#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace paperboy::ui {

// Sync > Backfill: a range of past days to download. The range is checked as it is typed
// (from <= to, nothing in the future, at most three years) and OK stays off until it is fine.
class BackfillDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int maxDays = 3 * 366;

    explicit BackfillDialog(QDate today, QWidget* parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setRange(QDate from, QDate to);
    // Empty when the range may be synced.
    QString problem() const;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    void validate();

    QDate m_today;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paperboy::ui
