#include "ui/search/SearchPane.h"
#include "ui/style/BidiText.h"
#include "ui/style/DateText.h"

#include "search/Periods.h"
#include "search/QueryParser.h"

#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/search/SearchService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace paperboy::ui {

SearchPane::SearchPane(SearchService& service, QWidget* parent)
    : QWidget(parent), m_service(service)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(
        tr("Search all papers: words, \"phrases\", prefix*, -word, author:, after:, votes:>N, "
           "week:YYYY-Www, month:YYYY-MM"));
    m_field->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText); // it quotes nothing of the papers, but never guess
    m_status->setWordWrap(true);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("searchSort"));
    m_sort->addItem(tr("Most relevant"), int(search::Sort::Relevance));
    m_sort->addItem(tr("Newest first"), int(search::Sort::Date));
    m_sort->addItem(tr("Most voted"), int(search::Sort::Votes));
    auto* sortLabel = new QLabel(tr("&Order:"), this);
    sortLabel->setBuddy(m_sort); // Alt+O
    m_model = new SearchResultsModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_saveAsWatch = new QPushButton(tr("Save as &Watch\u2026"), this);
    m_saveAsWatch->setObjectName(QStringLiteral("searchSaveAsWatch"));
    m_saveAsWatch->setToolTip(tr("Keep this search in the Watches tab, which counts the papers "
                                 "new in it after each sync (Ctrl+Shift+S)"));
    m_saveAsWatch->setEnabled(false);
    connect(m_saveAsWatch, &QPushButton::clicked, this, &SearchPane::requestSaveAsWatch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_saveAsWatch);
    layout->addLayout(fieldRow);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(sortLabel);
    statusRow->addWidget(m_sort);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    // More matches than shown: the next page on demand (a button is seen and reached by Tab,
    // where loading on scroll would surprise a keyboard reader).
    m_more = new QPushButton(tr("Show &More Results"), this);
    m_more->setObjectName(QStringLiteral("searchShowMore"));
    m_more->hide();
    layout->addWidget(m_more);
    connect(m_more, &QPushButton::clicked, this, &SearchPane::showMore);

    m_field->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_watchName.isEmpty()) {
            // Typing leaves the watch: the search's own order is back.
            const QSignalBlocker quiet(m_sort);
            setSort(m_sortBeforeWatch);
        }
        query(text);
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0));
        }
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] { query(m_field->text()); });
    connect(&m_service, &SearchService::answered, this,
            [this](SearchService::Kind kind, quint64, const QList<search::SearchHit>& hits,
                   const search::SearchSummary& summary) {
                const SearchService::Kind wanted =
                    m_showingPeriod ? SearchService::Kind::Top : SearchService::Kind::Search;
                // A watch on show is not replaced by an answer asked before it.
                if (kind == wanted && m_watchName.isEmpty())
                    showHits(hits, summary);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                emit currentPaperChanged(current.data(SearchResultsModel::IdRole).toString());
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit paperActivated(index.data(SearchResultsModel::IdRole).toString());
    });
}

void SearchPane::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPane::currentPaperId() const
{
    return m_view->currentIndex().data(SearchResultsModel::IdRole).toString();
}

std::optional<SearchPane::NamedPeriod> SearchPane::periodFrom(const QString& text)
{
    const QString trimmed = text.trimmed();
    const auto named = [&trimmed](const QString& prefix) {
        return trimmed.startsWith(prefix, Qt::CaseInsensitive)
                   ? QStringView(trimmed).mid(prefix.size())
                   : QStringView();
    };
    if (const QStringView week = named(QStringLiteral("week:")); !week.isEmpty()) {
        if (const auto range = search::isoWeek(week))
            return NamedPeriod{Period::Week, range->first, range->second};
    } else if (const QStringView month = named(QStringLiteral("month:")); !month.isEmpty()) {
        if (const auto range = search::month(month))
            return NamedPeriod{Period::Month, range->first, range->second};
    }
    return std::nullopt;
}

