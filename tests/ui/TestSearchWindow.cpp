// The archive search in the real window: Ctrl+K and / open it in the list's place, results
// arrive from the search thread with their snippets, a selected result shows in the detail
// pane, and Esc goes back to the day as it was.
#include "UiTestSupport.h"
#include "ui/common/Actions.h"
#include "ui/common/FirstInput.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/RelatedPapers.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QTextBrowser>

using namespace paperboy;

class TestSearchWindow final : public QObject
{
    Q_OBJECT

private slots:
    void searchReplacesTheDayListAndEscReturns()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        const QDate march5(2024, 3, 5);
        window->showDay(march5);
        const QString dayPaper = window->currentPaperId();
        QVERIFY(!dayPaper.isEmpty());

        QTest::keyClick(window->paperList()->view(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window->isSearching());
        ui::SearchPane* pane = window->searchPane();
        QVERIFY(!window->paperList()->isVisible());
        QTRY_VERIFY(pane->field()->hasFocus());

        QTest::keyClicks(pane->field(), QStringLiteral("baking"));
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        const search::SearchHit hit = pane->model()->hits().first();
        QCOMPARE(hit.id, QStringLiteral("2403.02002"));
        QVERIFY(hit.date.isValid());
        QVERIFY(!hit.snippet.highlights.isEmpty());
        QCOMPARE(pane->status()->text(), QStringLiteral("1 paper")); // no English .qm yet

        // Down goes to the first result, which the detail pane shows.
        QTest::keyClick(pane->field(), Qt::Key_Down);
        QCOMPARE(pane->currentPaperId(), QStringLiteral("2403.02002"));
        QTRY_VERIFY(uitest::detailText(*window).contains(QStringLiteral("Autonomous Baking")));
        // The detail pane marks the searched word where it shows it, and only that word.
        QTextBrowser* browser = window->detailView()->browser();
        QTRY_VERIFY(!browser->extraSelections().isEmpty());
        for (const QTextEdit::ExtraSelection& mark : browser->extraSelections())
            QCOMPARE(mark.cursor.selectedText().toLower(), QStringLiteral("baking"));

        // A query that matches nothing says so, and the paper still shown no longer carries
        // the marks of the query before.
        pane->field()->setText(QStringLiteral("zzzznothing"));
        QTRY_COMPARE(pane->status()->text(), QStringLiteral("No papers match."));
        QCOMPARE(pane->model()->rowCount(), 0);
        QVERIFY(browser->extraSelections().isEmpty());

        QTest::keyClick(pane->field(), Qt::Key_Escape);
        QVERIFY(!window->isSearching());
        QVERIFY(window->paperList()->isVisible());
        QVERIFY(browser->extraSelections().isEmpty()); // the day's paper is not marked
        QCOMPARE(window->currentDay(), march5);
        QCOMPARE(window->currentPaperId(), dayPaper);

        // "/" opens it again from the list, with the last query selected to type over.
        QTest::keyClick(window->paperList()->view(), Qt::Key_Slash);
        QVERIFY(window->isSearching());
        QTRY_VERIFY(pane->field()->hasFocus());
        QCOMPARE(pane->field()->selectedText(), QStringLiteral("zzzznothing"));
    }

    // The order of results is the reader's choice (Alt+O), read again at once and remembered
    // for the next run.
    // More matches than a page: Show More brings the next page, the reader's row stays.
    void showMoreLoadsTheNextPage()
    {
        QVERIFY2(QFileInfo(uitest::corpusDir()).isDir(), qPrintable(uitest::corpusDir()));
        QTemporaryDir dir;
        // The first dozen Hugging Face days: a few hundred papers, most with "the".
        QStringList days = QDir(uitest::corpusDir() + QStringLiteral("/hf_daily_papers"))
                               .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
                               .mid(0, 12);
        for (QString& day : days)
            day = uitest::corpusDir() + QStringLiteral("/hf_daily_papers/") + day;
        QCOMPARE(uitest::importInto(dir.path(), days), QStringList());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        QTest::keyClick(window->paperList()->view(), Qt::Key_K, Qt::ControlModifier);
        ui::SearchPane* pane = window->searchPane();
        QTRY_VERIFY(pane->field()->hasFocus());
        QTest::keyClicks(pane->field(), QStringLiteral("the"));
        QTRY_COMPARE(pane->model()->rowCount(), ui::SearchPane::pageSize);
        QPushButton* more = pane->showMoreButton();
        QTRY_VERIFY(more->isVisible());
        QTest::keyClick(pane->field(), Qt::Key_Down);
        pane->view()->setCurrentIndex(pane->model()->index(40, 0));
        const QString current = pane->currentPaperId();
        const QStringList firstPage = ids(*pane);
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(pane->model()->rowCount() > ui::SearchPane::pageSize);
        QCOMPARE(ids(*pane).mid(0, ui::SearchPane::pageSize), firstPage);
        QCOMPARE(pane->currentPaperId(), current);
        const QStringList all = ids(*pane);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
        // A new query starts from the first page again.
        pane->field()->setText(QStringLiteral("model"));
        QTRY_VERIFY(pane->model()->rowCount() <= ui::SearchPane::pageSize &&
                    pane->model()->rowCount() > 0);
    }

