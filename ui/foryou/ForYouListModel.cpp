#include "ui/foryou/ForYouListModel.h"

#include "ui/style/BidiText.h"
#include "ui/style/ForYouText.h"
#include "ui/style/PlainToolTip.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace paperboy::ui {

void ForYouListModel::setPapers(const QList<rank::RankedPaper>& papers)
{
    beginResetModel();
    m_papers = papers;
    endResetModel();
}

void ForYouListModel::setDismissed(const QSet<QString>& dismissed)
{
    for (int row = 0; row < m_papers.size(); ++row) {
        rank::RankedPaper& paper = m_papers[row];
        const bool on = dismissed.contains(paper.id);
        if (paper.dismissed == on)
            continue;
        paper.dismissed = on;
        emit dataChanged(index(row), index(row), {DismissedRole, Qt::ForegroundRole});
    }
}

int ForYouListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_papers.size());
}

QVariant ForYouListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rank::RankedPaper& paper = m_papers.at(index.row());
    const QString day = QLocale().toString(paper.date, QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        // The title's own direction controls end with it: the day after it stays readable.
        return QString(isolateDirection(paper.title.simplified()) + QLatin1Char('\n') +
                       (paper.dismissed ? tr("%1 \u00b7 not interested").arg(day) : day));
    case Qt::AccessibleTextRole:
        return QString(paper.title.simplified() + QStringLiteral(", ") + day);
    case Qt::ToolTipRole: {
        QString tip = paper.title.simplified() + QLatin1Char('\n') + day;
        if (const QString why = forYouWhyLine(paper.why); !why.isEmpty())
            tip += QLatin1Char('\n') + why;
        return plainToolTip(tip);
    }
    case Qt::ForegroundRole:
        if (paper.dismissed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return paper.id;
    case DateRole:
        return paper.date;
    case WhyRole:
        return paper.why;
    case DismissedRole:
        return paper.dismissed;
    default:
        return {};
    }
}

} // namespace paperboy::ui
