#include "ui/trends/TrendsView.h"

#include "ui/style/PlainToolTip.h"

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace paperboy::ui {

TrendsView::TrendsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trendsView"));
    auto* controls = new QWidget(this);
    auto* side = new QVBoxLayout(controls);
    side->setContentsMargins(6, 6, 6, 6);
    auto* queriesLabel = new QLabel(tr("&Queries"), controls);
    side->addWidget(queriesLabel);
    m_queryRows = new QVBoxLayout();
    m_queryRows->setSpacing(2);
    side->addLayout(m_queryRows);
    m_addQuery = new QPushButton(tr("&Add Query"), controls);
    side->addWidget(m_addQuery, 0, Qt::AlignLeft);

    auto* form = new QFormLayout();
    m_grain = new QComboBox(controls);
    m_grain->addItem(tr("Week"), int(trends::Grain::Week));
    m_grain->addItem(tr("Month"), int(trends::Grain::Month));
    form->addRow(tr("&Period:"), m_grain);
    m_values = new QComboBox(controls);
    m_values->addItem(tr("Share of papers"), int(ChartValues::Share));
    m_values->addItem(tr("Number of papers"), int(ChartValues::Count));
    form->addRow(tr("Sh&ow:"), m_values);
    m_wholeArchive = new QCheckBox(tr("&Whole archive"), controls);
    m_wholeArchive->setChecked(true);
    form->addRow(m_wholeArchive);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), controls);
    m_to = new QDateEdit(QDate::currentDate(), controls);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    form->addRow(tr("Fro&m:"), m_from);
    form->addRow(tr("&To:"), m_to);
    side->addLayout(form);

    auto* lists = new QTabWidget(controls);
    lists->setObjectName(QStringLiteral("trendsLists"));
    auto* risingPage = new QWidget(lists);
    auto* risingLayout = new QVBoxLayout(risingPage);
    risingLayout->setContentsMargins(0, 4, 0, 0);
    m_rising = new QListWidget(risingPage);
    m_rising->setObjectName(QStringLiteral("risingList"));
    m_rising->setContextMenuPolicy(Qt::ActionsContextMenu);
    risingLayout->addWidget(m_rising);
    m_hideTerm = new QPushButton(tr("Hi&de Term"), risingPage);
    m_hideTerm->setEnabled(false);
    risingLayout->addWidget(m_hideTerm, 0, Qt::AlignLeft);
    lists->addTab(risingPage, tr("Rising"));
    auto* whoPage = new QWidget(lists);
    auto* whoLayout = new QVBoxLayout(whoPage);
    whoLayout->setContentsMargins(0, 4, 0, 0);
    m_whoQuery = new QComboBox(whoPage);
    m_whoQuery->setToolTip(tr("The query whose authors are listed"));
    whoLayout->addWidget(m_whoQuery);
    m_authors = new QListWidget(whoPage);
    m_authors->setObjectName(QStringLiteral("authorList"));
    whoLayout->addWidget(m_authors);
    lists->addTab(whoPage, tr("Who"));
    side->addWidget(lists, 1);

    m_chartView = new QChartView(new QChart(), this);
    m_chartView->setObjectName(QStringLiteral("trendsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(360);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto* chartColumn = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartColumn);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(controls);
    splitter->addWidget(chartColumn);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Typing pauses before the chart is asked for again: every keystroke would queue one.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, [this] {
        refreshWhoChoices();
        emit requestChanged();
    });
    queriesLabel->setBuddy(addQueryField(QString()));
    connect(m_addQuery, &QPushButton::clicked, this,
            [this] { addQueryField(QString())->setFocus(Qt::OtherFocusReason); });
    connect(m_grain, &QComboBox::currentIndexChanged, this, &TrendsView::requestChanged);
    connect(m_values, &QComboBox::currentIndexChanged, this, &TrendsView::redraw);
    connect(m_wholeArchive, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        emit requestChanged();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_whoQuery, &QComboBox::currentIndexChanged, this, &TrendsView::whoQueryChanged);

    const auto chartSelectedTerm = [this] {
        if (const QListWidgetItem* item = m_rising->currentItem())
            chartTerm(item->data(Qt::UserRole).toString());
    };
    connect(m_rising, &QListWidget::itemClicked, this, chartSelectedTerm);
    connect(m_rising, &QListWidget::itemActivated, this, chartSelectedTerm);
    connect(m_rising, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { m_hideTerm->setEnabled(item != nullptr); });
    auto* hide = new QAction(tr("Hide Term"), m_rising);
    hide->setShortcut(QKeySequence::Delete);
    hide->setShortcutContext(Qt::WidgetShortcut);
    m_rising->addAction(hide);
    const auto hideSelected = [this] {
        if (const QListWidgetItem* item = m_rising->currentItem())
            emit hideTermRequested(item->data(Qt::UserRole).toString());
    };
    connect(hide, &QAction::triggered, this, hideSelected);
    connect(m_hideTerm, &QPushButton::clicked, this, hideSelected);
    const auto openAuthor = [this](QListWidgetItem* item) {
        if (!item)
            return;
        QString name = item->data(Qt::UserRole).toString();
        name.remove(QLatin1Char('"')); // a quote would end the phrase early
        QString query = QStringLiteral("author:\"") + name + QLatin1Char('"');
        if (const auto dates = range())
            query += QStringLiteral(" after:") + dates->first.toString(Qt::ISODate) +
                     QStringLiteral(" before:") + dates->second.toString(Qt::ISODate);
        emit papersWanted(query);
    };
    connect(m_authors, &QListWidget::itemClicked, this, openAuthor);
    connect(m_authors, &QListWidget::itemActivated, this, openAuthor);

    auto* back = new QAction(this);
    back->setShortcut(Qt::Key_Escape);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(back);
    connect(back, &QAction::triggered, this, &TrendsView::closeRequested);
}

