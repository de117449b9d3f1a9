#include "CachedDaysCalendar.h"

#include <QEvent>
#include <QPainter>
#include <QTextCharFormat>

namespace paperboy::ui {

CachedDaysCalendar::CachedDaysCalendar(QWidget* parent) : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("calendar"));
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setFirstDayOfWeek(Qt::Monday);
    m_boldFont = font();
    m_boldFont.setBold(true);
}

void CachedDaysCalendar::setCachedDays(const CachedDays& days)
{
    m_days = days;
    // A null date resets every per-day format, so days that left the cache lose their mark.
    setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(palette().color(QPalette::Link));
    for (auto it = days.counts().cbegin(); it != days.counts().cend(); ++it) {
        marked.setToolTip((it.value() == 1 ? tr("%1 paper") : tr("%1 papers")).arg(it.value()));
        setDateTextFormat(it.key(), marked);
    }
    updateCells();
}

void CachedDaysCalendar::paintCell(QPainter* painter, const QRect& rect, QDate date) const
{
    const bool cached = m_days.contains(date);
    const bool selected = date == selectedDate();
    const bool inShownMonth = date.month() == monthShown() && date.year() == yearShown();
    const QPalette& colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const auto blend = [&base](const QColor& colour, qreal amount) {
        return QColor::fromRgbF(colour.redF() * amount + base.redF() * (1 - amount),
                                colour.greenF() * amount + base.greenF() * (1 - amount),
                                colour.blueF() * amount + base.blueF() * (1 - amount));
    };

    painter->save();
    painter->fillRect(rect, selected ? colours.color(QPalette::Highlight) : base);
    QColor text = cached ? colours.color(QPalette::Link) : colours.color(QPalette::Text);
    if (selected)
        text = colours.color(QPalette::HighlightedText);
    else if (!cached)
        text = blend(text, inShownMonth ? 0.4 : 0.2); // dimmed: nothing to read that day
    else if (!inShownMonth)
        text = blend(text, 0.5);
    painter->setPen(text);
    painter->setFont(cached ? m_boldFont : font());
    const QStaticText& number = dayNumber(date.day(), cached);
    const QSizeF size = number.size();
    painter->drawStaticText(QPointF(rect.left() + (rect.width() - size.width()) / 2.0,
                                    rect.top() + (rect.height() - size.height()) / 2.0 - 1.0),
                            number);
    painter->setRenderHint(QPainter::Antialiasing);
    if (cached) {
        // A dot under the number marks the digest for readers who cannot tell the colours.
        painter->setPen(Qt::NoPen);
        painter->setBrush(text);
        const qreal radius = qMax(1.5, rect.height() / 14.0);
        painter->drawEllipse(QPointF(rect.center().x() + 0.5, rect.bottom() - radius - 1.5), radius,
                             radius);
    }
    if (date == QDate::currentDate() && !selected) {
        painter->setPen(QPen(colours.color(QPalette::Link), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    }
    painter->restore();
}

void CachedDaysCalendar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        m_dayNumbers.clear();
        m_boldFont = font();
        m_boldFont.setBold(true);
    }
    QCalendarWidget::changeEvent(event);
}

const QStaticText& CachedDaysCalendar::dayNumber(int day, bool bold) const
{
    const int key = day * 2 + (bold ? 1 : 0);
    auto it = m_dayNumbers.find(key);
    if (it == m_dayNumbers.end()) {
        QStaticText number(QString::number(day));
        number.setTextFormat(Qt::PlainText);
        number.prepare(QTransform(), bold ? m_boldFont : font());
        it = m_dayNumbers.insert(key, number);
    }
    return *it;
}

} // namespace paperboy::ui
