#include "ui/days/CachedDaysCalendar.h"

#include "ui/style/ReaderStyle.h"

#include <QEvent>
#include <QPainter>
#include <QTextCharFormat>
#include <QToolButton>
#include <QtMath>

namespace paperboy::ui {
namespace {

// The unread counts' font: small enough to leave the day number alone in the cell.
QFont smallFont(QFont font)
{
    font.setPointSizeF(qMax(5.0, font.pointSizeF() * 0.62));
    return font;
}

} // namespace

CachedDaysCalendar::CachedDaysCalendar(QWidget* parent) : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("calendar"));
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setFirstDayOfWeek(Qt::Monday);
    m_boldFont = font();
    m_boldFont.setBold(true);
    m_smallFont = smallFont(font());
    showBarArrows();
}

void CachedDaysCalendar::showBarArrows()
{
    // The month buttons sit on the navigation bar, in the highlight colour: their arrows take
    // the bar's text colour rather than the style's default (ReaderStyle.h).
    const bool leftToRight = layoutDirection() == Qt::LeftToRight;
    if (auto* previous = findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setIcon(
            arrowIcon(leftToRight ? Qt::LeftArrow : Qt::RightArrow, QPalette::HighlightedText));
    if (auto* next = findChild<QToolButton*>(QStringLiteral("qt_calendar_nextmonth")))
        next->setIcon(
            arrowIcon(leftToRight ? Qt::RightArrow : Qt::LeftArrow, QPalette::HighlightedText));
}

void CachedDaysCalendar::setCachedDays(const CachedDays& days)
{
    m_days = days;
    updateFormats();
}

void CachedDaysCalendar::setUnreadCounts(const QHash<QDate, int>& unread)
{
    if (m_unreadKnown && unread == m_unread)
        return;
    m_unread = unread;
    m_unreadKnown = true;
    updateFormats();
}

int CachedDaysCalendar::unreadCount(QDate day) const
{
    const int papers = m_days.paperCount(day);
    return m_unreadKnown ? qMin(papers, m_unread.value(day, papers)) : papers;
}

void CachedDaysCalendar::updateFormats()
{
    // A null date resets every per-day format, so days that left the cache lose their mark.
    setDateTextFormat(QDate(), QTextCharFormat());
    // One format per paper and unread count (a few dozen distinct pairs for a thousand days):
    // building the tooltip text was most of the cost of marking the days.
    QHash<QPair<int, int>, QTextCharFormat> formats;
    for (auto it = m_days.counts().cbegin(); it != m_days.counts().cend(); ++it) {
        const QPair<int, int> key(it.value(), unreadCount(it.key()));
        auto format = formats.find(key);
        if (format == formats.end()) {
            QTextCharFormat marked;
            marked.setFontWeight(QFont::Bold);
            marked.setForeground(palette().color(QPalette::Link));
            QString tip = tr("%n paper(s)", nullptr, key.first);
            if (m_unreadKnown && key.first > 0)
                tip += QLatin1Char('\n') +
                       (key.second > 0 ? tr("%n unread", nullptr, key.second) : tr("All read"));
            marked.setToolTip(tip);
            format = formats.insert(key, marked);
        }
        setDateTextFormat(it.key(), *format);
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
    if (cached) {
        // A dot under the number marks the digest for readers who cannot tell the colours; it
        // is a ring once every paper of the day is read.
        const int unread = unreadCount(date);
        const qreal radius = qMax(1.5, rect.height() / 14.0);
        const QPointF centre(rect.center().x() + 0.5, rect.bottom() - radius - 1.5);
        const QPoint corner(qFloor(centre.x() - radius - 1.0), qFloor(centre.y() - radius - 1.0));
        const bool empty = m_days.paperCount(date) == 0;
        painter->drawPixmap(corner,
                            dot(text, radius, centre - corner,
                                painter->device()->devicePixelRatioF(), empty || unread > 0));
        // The unread count in the cell's top right corner, once the counts are known (before,
        // every day would claim to be unread through).
        if (m_unreadKnown && unread > 0) {
            painter->setFont(m_smallFont);
            const QStaticText& count = unreadNumber(unread);
            painter->drawStaticText(
                QPointF(rect.right() - count.size().width() - 1.0, rect.top() + 0.5), count);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (date == today() && !selected) {
        painter->setPen(QPen(colours.color(QPalette::Link), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    }
    painter->restore();
}

void CachedDaysCalendar::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
        m_dayNumbers.clear();
        m_unreadNumbers.clear();
        m_boldFont = font();
        m_boldFont.setBold(true);
        m_smallFont = smallFont(font());
        m_minimumSizeHint = QSize();
        break;
    case QEvent::StyleChange:
    case QEvent::LocaleChange:
        m_minimumSizeHint = QSize();
        break;
    default:
        break;
    }
    QCalendarWidget::changeEvent(event);
    // QCalendarWidget puts the style's icons back on these changes.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::LayoutDirectionChange)
        showBarArrows();
}

QSize CachedDaysCalendar::minimumSizeHint() const
{
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QCalendarWidget::minimumSizeHint();
    return m_minimumSizeHint;
}

QDate CachedDaysCalendar::today() const
{
    // Asked for every cell, and reading the clock and the time zone for each showed up in
    // profiles. A second-old answer is good enough for a frame around today's cell.
    if (!m_todayAge.isValid() || m_todayAge.elapsed() > 1000) {
        m_today = QDate::currentDate();
        m_todayAge.start();
    }
    return m_today;
}

const QPixmap& CachedDaysCalendar::dot(const QColor& colour, qreal radius, QPointF centre,
                                       qreal devicePixelRatio, bool filled) const
{
    if (!qFuzzyCompare(radius, m_dotRadius) || centre != m_dotCentre ||
        !qFuzzyCompare(devicePixelRatio, m_dotPixelRatio)) {
        m_dots.clear();
        m_dotRadius = radius;
        m_dotCentre = centre;
        m_dotPixelRatio = devicePixelRatio;
    }
    const QPair<QRgb, bool> key(colour.rgba(), filled);
    auto it = m_dots.find(key);
    if (it == m_dots.end()) {
        // Drawn once per colour (there are three) and kind, anti-aliased exactly as it would be in
        // place: `centre` keeps the fraction of a pixel the circle's centre has in every cell.
        const QSize side(qCeil(centre.x() + radius + 1.0), qCeil(centre.y() + radius + 1.0));
        QPixmap pixmap(side * devicePixelRatio);
        pixmap.setDevicePixelRatio(devicePixelRatio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (filled) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(centre, radius, radius);
        } else {
            painter.setPen(QPen(colour, 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, radius - 0.5, radius - 0.5);
        }
        painter.end();
        it = m_dots.insert(key, pixmap);
    }
    return *it;
}

const QStaticText& CachedDaysCalendar::unreadNumber(int count) const
{
    auto it = m_unreadNumbers.find(count);
    if (it == m_unreadNumbers.end()) {
        QStaticText number(count > 99 ? QStringLiteral("99+") : QString::number(count));
        number.setTextFormat(Qt::PlainText);
        number.prepare(QTransform(), m_smallFont);
        it = m_unreadNumbers.insert(count, number);
    }
    return *it;
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
