// For you in the real window: X marks a paper Not interested (saved by the user-data thread)
// and the status bar's Undo takes it back; the day list's For you order puts the bookmarked
// topic first once there are 5 bookmarks, and says how many are missing before; the For you
// tab lists the best of the last 7 cached days without bookmarked papers; retraining runs on
// its own thread while the GUI thread keeps its frames (50,000 papers); reasons stay plain.
#include "UiTestSupport.h"
#include "common/Corpus.h"
#include "rank/ForYou.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/detail/DetailView.h"
#include "ui/foryou/ForYouController.h"
#include "ui/foryou/ForYouListModel.h"
#include "ui/foryou/ForYouPane.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/ForYouSettingsPage.h"
#include "ui/style/ForYouText.h"
#include "ui/style/PlainToolTip.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <ctime>

using namespace paperboy;
using namespace paperboy::uitest;
using SortMode = ui::PaperFilterProxy::SortMode;

namespace {

constexpr int trainTimeoutMs = 60000;

QStringList listedIds(ui::MainWindow& window)
{
    QStringList ids;
    const QAbstractItemModel* proxy = window.paperList()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(ui::PaperListModel::IdRole).toString());
    return ids;
}

// Mean of the precision at each relevant paper's place: 1 when the relevant papers come first.
double averagePrecision(const QStringList& order, const QSet<QString>& relevant)
{
    int found = 0;
    double sum = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (relevant.contains(order.at(i)))
            sum += double(++found) / double(i + 1);
    }
    return found == 0 ? 0 : sum / found;
}

// CPU time of the calling thread.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

std::unique_ptr<store::UserStore> userStore(const QString& dir)
{
    QString error;
    auto store = store::UserStore::open(store::DataPaths::inDirectory(dir), &error);
    if (!store)
        qWarning("cannot open the user store: %s", qPrintable(error));
    return store;
}

// 500 days of 100 papers each, from a fixed seed: titles and abstracts of words drawn from a
// vocabulary of made-up words, a few of them frequent (as real words are).
bool writeSyntheticCache(const QString& dir, int days, int perDay)
{
    QString error;
    auto writer = store::CacheWriter::open(store::DataPaths::inDirectory(dir), &error);
    if (!writer)
        return false;
    QStringList words;
    const QStringList syllables = {
        QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),  QStringLiteral("ren"),
        QStringLiteral("tas"), QStringLiteral("vo"),  QStringLiteral("dek"), QStringLiteral("pu"),
        QStringLiteral("sil"), QStringLiteral("nor"), QStringLiteral("gle"), QStringLiteral("fa")};
    for (const QString& a : syllables)
        for (const QString& b : syllables)
            for (const QString& c : syllables)
                words.append(a + b + c);
    QRandomGenerator random(32);
    const auto text = [&](int count) {
        QStringList picked;
        for (int i = 0; i < count; ++i) {
            // Squaring the draw makes the first words far more frequent.
            const double draw = random.generateDouble();
            picked.append(words.at(int(draw * draw * double(words.size() - 1))));
        }
        return picked.join(QLatin1Char(' '));
    };
    const QDate first(2023, 1, 2);
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        core::Digest digest{day, core::huggingFaceSource(), {}};
        for (int i = 0; i < perDay; ++i) {
            core::Paper paper;
            const QString id =
                day.toString(QStringLiteral("yyMM")) + QLatin1Char('.') +
                QStringLiteral("%1").arg(day.day() * 1000 + i, 5, 10, QLatin1Char('0'));
            paper.id = *core::ArxivId::parse(id);
            paper.date = day;
            paper.title = text(10);
            paper.abstract = text(60);
            paper.authors = {QStringLiteral("Author %1").arg(random.bounded(500))};
            paper.votes = random.bounded(200);
            digest.papers.append(paper);
        }
        if (!writer->writeDigest(digest, &error))
            return false;
    }
    return true;
}

} // namespace

class TestForYouWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void xDismissesAndUndoRestores();
    void coldStartShowsHowManyBookmarksAreNeeded();
    void forYouOrderPutsTheBookmarkedTopicFirst();
    void forYouTabListsTheBestOfSevenDays();
    void settingsPageShowsAndResetsTheModel();
    void hostileReasonsStayPlainText();
    void retrainingNeverBlocksTheGui();

private:
    // The corpus's first 30 Hugging Face days; bookmarks the papers whose title matches
    // `topic` on the first `trainingDays` of them. Returns the bookmarked ids.
    QStringList corpusWithTopicBookmarks(const QRegularExpression& topic, int trainingDays);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestForYouWindow::init()
{
    forgetWindowState();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestForYouWindow::corpusWithTopicBookmarks(const QRegularExpression& topic,
                                                       int trainingDays)
{
    QDir hf(corpusDir() + QStringLiteral("/hf_daily_papers"));
    const QStringList files = hf.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& file : files.mid(0, 30))
        paths.append(hf.filePath(file));
    if (!importInto(m_dir->path(), paths).isEmpty())
        return {};
    QString error;
    auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
    auto user = userStore(m_dir->path());
    if (!cache || !user)
        return {};
    QStringList bookmarked;
    const QList<store::DaySummary> days = cache->days();
    for (int d = 0; d < std::min<int>(trainingDays, int(days.size())); ++d) {
        for (const core::Paper& paper : cache->dayPapers(days.at(d).date)) {
            if (topic.match(paper.title).hasMatch())
                bookmarked.append(paper.id.id());
        }
    }
    QList<store::Bookmark> marks;
    for (const QString& id : bookmarked)
        marks.append(store::Bookmark::fromPaper(*cache->paper(id)));
    if (!user->addBookmarks(marks, &error))
        return {};
    return bookmarked;
}

void TestForYouWindow::xDismissesAndUndoRestores()
{
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    const QString id = window->currentPaperId();
    QTRY_VERIFY(window->actions().notInterested->isEnabled());

    QTest::keyClick(window->paperList()->view(), Qt::Key_X);
    QVERIFY(window->forYou().dismissed().contains(id));
    QVERIFY(window->actions().notInterested->isChecked());
    QVERIFY(window->forYou().undoButton()->isVisible());
    QTRY_VERIFY(userStore(m_dir->path())->isDismissed(id));
    // The dismissed paper sinks to the end of the For you order.
    window->paperList()->setSortMode(SortMode::ForYou);
    QCOMPARE(listedIds(*window).constLast(), id);

    window->forYou().undoButton()->click();
    QVERIFY(!window->forYou().dismissed().contains(id));
    QVERIFY(!window->forYou().undoButton()->isVisible());
    QTRY_VERIFY(!userStore(m_dir->path())->isDismissed(id));
    QVERIFY(listedIds(*window).constLast() != id || listedIds(*window).size() == 1);

    // The row's context menu and the detail pane offer the same command.
    QVERIFY(window->detailView()
                ->findChild<QToolBar*>(QStringLiteral("detailPaperBar"))
                ->actions()
                .contains(window->actions().notInterested));
}

void TestForYouWindow::coldStartShowsHowManyBookmarksAreNeeded()
{
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
    {
        QString error;
        auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        QVERIFY(cache);
        const QDate day = cache->days().constLast().date;
        const QList<store::PaperListItem> items = cache->dayList(day);
        QVERIFY(items.size() >= 2);
        QVERIFY(userStore(m_dir->path())
                    ->addBookmarks({store::Bookmark::fromPaper(*cache->paper(items.at(0).id)),
                                    store::Bookmark::fromPaper(*cache->paper(items.at(1).id))},
                                   &error));
    }
    const int needed = rank::minimumBookmarks - 2;
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    QTRY_VERIFY(window->forYou().state().known);
    QVERIFY(!window->forYou().state().trained);
    QCOMPARE(window->forYou().state().bookmarksNeeded, needed);

    ui::PaperListPane* list = window->paperList();
    QVERIFY(!list->forYouHint()->isVisible()); // only in the For you order
    list->setSortMode(SortMode::ForYou);
    QVERIFY(list->forYouHint()->isVisible());
    QVERIFY(list->forYouHint()->text().contains(QString::number(needed)));
    // By votes until then: the same order the Votes choice gives.
    const QStringList forYou = listedIds(*window);
    list->setSortMode(SortMode::Votes);
    QCOMPARE(forYou, listedIds(*window));

    window->navigatorTabs()->setCurrentWidget(window->forYouPane());
    QLabel* message = window->forYouPane()->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QString::number(needed)));
}

