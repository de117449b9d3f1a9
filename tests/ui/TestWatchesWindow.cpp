// Watches in the real window (issue 33), over days of the shared corpus: Save as Watch from the
// search pane, new counts after an import with one status line naming exactly the watches
// that gained, opening a watch (results marked, seen, 0 after a restart), hostile names and
// queries shown as plain text, and a feed export that a real feed parser reads.
#include "UiTestSupport.h"

#include "common/Corpus.h"
#include "ui/common/Actions.h"

#include "search/WatchSearch.h"
#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/watches/WatchDelegate.h"
#include "ui/watches/WatchListModel.h"
#include "ui/watches/WatchesPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <deque>
#include <functional>

using namespace paperboy;

namespace {

// The corpus days of Hugging Face digests, oldest first: the first ones are cached before the
// watches are made, the next ones arrive later.
QStringList corpusDays(int from, int count)
{
    const QString folder = uitest::corpusDir() + QStringLiteral("/hf_daily_papers");
    const QStringList all =
        QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList files;
    for (const QString& name : all.mid(from, count))
        files.append(folder + QLatin1Char('/') + name);
    return files;
}

// Answers the modal dialogs the window raises, in order, each with its handler; a dialog
// no handler is left for fails the test's wait (it stays up, nothing answers it).
class DialogAnswers final : public QObject
{
public:
    using Handler = std::function<void(QWidget* dialog)>;

    DialogAnswers()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog || dialog == m_last || m_handlers.empty())
                return;
            m_last = dialog;
            Handler handler = std::move(m_handlers.front());
            m_handlers.pop_front();
            ++m_answered;
            handler(dialog);
        });
        m_timer.start(20);
    }

    void then(Handler handler) { m_handlers.push_back(std::move(handler)); }
    int answered() const { return m_answered; }
    bool done() const { return m_handlers.empty(); }

private:
    QTimer m_timer;
    std::deque<Handler> m_handlers;
    QPointer<QWidget> m_last;
    int m_answered = 0;
};

void typeName(QWidget* dialog, const QString& name)
{
    auto* input = qobject_cast<QInputDialog*>(dialog);
    QVERIFY(input);
    input->setTextValue(name);
    input->accept();
}

// What the counts should be: the core's own count over a connection of the test's.
search::WatchCounts expectedCounts(const QString& dataDir)
{
    const store::DataPaths paths = store::DataPaths::inDirectory(dataDir);
    QString error;
    auto search = search::WatchSearch::open(paths, &error);
    auto user = store::UserStore::open(paths, &error);
    if (!search || !user)
        return {};
    return search->countNew(user->watches()).value_or(search::WatchCounts());
}

void addWatches(const QString& dataDir, const QList<std::pair<QString, QString>>& watches)
{
    const store::DataPaths paths = store::DataPaths::inDirectory(dataDir);
    QString error;
    auto search = search::WatchSearch::open(paths, &error);
    QVERIFY2(search, qPrintable(error));
    auto user = store::UserStore::open(paths, &error);
    QVERIFY2(user, qPrintable(error));
    for (const auto& [name, query] : watches)
        QVERIFY2(user->addWatch(name, query, search->seenMark(), &error), qPrintable(error));
}

} // namespace

class TestWatchesWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init() { uitest::forgetWindowState(); }

    void saveSearchAsWatchFromThePane()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QTemporaryDir dir;
        QCOMPARE(uitest::importInto(dir.path(), corpusDays(0, 3)), QStringList());
        auto window = uitest::openWindow(dir.path());
        ui::WatchesController& watches = window->watches();
        QSignalSpy changed(&watches, &ui::WatchesController::watchesChanged);
        QTRY_VERIFY(changed.size() >= 1); // the (empty) list read at start

        window->openSearch();
        ui::SearchPane* pane = window->searchPane();
        QVERIFY(!pane->saveAsWatchButton()->isEnabled()); // nothing typed yet
        QSignalSpy shown(pane, &ui::SearchPane::resultsShown);
        pane->field()->setText(QStringLiteral("diffusion -video"));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY(pane->saveAsWatchButton()->isEnabled());

        DialogAnswers answers;
        answers.then([](QWidget* dialog) {
            // The name is proposed from the query.
            QCOMPARE(qobject_cast<QInputDialog*>(dialog)->textValue(),
                     QStringLiteral("diffusion -video"));
            typeName(dialog, QStringLiteral("Diffusion"));
        });
        QTest::mouseClick(pane->saveAsWatchButton(), Qt::LeftButton);
        QTRY_COMPARE(watches.watches().size(), 1);
        QCOMPARE(watches.watches().first().name, QStringLiteral("Diffusion"));
        QCOMPARE(watches.watches().first().query, QStringLiteral("diffusion -video"));
        QTRY_COMPARE(watches.newCount(QStringLiteral("Diffusion")), std::optional<int>(0));
        QVERIFY(answers.done());

        // The same name again, by the keys this time: a clear message, and the name is asked
        // again; nothing is overwritten.
        QSignalSpy problems(&watches, &ui::WatchesController::problem);
        QString shownMessage;
        answers.then([](QWidget* dialog) { typeName(dialog, QStringLiteral("Diffusion")); });
        answers.then([&shownMessage](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            shownMessage = box->text();
            box->accept();
        });
        answers.then([](QWidget* dialog) { qobject_cast<QDialog*>(dialog)->reject(); });
        pane->field()->setText(QStringLiteral("robot"));
        window->activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY2(answers.done(), qPrintable(QString::number(answers.answered())));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(shownMessage.contains(QStringLiteral("exists already")), qPrintable(shownMessage));
        QCOMPARE(watches.watches().size(), 1);
        QCOMPARE(watches.watches().first().query, QStringLiteral("diffusion -video"));
    }

    // A few weeks cached, watches made, more days imported in the window: the tab shows the
    // core's exact counts, and one status line names exactly the watches that gained.
    // Opening one shows its results with the new ones marked and makes its count 0, which a
    // restart keeps.
    void newCountsAfterAnImportThenOpeningMarksSeen()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QTemporaryDir dir;
        QCOMPARE(uitest::importInto(dir.path(), corpusDays(0, 10)), QStringList());
        const QString nothing = QStringLiteral("\"zzyzx quintessential nonsense\"");
        addWatches(dir.path(), {{QStringLiteral("diffusion"), QStringLiteral("diffusion")},
                                {QStringLiteral("nothing"), nothing},
                                {QStringLiteral("agents"), QStringLiteral("agent")}});
        {
            auto window = uitest::openWindow(dir.path());
            ui::WatchesController& watches = window->watches();
            QSignalSpy counted(&watches, &ui::WatchesController::counted);
            QTRY_VERIFY(!counted.isEmpty());
            QCOMPARE(counted.constLast().at(0).toInt(), 0); // what was cached is seen
            ui::WatchesPane* pane = window->watchesPane();
            QCOMPARE(pane->model()->rowCount(), 3);
            QAbstractItemModelTester tester(pane->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

            QSignalSpy gained(&watches, &ui::WatchesController::watchesGained);
            counted.clear();
            window->importPaths(corpusDays(10, 6));
            QTRY_VERIFY_WITH_TIMEOUT(!gained.isEmpty(), 30000);
            QTRY_VERIFY(!counted.isEmpty());
            const search::WatchCounts expected = expectedCounts(dir.path());
            QList<std::pair<QString, int>> named;
            for (const search::WatchNew& watch : expected.watches) {
                QCOMPARE(watches.newCount(watch.name), std::optional<int>(watch.count()));
                if (watch.count() > 0)
                    named.append({watch.name, watch.count()});
            }
            QVERIFY2(named.size() == 2, "the corpus days should bring diffusion and agents");
            QCOMPARE(gained.size(), 1);
            const QString line = gained.first().at(0).toString();
            QCOMPARE(line, ui::WatchesController::gainedMessage(named));
            QVERIFY(!line.contains(QStringLiteral("nothing")));
            QCOMPARE(window->statusBar()->currentMessage(), line);
            // Bold while something is new.
            const QModelIndex row = pane->model()->index(0);
            QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(!pane->model()->index(1).data(Qt::FontRole).value<QFont>().bold());

            // Opened by the keyboard from the tab: the results in the search pane, newest
            // first, exactly the new ones marked; then seen.
            const int fresh = *watches.newCount(QStringLiteral("diffusion"));
            window->navigatorTabs()->setCurrentWidget(pane);
            pane->view()->setFocus();
            pane->view()->setCurrentIndex(row);
            QSignalSpy seen(&watches, &ui::WatchesController::watchSeen);
            QTest::keyClick(pane->view(), Qt::Key_Return);
            QTRY_VERIFY(window->isSearching());
            ui::SearchPane* search = window->searchPane();
            QTRY_COMPARE(search->watchName(), QStringLiteral("diffusion"));
            QCOMPARE(search->sort(), search::Sort::Date);
            int marked = 0;
            QDate previous = QDate(9999, 1, 1);
            for (int i = 0; i < search->model()->rowCount(); ++i) {
                const QModelIndex index = search->model()->index(i);
                marked += index.data(ui::SearchResultsModel::NewRole).toBool() ? 1 : 0;
                const QDate day =
                    index.data(ui::SearchResultsModel::HitRole).value<search::SearchHit>().date;
                QVERIFY(day <= previous);
                previous = day;
            }
            QCOMPARE(marked, fresh);
            QVERIFY(search->status()->text().contains(QStringLiteral("diffusion")));
            QTRY_COMPARE(seen.size(), 1);
            QTRY_COMPARE(watches.newCount(QStringLiteral("diffusion")), std::optional<int>(0));
            QCOMPARE(expectedCounts(dir.path()).newCount(QStringLiteral("diffusion")), 0);
            // Typing leaves the watch: an ordinary search again.
            search->field()->setText(QStringLiteral("diffusion model"));
            QVERIFY(search->watchName().isEmpty());
        }
        // After a restart the opened watch stays at 0; the other keeps its count.
        auto window = uitest::openWindow(dir.path());
        ui::WatchesController& watches = window->watches();
        QTRY_VERIFY(watches.newCount(QStringLiteral("agents")).has_value());
        QCOMPARE(watches.newCount(QStringLiteral("diffusion")), std::optional<int>(0));
        QCOMPARE(watches.newCount(QStringLiteral("agents")),
                 std::optional<int>(expectedCounts(dir.path()).newCount(QStringLiteral("agents"))));
        QVERIFY(*watches.newCount(QStringLiteral("agents")) > 0);
        // The tab last shown is shown again.
        QCOMPARE(window->navigatorTabs()->currentWidget(), window->watchesPane());
    }

    // Names and queries are the reader's own text, maybe pasted: markup, quotes and an RTL
    // override show literally in one line; a 10,000-character name is refused clearly.
    void hostileNamesAndQueriesArePlainText()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QTemporaryDir dir;
        QCOMPARE(uitest::importInto(dir.path(), corpusDays(0, 2)), QStringList());
        const QString name = QStringLiteral("<b>bold</b> \"quoted\" 'single' \u202Eevil tail");
        QString query = QStringLiteral("<img src=x> \"diffusion ");
        while (query.size() < 10000)
            query += QStringLiteral("word ");
        query.truncate(10000);
        auto window = uitest::openWindow(dir.path());
        window->resize(1024, 700);
        ui::WatchesController& watches = window->watches();
        QSignalSpy changed(&watches, &ui::WatchesController::watchesChanged);
        QTRY_VERIFY(!changed.isEmpty());
        watches.addWatch(name, query);
        QTRY_COMPARE(watches.watches().size(), 1);
        QCOMPARE(watches.watches().first().name, name);
        QCOMPARE(watches.watches().first().query, query);

        ui::WatchesPane* pane = window->watchesPane();
        window->navigatorTabs()->setCurrentWidget(pane);
        QTRY_VERIFY(watches.newCount(name).has_value());
        const QModelIndex row = pane->model()->index(0);
        // One line, however long the query; the tooltip escaped.
        QStyleOptionViewItem option;
        option.initFrom(pane->view());
        const int height = pane->view()->itemDelegate()->sizeHint(option, row).height();
        QVERIFY(height < 3 * pane->view()->fontMetrics().height());
        QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>bold")));
        QVERIFY(!pane->view()->grab().isNull()); // painted without trouble
        QVERIFY(pane->width() < window->width() / 2);

        // Opened: the search pane's status quotes the name as plain text.
        watches.openWatch(name);
        QTRY_COMPARE(window->isSearching(), true);
        ui::SearchPane* search = window->searchPane();
        QTRY_COMPARE(search->watchName(), name);
        QCOMPARE(search->status()->textFormat(), Qt::PlainText);
        QVERIFY(search->status()->text().contains(QStringLiteral("<b>bold</b>")));

        // The status line isolates the override so it turns nothing after it.
        const QString line =
            ui::WatchesController::gainedMessage({{name, 3}, {QStringLiteral("x"), 1}});
        QVERIFY(line.contains(QChar(0x2068)) && line.contains(QChar(0x2069)));
        QVERIFY(line.indexOf(QChar(0x2069)) < line.indexOf(QStringLiteral("x")));

        // A 10,000-character name: refused with a plain-text message, nothing added.
        DialogAnswers answers;
        QString shownMessage;
        answers.then([&shownMessage](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            shownMessage = box->text();
            box->accept();
        });
        watches.addWatch(QString(10000, QLatin1Char('n')), QStringLiteral("robot"));
        QTRY_VERIFY(answers.done());
        QVERIFY(!shownMessage.isEmpty());
        QTRY_COMPARE(watches.watches().size(), 1);
    }

    // File → Export Watch as Feed…: written off the GUI thread, parsed by a real feed parser
    // (Debian's python3-feedparser), entries equal to the watch's newest matches; a file that
    // cannot be written is a clear message.
    void exportedFeedParses()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QTemporaryDir dir;
        QCOMPARE(uitest::importInto(dir.path(), corpusDays(0, 2)), QStringList());
        addWatches(dir.path(), {{QStringLiteral("diffusion"), QStringLiteral("diffusion")}});
        auto window = uitest::openWindow(dir.path());
        ui::WatchesController& watches = window->watches();
        QTRY_COMPARE(watches.watches().size(), 1);

        const QString feed = dir.filePath(QStringLiteral("diffusion.atom"));
        QSignalSpy exported(&watches, &ui::WatchesController::feedExported);
        watches.exportFeed(QStringLiteral("diffusion"), feed);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(2).toString(), QString());

        QString error;
        const store::DataPaths paths = store::DataPaths::inDirectory(dir.path());
        auto search = search::WatchSearch::open(paths, &error);
        QVERIFY(search);
        QStringList expected;
        for (const search::SearchHit& hit :
             search->results(watches.watches().first(), ui::WatchesController::feedEntries).hits)
            expected.append(QStringLiteral("https://arxiv.org/abs/") + hit.id);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(exported.first().at(1).toInt(), expected.size());
        QProcess parser;
        parser.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, feedparser\n"
                                     "f = feedparser.parse(sys.argv[1])\n"
                                     "assert not f.bozo, f.get('bozo_exception')\n"
                                     "assert f.version == 'atom10', f.version\n"
                                     "print('\\n'.join(e.id for e in f.entries))\n"),
                      feed});
        QVERIFY(parser.waitForFinished(60000));
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        QCOMPARE(
            QString::fromUtf8(parser.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')),
            expected);

        // The same by File → Export Watch as Feed…: the watch chosen, then the file.
        DialogAnswers menu;
        const QString chosenFile = dir.filePath(QStringLiteral("chosen.atom"));
        menu.then([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            QCOMPARE(input->comboBoxItems(), QStringList{QStringLiteral("diffusion")});
            input->setTextValue(QStringLiteral("diffusion"));
            input->accept();
        });
        menu.then([chosenFile](QWidget* dialog) {
            auto* files = qobject_cast<QFileDialog*>(dialog);
            QVERIFY(files);
            // Typed as the reader types it: selectFile() while the dialog's directory model
            // still loads may leave the proposed name, which exists (the feed above), and
            // accept() then asks in a nested dialog that nothing answers (3 hangs in 4 runs).
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(chosenFile);
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as the Save button
        });
        window->actions().exportWatchFeed->trigger();
        QTRY_COMPARE(exported.size(), 2);
        QVERIFY(menu.done());
        QCOMPARE(exported.at(1).at(0).toString(), chosenFile);
        QFile first(feed);
        QFile second(chosenFile);
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll().size(), first.readAll().size()); // the same entries
        exported.clear();

        // A folder that does not exist: the reader is told, with the reason.
        DialogAnswers answers;
        QString shownMessage;
        answers.then([&shownMessage](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            shownMessage = box->text();
            box->accept();
        });
        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/feed.atom"));
        watches.exportFeed(QStringLiteral("diffusion"), nowhere);
        QTRY_COMPARE(exported.size(), 1);
        QVERIFY(!exported.at(0).at(2).toString().isEmpty());
        QTRY_VERIFY(answers.done());
        QVERIFY(shownMessage.contains(nowhere));
    }

    // Reordering is kept in the user file; delete asks first and can be undone.
    void reorderDeleteAndUndo()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QTemporaryDir dir;
        QCOMPARE(uitest::importInto(dir.path(), corpusDays(0, 1)), QStringList());
        addWatches(dir.path(), {{QStringLiteral("a"), QStringLiteral("robot")},
                                {QStringLiteral("b"), QStringLiteral("diffusion")},
                                {QStringLiteral("c"), QStringLiteral("agent")}});
        auto window = uitest::openWindow(dir.path());
        ui::WatchesController& watches = window->watches();
        ui::WatchesPane* pane = window->watchesPane();
        QTRY_COMPARE(watches.watches().size(), 3);
        // Ctrl+Shift+N: the tab, by the keys, its first watch current.
        QVERIFY(window->navigatorTabs()->currentWidget() != pane);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->navigatorTabs()->currentWidget(), pane);
        QVERIFY(pane->view()->hasFocus());
        QCOMPARE(pane->currentName(), QStringLiteral("a"));
        pane->selectWatch(QStringLiteral("c"));
        const auto names = [&watches] {
            QStringList list;
            for (const store::Watch& watch : watches.watches())
                list.append(watch.name);
            return list;
        };
        QTest::keyClick(pane->view(), Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(names(),
                     (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        QCOMPARE(pane->currentName(), QStringLiteral("c"));

        DialogAnswers answers;
        answers.then([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QTRY_COMPARE(names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QTRY_VERIFY(pane->undoDeleteAction()->isEnabled());
        pane->undoDeleteAction()->trigger();
        QTRY_COMPARE(names(),
                     (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        window.reset();
        QString notice;
        QString error;
        auto user = store::openUserData(store::DataPaths::inDirectory(dir.path()), &notice, &error);
        QVERIFY(user);
        QCOMPARE(user->watches().at(1).name, QStringLiteral("c"));
    }

    // The list model alone, through Qt's model checks while it changes.
    void watchListModelIsAConsistentModel()
    {
        ui::WatchListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::Watch a{QStringLiteral("a"), QStringLiteral("robot"), 0, {}, {}, {}};
        store::Watch b{QStringLiteral("b"), QStringLiteral("diffusion"), 1, {}, {}, {}};
        model.setWatches({a, b});
        QCOMPARE(
            ui::WatchDelegate::countText(model.index(0).data(ui::WatchListModel::NewCountRole)),
            QStringLiteral("\u2026"));
        model.setNewCount(QStringLiteral("a"), QStringLiteral("robot"), 3);
        model.setNewCount(QStringLiteral("b"), QStringLiteral("old query"), 5); // stale: ignored
        QCOMPARE(model.newCount(QStringLiteral("a")), std::optional<int>(3));
        QCOMPARE(model.newCount(QStringLiteral("b")), std::nullopt);
        b.query = QStringLiteral("diffusion -video");
        model.setWatches({b, a}); // reordered; b's query changed: its count is unknown again
        QCOMPARE(model.newCount(QStringLiteral("a")), std::optional<int>(3));
        QCOMPARE(model.index(1).data(ui::WatchListModel::NameRole).toString(), QStringLiteral("a"));
        model.setWatches({});
        QCOMPARE(model.rowCount(), 0);
    }
};

PAPERBOY_UI_TEST_MAIN(TestWatchesWindow)
#include "TestWatchesWindow.moc"
