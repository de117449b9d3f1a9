#include "ui/detail/RelatedPapers.h"
#include "ui/style/DateText.h"

#include "ui/style/PlainToolTip.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace paperboy::ui {

RelatedPapers::RelatedPapers(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("relatedPapers"));
    m_heading = new QLabel(tr("More like this"), this);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVisibleRows(maxPapers);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit paperChosen(id);
    });
}

void RelatedPapers::setVisibleRows(int rows)
{
    // Room for these lines from the start: answers fill it without a layout change.
    const int row = m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(row * rows + 2 * m_list->frameWidth() + 2);
    m_list->setVerticalScrollBarPolicy(rows < maxPapers ? Qt::ScrollBarAsNeeded
                                                        : Qt::ScrollBarAlwaysOff);
}

void RelatedPapers::clearFor(const QString& paperId)
{
    m_paperId = paperId;
    m_answered = false;
    m_list->clear();
}

void RelatedPapers::setPapers(const QString& paperId, const QList<search::SearchHit>& hits)
{
    if (paperId != m_paperId)
        return;
    m_answered = true;
    m_list->clear();
    if (hits.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No similar paper is cached."), m_list);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const search::SearchHit& hit : hits) {
        // QListWidget draws its items as plain text: a title's markup stays visible text.
        const QString line = compactDate(hit.date) + QStringLiteral("  ") + hit.title.simplified();
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, hit.id);
        // A tooltip is read as rich text when it looks like some: the title goes in escaped.
        item->setToolTip(plainToolTip(hit.title.simplified() + QLatin1Char('\n') + hit.id));
    }
}

} // namespace paperboy::ui