void TestForYouWindow::forYouOrderPutsTheBookmarkedTopicFirst()
{
    PAPERBOY_REQUIRE_CORPUS();
    // A topic from the titles, not from any answer: the later days' papers of the topic are
    // what the reader would want first.
    const QRegularExpression topic(QStringLiteral("\\bvideos?\\b"),
                                   QRegularExpression::CaseInsensitiveOption);
    const QStringList bookmarked = corpusWithTopicBookmarks(topic, 15);
    QVERIFY2(bookmarked.size() >= rank::minimumBookmarks, "too few topic papers to bookmark");
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(window->forYou().state().trained, trainTimeoutMs);
    ui::PaperListPane* list = window->paperList();
    list->setSortMode(SortMode::ForYou);
    QVERIFY(!list->forYouHint()->isVisible());

    QString error;
    auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
    QVERIFY(cache);
    const QList<store::DaySummary> days = cache->days();
    double forYouSum = 0;
    double votesSum = 0;
    int measured = 0;
    for (int d = 15; d < days.size(); ++d) {
        const QDate day = days.at(d).date;
        QSet<QString> relevant;
        for (const store::PaperListItem& item : cache->dayList(day)) {
            if (topic.match(item.title).hasMatch())
                relevant.insert(item.id);
        }
        if (relevant.isEmpty())
            continue;
        window->showDay(day);
        list->setSortMode(SortMode::ForYou);
        // The day may be scored after it is shown (outside the scored period): wait for it.
        QTRY_VERIFY(window->forYou().scores().contains(*relevant.cbegin()));
        const QStringList forYou = listedIds(*window);
        list->setSortMode(SortMode::Votes);
        const QStringList votes = listedIds(*window);
        forYouSum += averagePrecision(forYou, relevant);
        votesSum += averagePrecision(votes, relevant);
        ++measured;
        // Each row's tooltip gives its reasons.
        const QModelIndex first = list->model()->index(list->model()->rowOfId(forYou.first()));
        QVERIFY(
            first.data(Qt::ToolTipRole)
                .toString()
                .contains(ui::forYouWhyLine(first.data(ui::PaperListModel::WhyRole).toStringList())
                              .toHtmlEscaped()));
        QVERIFY(!first.data(ui::PaperListModel::WhyRole).toStringList().isEmpty());
    }
    QVERIFY(measured >= 3);
    const double forYouMap = forYouSum / measured;
    const double votesMap = votesSum / measured;
    qInfo("topic MAP over %d days: For you %.2f, votes %.2f", measured, forYouMap, votesMap);
    QVERIFY2(forYouMap > votesMap,
             qPrintable(QStringLiteral("%1 <= %2").arg(forYouMap).arg(votesMap)));
    QVERIFY(forYouMap >= 0.5);
}