    void orderOfResultsIsChosenAndRemembered()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        {
            auto window = uitest::openWindow(dir.path());
            QTest::keyClick(window->paperList()->view(), Qt::Key_K, Qt::ControlModifier);
            ui::SearchPane* pane = window->searchPane();
            QCOMPARE(pane->sort(), search::Sort::Relevance);
            QTest::keyClicks(pane->field(), QStringLiteral("model"));
            QTRY_VERIFY(pane->model()->rowCount() >= 2);

            QSignalSpy shown(pane, &ui::SearchPane::resultsShown);
            QTest::keyClick(window.get(), Qt::Key_O, Qt::AltModifier);
            QTRY_VERIFY(pane->sortBox()->hasFocus());
            QTest::keyClick(pane->sortBox(), Qt::Key_Down); // Newest first
            QCOMPARE(pane->sort(), search::Sort::Date);
            QTRY_VERIFY(!shown.isEmpty());
            const QList<search::SearchHit> byDate = pane->model()->hits();
            QVERIFY(byDate.size() >= 2);
            for (qsizetype i = 1; i < byDate.size(); ++i)
                QVERIFY(byDate.at(i - 1).date >= byDate.at(i).date);

            shown.clear();
            QTest::keyClick(pane->sortBox(), Qt::Key_Down); // Most voted
            QCOMPARE(pane->sort(), search::Sort::Votes);
            QTRY_VERIFY(!shown.isEmpty());
            const QList<search::SearchHit> byVotes = pane->model()->hits();
            for (qsizetype i = 1; i < byVotes.size(); ++i)
                QVERIFY(!byVotes.at(i).votes ||
                        byVotes.at(i - 1).votes.value_or(-1) >= *byVotes.at(i).votes);
            // A week's tops are always by votes: the choice is not offered there.
            pane->field()->setText(QStringLiteral("week:2024-W10"));
            QVERIFY(!pane->sortBox()->isEnabled());
            pane->field()->setText(QStringLiteral("model"));
            QVERIFY(pane->sortBox()->isEnabled());
            window->close();
        }
        auto window = uitest::openWindow(dir.path());
        QTest::keyClick(window->paperList()->view(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(window->searchPane()->sort(), search::Sort::Votes);
    }

    // The week and month views: the most voted papers of the day's period, each with its day;
    // Alt+Left and Alt+Right step the period; a typed "week:" or "month:" does the same.
    void weekAndMonthViews()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        const QDate march5(2024, 3, 5);
        window->showDay(march5);
        int cachedPapers = 0;
        for (const QDate day : window->cachedDays().sorted())
            cachedPapers += window->cachedDays().paperCount(day);

        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window->isSearching());
        ui::SearchPane* pane = window->searchPane();
        QCOMPARE(pane->field()->text(), QStringLiteral("week:2024-W10"));
        QTRY_VERIFY(pane->model()->rowCount() > 0);
        const QList<search::SearchHit> week = pane->model()->hits();
        QVERIFY(week.size() <= cachedPapers);
        QSet<QDate> days;
        for (qsizetype i = 0; i < week.size(); ++i) {
            QVERIFY(week.at(i).date >= QDate(2024, 3, 4) && week.at(i).date <= QDate(2024, 3, 10));
            days.insert(week.at(i).date);
            if (i > 0 && week.at(i).votes && week.at(i - 1).votes)
                QVERIFY(*week.at(i - 1).votes >= *week.at(i).votes); // most voted first
        }
        QVERIFY(days.size() > 1); // across the cached days of that week
        QVERIFY2(pane->status()->text().contains(QStringLiteral("week")),
                 qPrintable(pane->status()->text()));