QLineEdit* TrendsView::addQueryField(const QString& text)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* field = new QLineEdit(text, row);
    field->setPlaceholderText(tr("diffusion, \"world model\", author:NAME\u2026"));
    field->setClearButtonEnabled(true);
    auto* remove = new QToolButton(row);
    remove->setText(QStringLiteral("\u00d7"));
    remove->setToolTip(tr("Remove this query"));
    remove->setAccessibleName(tr("Remove this query"));
    layout->addWidget(field, 1);
    layout->addWidget(remove);
    m_queryRows->addWidget(row);
    m_fields.append(field);
    connect(field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(field, &QLineEdit::returnPressed, this, [this] {
        refreshWhoChoices();
        emit requestChanged();
    });
    connect(remove, &QToolButton::clicked, this, [this, field] { removeQueryField(field); });
    updateQueryButtons();
    return field;
}

void TrendsView::removeQueryField(QLineEdit* field)
{
    if (m_fields.size() <= 1) {
        field->clear();
    } else {
        m_fields.removeOne(field);
        field->parentWidget()->deleteLater();
    }
    updateQueryButtons();
    refreshWhoChoices();
    emit requestChanged();
}

void TrendsView::updateQueryButtons()
{
    m_addQuery->setEnabled(m_fields.size() < maxQueries);
}

QLineEdit* TrendsView::queryField(int index) const
{
    return m_fields.value(index);
}