void TestForYouWindow::forYouTabListsTheBestOfSevenDays()
{
    PAPERBOY_REQUIRE_CORPUS();
    const QRegularExpression topic(QStringLiteral("\\bvideos?\\b"),
                                   QRegularExpression::CaseInsensitiveOption);
    const QStringList bookmarked = corpusWithTopicBookmarks(topic, 30);
    QVERIFY(bookmarked.size() >= rank::minimumBookmarks);
    auto window = openWindow(m_dir->path());
    ui::ForYouPane* pane = window->forYouPane();
    QAbstractItemModelTester tester(pane->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->actions().showForYou->trigger(); // Ctrl+Shift+Y
    QCOMPARE(window->navigatorTabs()->currentWidget(), pane);
    QTRY_VERIFY_WITH_TIMEOUT(window->forYou().state().trained, trainTimeoutMs);
    QTRY_VERIFY(pane->model()->rowCount() > 0);

    const QList<QDate> cached = window->cachedDays().sorted();
    const QSet<QDate> lastSeven(cached.end() - 7, cached.end());
    const QList<rank::RankedPaper>& papers = pane->model()->papers();
    for (int row = 0; row < papers.size(); ++row) {
        const rank::RankedPaper& paper = papers.at(row);
        QVERIFY2(lastSeven.contains(paper.date), qPrintable(paper.id));
        QVERIFY2(!bookmarked.contains(paper.id), qPrintable(paper.id));
        if (row > 0)
            QVERIFY(papers.at(row - 1).score >= paper.score);
        const QString shown = pane->model()->index(row).data().toString();
        QVERIFY(shown.contains(QLocale().toString(paper.date, QLocale::ShortFormat)));
    }
    // Every paper of the 7 days but the bookmarked ones is there.
    int expected = 0;
    for (const QDate& day : lastSeven)
        expected += window->cachedDays().paperCount(day);
    QSet<QString> listedBookmarks;
    QString error;
    auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
    for (const QDate& day : lastSeven) {
        for (const store::PaperListItem& item : cache->dayList(day)) {
            if (bookmarked.contains(item.id))
                listedBookmarks.insert(item.id);
        }
    }
    QCOMPARE(papers.size(), expected - listedBookmarks.size());

    // Choosing a row opens the paper in the detail pane, with its reasons.
    pane->view()->setCurrentIndex(pane->model()->index(0));
    QTRY_COMPARE(window->detailView()->shownPaperId(), papers.first().id);
    QLabel* why = window->detailView()->whyLabel();
    QTRY_VERIFY(why->isVisible());
    QCOMPARE(why->text(), ui::forYouWhyLine(papers.first().why));

    // Not interested in the first one: after retraining it is listed last.
    const QString first = papers.first().id;
    window->actions().notInterested->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->papers().constLast().id == first, trainTimeoutMs);
}

void TestForYouWindow::settingsPageShowsAndResetsTheModel()
{
    PAPERBOY_REQUIRE_CORPUS();
    const QRegularExpression topic(QStringLiteral("\\bvideos?\\b"),
                                   QRegularExpression::CaseInsensitiveOption);
    QVERIFY(corpusWithTopicBookmarks(topic, 30).size() >= rank::minimumBookmarks);
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(window->forYou().state().trained, trainTimeoutMs);
    const QString model = rank::modelFile(store::DataPaths::inDirectory(m_dir->path()));
    QVERIFY(QFileInfo::exists(model));
    const int bookmarks = window->forYou().state().bookmarks;

    window->actions().settings->trigger();
    auto* page = window->findChild<ui::ForYouSettingsPage*>();
    QVERIFY(page);
    QVERIFY(page->stateLabel()->text().contains(QString::number(bookmarks)));
    QVERIFY(page->resetButton()->isEnabled());
    page->setConfirmReset(false);
    QSignalSpy states(&window->forYou(), &ui::ForYouController::stateChanged);
    page->resetButton()->click();
    // The model is made again from the marks, which stay.
    QTRY_VERIFY_WITH_TIMEOUT(window->forYou().state().trained, trainTimeoutMs);
    QVERIFY(states.size() >= 2);
    QCOMPARE(window->forYou().state().bookmarks, bookmarks);
    QCOMPARE(userStore(m_dir->path())->bookmarks().size(), bookmarks);
    QVERIFY(QFileInfo::exists(model));
}