        // The week before has nothing cached: said so. Two weeks on is the week after.
        QTest::keyClick(pane->view(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(pane->field()->text(), QStringLiteral("week:2024-W09"));
        QTRY_COMPARE(pane->model()->rowCount(), 0);
        QVERIFY(pane->status()->text().startsWith(QStringLiteral("No cached papers")));
        QTest::keyClick(pane->view(), Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(pane->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(pane->field()->text(), QStringLiteral("week:2024-W11"));
        QCOMPARE(window->currentDay(), march5); // the day list did not move

        QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(pane->field()->text(), QStringLiteral("month:2024-03"));
        QTRY_COMPARE(pane->model()->rowCount(), week.size()); // every cached day is in March
        // A selected entry shows in the detail pane; Esc goes back to the day.
        QTest::keyClick(pane->view(), Qt::Key_Down);
        QTRY_VERIFY(!pane->currentPaperId().isEmpty());
        QTRY_VERIFY(uitest::detailText(*window).contains(pane->model()->hits().first().title));
        QTest::keyClick(pane->view(), Qt::Key_Escape);
        QVERIFY(!window->isSearching());
        QCOMPARE(window->currentDay(), march5);
    }

    // "More like this": the detail pane lists the most similar cached papers, never the paper
    // itself, and Enter on one shows it in its day.
    void moreLikeThisShowsSimilarPapers()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        window->showDay(QDate(2024, 3, 5));
        const QString shown = window->currentPaperId();
        QVERIFY(!shown.isEmpty());
        ui::RelatedPapers* related = window->detailView()->relatedPapers();
        QVERIFY(related->isVisible());
        QTRY_VERIFY(related->hasAnswer());
        QCOMPARE(related->paperId(), shown);
        QListWidget* list = related->list();
        QVERIFY(list->count() > 0 && list->count() <= ui::RelatedPapers::maxPapers);
        QString chosen;
        for (int row = 0; row < list->count(); ++row) {
            const QString id = list->item(row)->data(Qt::UserRole).toString();
            QVERIFY(id != shown);
            // The tooltip is rich text made here: a title's markup arrives escaped.
            QVERIFY(!list->item(row)->toolTip().contains(QStringLiteral("<script")));
            if (chosen.isEmpty())
                chosen = id;
        }
        QVERIFY2(!chosen.isEmpty(), "the fixtures have papers like this one");

        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window->currentPaperId(), chosen);
        QTRY_COMPARE(window->detailView()->shownPaperId(), chosen);
        // Its own similar papers follow, for the new paper.
        QTRY_VERIFY(related->hasAnswer() && related->paperId() == chosen);
    }

    // The paper the window opens on gets its similar papers once the reader acts, not in the
    // start-up's first second: the query runs over the whole archive.
    void startPaperAsksRelatedAfterFirstInput()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        const QString shown = window->detailView()->shownPaperId();
        ui::RelatedPapers* related = window->detailView()->relatedPapers();
        QVERIFY(related->isVisible());
        QTest::qWait(4 * ui::SearchController::relatedDelayMs);
        QVERIFY(!related->hasAnswer());
        QTest::mouseClick(window->detailView()->browser()->viewport(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(related->hasAnswer(), ui::FirstInput::fallbackMs / 2);
        QCOMPARE(related->paperId(), shown);
        QCOMPARE(window->detailView()->shownPaperId(), shown);
    }

    // A title full of markup is drawn as text: the model hands the delegate plain strings, and
    // the snippet's highlights cover only the matched word.
    void hostileTitlesStayText()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        window->openSearch();
        ui::SearchPane* pane = window->searchPane();
        pane->field()->setText(QStringLiteral("pwned"));
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        const search::SearchHit hit = pane->model()->hits().first();
        QVERIFY(hit.title.contains(QStringLiteral("<script>")));
        for (const search::Snippet::Range& range : hit.snippet.highlights)
            QCOMPARE(hit.snippet.text.mid(range.start, range.length).toLower(),
                     QStringLiteral("pwned"));
        pane->view()->viewport()->repaint(); // paints without a crash or markup
        window->closeSearch();
        QVERIFY(!window->isSearching());
    }

private:
    static QStringList ids(const ui::SearchPane& pane)
    {
        QStringList list;
        for (const search::SearchHit& hit : pane.model()->hits())
            list.append(hit.id);
        return list;
    }
};

PAPERBOY_UI_TEST_MAIN(TestSearchWindow)
#include "TestSearchWindow.moc"
