#include "ui/sync/BackfillDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperboy::ui {

BackfillDialog::BackfillDialog(QDate today, QWidget* parent) : QDialog(parent), m_today(today)
{
    setObjectName(QStringLiteral("backfillDialog"));
    setWindowTitle(tr("Backfill"));
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("backfillProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sync"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Download the digests of every day in this range."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &BackfillDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &BackfillDialog::validate);
    validate();
}

QDate BackfillDialog::from() const
{
    return m_from->date();
}

QDate BackfillDialog::to() const
{
    return m_to->date();
}

void BackfillDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    validate();
}

QString BackfillDialog::problem() const
{
    if (from() > to())
        return tr("The first day must not come after the last.");
    if (to() > m_today)
        return tr("Digests of future days do not exist yet.");
    if (from().daysTo(to()) + 1 > maxDays)
        return tr("At most %1 days at a time.").arg(maxDays);
    return {};
}

void BackfillDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace paperboy::ui