void TestForYouWindow::hostileReasonsStayPlainText()
{
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
    const QString id = window->detailView()->shownPaperId();
    const QStringList hostile = {QStringLiteral("<b>x</b>"),
                                 QStringLiteral("<img src=\"file:///etc/hosts\">"),
                                 QStringLiteral("\u202Egnp.exe")};
    // The day list's tooltip: escaped, every term there literally.
    window->paperList()->setForYouOrder({{id, 0}}, {{id, hostile}}, QString());
    const QModelIndex row =
        window->paperList()->model()->index(window->paperList()->model()->rowOfId(id));
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    // The For you tab's tooltip, the same way.
    ui::ForYouListModel model;
    rank::RankedPaper paper;
    paper.id = id;
    paper.date = QDate(2024, 3, 4);
    paper.title = QStringLiteral("<i>title</i>");
    paper.why = hostile;
    model.setPapers({paper});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString tabTip = model.index(0).data(Qt::ToolTipRole).toString();
    QVERIFY(!tabTip.contains(QStringLiteral("<img")));
    QVERIFY(tabTip.contains(QStringLiteral("&lt;i&gt;title&lt;/i&gt;")));
    // The detail pane's Why line: a plain-text label showing the terms as they are.
    window->detailView()->setWhy(id, ui::forYouWhyLine(hostile));
    QLabel* why = window->detailView()->whyLabel();
    QVERIFY(why->isVisible());
    QCOMPARE(why->textFormat(), Qt::PlainText);
    QVERIFY(why->text().contains(QStringLiteral("<b>x</b>")));
    QVERIFY(why->text().contains(QStringLiteral("<img src=\"file:///etc/hosts\">")));
    // The right-to-left override ends with its term: the terms after it read as they are.
    QVERIFY(why->text().contains(QStringLiteral("\u2068\u202Egnp.exe\u2069")));
}

void TestForYouWindow::retrainingNeverBlocksTheGui()
{
    QElapsedTimer making;
    making.start();
    QVERIFY(writeSyntheticCache(m_dir->path(), 500, 100));
    qInfo("50,000-paper cache written in %lld ms", making.elapsed());
    {
        QString error;
        auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        QVERIFY(cache);
        QList<store::Bookmark> marks;
        const QList<store::DaySummary> days = cache->days();
        for (int i = 0; i < rank::minimumBookmarks; ++i) {
            const QList<store::PaperListItem> items = cache->dayList(days.at(i * 40).date);
            marks.append(store::Bookmark::fromPaper(*cache->paper(items.at(i).id)));
        }
        QVERIFY(userStore(m_dir->path())->addBookmarks(marks, &error));
    }
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(window->forYou().state().trained, trainTimeoutMs);
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    window->paperList()->setSortMode(SortMode::ForYou);
    window->navigatorTabs()->setCurrentWidget(window->forYouPane());
    const int before = window->forYou().state().bookmarks;
    QTest::qWait(500); // the tab and the order painted, the first paper read: before the clock

    // A frame clock on the GUI thread: the work the thread did between two ticks is how long
    // it could not paint. Counted in the thread's CPU time: on a machine shared with other
    // work, the wall clock also counts the time other processes had the core (reported too).
    constexpr int tickMs = 4;
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    ticks.setInterval(tickMs);
    QElapsedTimer clock;
    qint64 lastWall = 0;
    double lastCpu = 0;
    double worstMs = 0;
    double worstWallMs = 0;
    connect(&ticks, &QTimer::timeout, this, [&] {
        const qint64 wall = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        worstMs = std::max(worstMs, cpu - lastCpu);
        worstWallMs = std::max(worstWallMs, double(wall - lastWall) / 1e6 - tickMs);
        lastWall = wall;
        lastCpu = cpu;
    });
    // A bookmark more: the model retrains by itself (debounced) on its thread.
    window->actions().toggleBookmark->trigger();
    clock.start();
    lastCpu = threadCpuMs();
    ticks.start();
    QTRY_VERIFY_WITH_TIMEOUT(window->forYou().state().bookmarks == before + 1, trainTimeoutMs);
    const double trainingSeconds = double(clock.nsecsElapsed()) / 1e9;
    ticks.stop();
    qInfo("retraining on 50,000 papers: %.1f s after the bookmark (1.5 s of it the wait); "
          "the GUI thread's largest stall %.1f ms of its own work (%.1f ms by the wall clock)",
          trainingSeconds, worstMs, worstWallMs);
    QVERIFY(window->forYou().state().trained);
    QVERIFY2(worstMs <= 16, qPrintable(QStringLiteral("stall of %1 ms").arg(worstMs)));
}

PAPERBOY_UI_TEST_MAIN(TestForYouWindow)
#include "TestForYouWindow.moc"