void SearchPane::showPeriod(Period period, QDate day)
{
    if (!day.isValid())
        day = QDate::currentDate();
    int weekYear = 0;
    const int week = day.weekNumber(&weekYear);
    m_field->setText(
        period == Period::Week
            ? QStringLiteral("week:%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'))
            : QStringLiteral("month:") + day.toString(QStringLiteral("yyyy-MM")));
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void SearchPane::stepPeriod(int direction)
{
    const auto named = periodFrom(m_field->text());
    if (!named)
        return;
    showPeriod(named->period, named->period == Period::Week ? named->first.addDays(7 * direction)
                                                            : named->first.addMonths(direction));
}

QStringList SearchPane::highlightTerms() const
{
    if (periodFrom(m_field->text()))
        return {};
    const search::Query query = search::parseQuery(m_field->text());
    QStringList terms;
    for (const search::Term& term : query.terms) {
        if (!term.excluded)
            terms.append(term.text);
    }
    return terms + query.authors;
}

search::Sort SearchPane::sort() const
{
    return search::Sort(m_sort->currentData().toInt());
}

void SearchPane::setSort(search::Sort sort)
{
    if (const int index = m_sort->findData(int(sort)); index >= 0)
        m_sort->setCurrentIndex(index);
}

void SearchPane::requestSaveAsWatch()
{
    // Empty for a week or month view too: the watch's controller asks for a search then.
    const QString text = m_field->text().trimmed();
    emit saveAsWatchRequested(periodFrom(text) ? QString() : text);
}

void SearchPane::showWatch(const QString& name, const QString& query,
                           const QList<search::SearchHit>& hits, const QSet<qint64>& newKeys,
                           bool more)
{
    {
        const QSignalBlocker quiet(m_field); // the field shows the query, it does not search
        m_field->setText(query);
    }
    if (m_watchName.isEmpty())
        m_sortBeforeWatch = sort();
    m_watchName = name;
    m_showingPeriod = false;
    m_loadingMore = false;
    m_sort->setEnabled(true);
    {
        // A watch is newest first; the search's own order comes back when the field is edited.
        const QSignalBlocker quiet(m_sort);
        setSort(search::Sort::Date);
    }
    m_saveAsWatch->setEnabled(false); // it is one already
    emit queryChanged();
    {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->setHits(hits, newKeys);
    }
    m_more->hide();
    int fresh = 0;
    for (const search::SearchHit& hit : hits)
        fresh += newKeys.contains(hit.key) ? 1 : 0;
    QString status = hits.isEmpty() ? tr("No papers match.")
                     : more ? tr("The newest %n paper(s); more match", nullptr, int(hits.size()))
                            : tr("%n paper(s)", nullptr, int(hits.size()));
    if (fresh > 0)
        status += tr(" · %n new", nullptr, fresh);
    m_status->setText(tr("Watch %1: %2").arg(shortIsolated(name), status));
    if (!hits.isEmpty()) {
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->setCurrentIndex(m_model->index(0));
    }
    emit resultsShown(int(hits.size()));
}

void SearchPane::query(const QString& text)
{
    m_watchName.clear();
    m_limit = pageSize;
    m_loadingMore = false;
    m_more->hide();
    emit queryChanged();
    const auto named = periodFrom(text);
    m_showingPeriod = named.has_value();
    m_sort->setEnabled(!m_showingPeriod); // a period's tops are always by votes
    m_saveAsWatch->setEnabled(!m_showingPeriod && !text.trimmed().isEmpty());
    if (named) {
        m_service.top(named->first, named->last, 50);
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_service.search(QString(), {}); // supersedes what is still on its way
        showHits({}, {});
        m_status->clear();
        return;
    }
    requestResults();
}

void SearchPane::requestResults()
{
    m_service.search(m_field->text(), {sort(), m_limit});
}

void SearchPane::showMore()
{
    if (m_showingPeriod || m_field->text().trimmed().isEmpty())
        return;
    m_limit += pageSize;
    m_loadingMore = true;
    m_more->setEnabled(false); // until the answer is in
    requestResults();
}

void SearchPane::showHits(const QList<search::SearchHit>& hits,
                          const search::SearchSummary& summary)
{
    // Show More: the longer list starts as the shorter one did, so the reader's row and scroll
    // stay where they were (and the detail pane is not built again).
    const QString current = currentPaperId();
    const int scroll = m_view->verticalScrollBar()->value();
    const bool keepPlace = std::exchange(m_loadingMore, false);
    {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->setHits(hits);
        for (int row = 0; keepPlace && row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(SearchResultsModel::IdRole).toString() == current) {
                m_view->selectionModel()->setCurrentIndex(m_model->index(row),
                                                          QItemSelectionModel::ClearAndSelect);
                break;
            }
        }
    }
    if (keepPlace)
        m_view->verticalScrollBar()->setValue(scroll);
    m_more->setVisible(!m_showingPeriod && summary.more && !hits.isEmpty());
    m_more->setEnabled(true);
    m_status->setText(statusText(hits, summary));
    emit resultsShown(int(hits.size()));
}

QString SearchPane::statusText(const QList<search::SearchHit>& hits,
                               const search::SearchSummary& summary) const
{
    const auto named = periodFrom(m_field->text());
    const int count = int(hits.size());
    if (m_field->text().trimmed().isEmpty())
        return {};
    if (named && hits.isEmpty())
        return tr("No cached papers in that period (Alt+Left, Alt+Right: another).");
    if (named)
        return (named->period == Period::Week
                    ? tr("The %n most voted paper(s) of the week from %1", nullptr, count)
                          .arg(compactDate(named->first))
                    : tr("The %n most voted paper(s) of %1", nullptr, count)
                          .arg(QLocale().standaloneMonthName(named->first.month()) +
                               QLatin1Char(' ') + QString::number(named->first.year()))) +
               tr(" · Alt+Left, Alt+Right: another");
    if (hits.isEmpty())
        return tr("No papers match.");
    QString text = summary.more ? tr("The first %n paper(s); more match", nullptr, count)
                                : tr("%n paper(s)", nullptr, count);
    // Relevance ranks only the newest matches of a common word (search/Searcher.h): say so,
    // and how to see every match.
    if (summary.rankedNewest && sort() == search::Sort::Relevance)
        text += tr(" · ranked among the %1 newest matches; order by date or votes to go "
                   "through all of them")
                    .arg(QLocale().toString(search::rankedMatchLimit));
    return text;
}

bool SearchPane::eventFilter(QObject* watched, QEvent* event)
{
    // Esc belongs to this pane while it has the focus, before any window shortcut.
    const bool escape =
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape;
    if (escape) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            emit closeRequested();
        return true;
    }
    // In a week or month view Alt+Left and Alt+Right step the period, as they step the day.
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        periodFrom(m_field->text())) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool step = key->modifiers() == Qt::AltModifier &&
                          (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right);
        if (step) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                stepPeriod(key->key() == Qt::Key_Left ? -1 : 1);
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace paperboy::ui