QStringList TrendsView::queries() const
{
    QStringList texts;
    for (const QLineEdit* field : m_fields) {
        const QString text = field->text().simplified();
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts;
}

void TrendsView::setQueries(const QStringList& queries)
{
    while (m_fields.size() > 1) {
        QLineEdit* field = m_fields.takeLast();
        field->parentWidget()->deleteLater();
    }
    m_fields.first()->setText(queries.value(0));
    for (qsizetype i = 1; i < std::min<qsizetype>(queries.size(), maxQueries); ++i)
        addQueryField(queries.at(i));
    updateQueryButtons();
    refreshWhoChoices();
}

ChartValues TrendsView::values() const
{
    return ChartValues(m_values->currentData().toInt());
}

void TrendsView::setValues(ChartValues values)
{
    m_values->setCurrentIndex(m_values->findData(int(values)));
}

trends::Grain TrendsView::grain() const
{
    return trends::Grain(m_grain->currentData().toInt());
}

void TrendsView::setGrain(trends::Grain grain)
{
    m_grain->setCurrentIndex(m_grain->findData(int(grain)));
}

std::optional<std::pair<QDate, QDate>> TrendsView::range() const
{
    if (m_wholeArchive->isChecked())
        return std::nullopt;
    return std::make_pair(std::min(m_from->date(), m_to->date()),
                          std::max(m_from->date(), m_to->date()));
}

void TrendsView::setRange(const std::optional<std::pair<QDate, QDate>>& range)
{
    m_wholeArchive->setChecked(!range);
    if (range) {
        m_from->setDate(range->first);
        m_to->setDate(range->second);
    }
}

trends::ChartRequest TrendsView::request() const
{
    trends::ChartRequest request;
    request.queries = queries();
    request.grain = grain();
    if (const auto dates = range()) {
        request.from = dates->first;
        request.to = dates->second;
    }
    return request;
}

int TrendsView::whoQuery() const
{
    return std::max(0, m_whoQuery->currentIndex());
}

void TrendsView::refreshWhoChoices()
{
    const QString current = m_whoQuery->currentText();
    const QSignalBlocker blocker(m_whoQuery);
    m_whoQuery->clear();
    m_whoQuery->addItems(queries());
    m_whoQuery->setCurrentIndex(std::max(0, m_whoQuery->findText(current)));
    if (m_whoQuery->currentText() != current)
        QTimer::singleShot(0, this, &TrendsView::whoQueryChanged);
}

void TrendsView::chartTerm(const QString& term)
{
    const QString query =
        term.contains(QLatin1Char(' ')) ? QLatin1Char('"') + term + QLatin1Char('"') : term;
    if (queries().contains(query))
        return;
    QLineEdit* empty = nullptr;
    for (QLineEdit* field : std::as_const(m_fields)) {
        if (field->text().trimmed().isEmpty())
            empty = field;
    }
    if (!empty)
        empty = m_fields.size() < maxQueries ? addQueryField(QString()) : m_fields.last();
    empty->setText(query);
    refreshWhoChoices();
    emit requestChanged();
}

void TrendsView::showChart(const trends::Chart& chart)
{
    m_chart = chart;
    redraw();
    if (chart.queries.isEmpty())
        m_status->setText(tr("Type a query to chart it, or pick a rising term."));
    else if (chart.periods.isEmpty())
        m_status->setText(tr("No papers in this range."));
    else
        m_status->setText(tr("Hover over a point for its counts; click it to list those papers."));
}

void TrendsView::redraw()
{
    QChart* chart = m_chartView->chart();
    fillChart(*chart, m_chart, values(), palette());
    connectSeries();
}

void TrendsView::connectSeries()
{
    const QList<QAbstractSeries*> series = m_chartView->chart()->series();
    for (qsizetype q = 0; q < series.size(); ++q) {
        auto* line = qobject_cast<QLineSeries*>(series.at(q));
        if (!line)
            continue;
        connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(
                QCursor::pos(),
                plainToolTip(periodSummary(m_chart, nearestPeriod(m_chart, point.x()))),
                m_chartView);
        });
        connect(line, &QLineSeries::clicked, this, [this, q](const QPointF& point) {
            const qsizetype index = nearestPeriod(m_chart, point.x());
            if (index >= 0 && q < m_chart.queries.size())
                emit papersWanted(periodQuery(q, index));
        });
    }
}

QString TrendsView::periodQuery(qsizetype query, qsizetype index) const
{
    const trends::Period& period = m_chart.periods.at(index);
    QDate first = period.first;
    QDate last = period.last;
    if (const auto dates = range()) {
        first = std::max(first, dates->first);
        last = std::min(last, dates->second);
    }
    return m_chart.queries.at(query) + QStringLiteral(" after:") + first.toString(Qt::ISODate) +
           QStringLiteral(" before:") + last.toString(Qt::ISODate);
}

void TrendsView::showRising(const QList<trends::RisingTerm>& terms)
{
    m_rising->clear();
    const QLocale locale;
    for (const trends::RisingTerm& term : terms) {
        auto* item = new QListWidgetItem(term.term + QStringLiteral("   \u00d7") +
                                             locale.toString(term.ratio, 'f', 1),
                                         m_rising);
        item->setData(Qt::UserRole, term.term);
        item->setToolTip(
            plainToolTip(tr("%1: in %2 papers of the recent weeks, %3 of the weeks before")
                             .arg(term.term)
                             .arg(term.recent)
                             .arg(term.before)));
    }
    if (terms.isEmpty())
        new QListWidgetItem(tr("No rising terms yet."), m_rising);
}

void TrendsView::showAuthors(const QString& query, const QList<trends::AuthorCount>& authors)
{
    m_authors->clear();
    for (const trends::AuthorCount& author : authors) {
        auto* item = new QListWidgetItem(author.author + QStringLiteral("  (") +
                                             QString::number(author.papers) + QLatin1Char(')'),
                                         m_authors);
        item->setData(Qt::UserRole, author.author);
        item->setToolTip(plainToolTip(tr("%n paper(s) of %1", nullptr, author.papers).arg(query)));
    }
}

void TrendsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw(); // the chart follows the light or dark theme
    QWidget::changeEvent(event);
}

} // namespace paperboy::ui
