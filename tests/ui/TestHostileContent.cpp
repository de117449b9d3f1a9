// Hostile digest content in the real window (tests/data/ui/hostile): resources that the text
// names are never fetched or read; right-to-left overrides, zero-width characters, titles of
// 10,000 characters and a list of 5,000 authors leave the list, the detail pane, the tooltips
// and the search results usable, their sizes on the screen and the window its size.
#include "UiTestSupport.h"
#include "ui/common/LinkOpener.h"
#include "ui/detail/DetailDocument.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

using namespace paperboy;
using namespace paperboy::uitest;

namespace {

const QString hostileDir = fixtureDir() + QStringLiteral("/hostile");
const QDate hostileDay(2024, 3, 9);

// A loopback server that only counts who comes: nothing in a digest may make the reader call.
class Tracker final : public QObject
{
public:
    QTcpServer server;
    QStringList requests;

    bool start()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                requests.append(QStringLiteral("connection"));
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    requests.append(QString::fromLatin1(socket->readAll().split('\n').value(0)));
                });
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(server.serverPort()); }
};

// The image names in a document: none may point outside it.
QStringList imageNames(const QTextDocument& document)
{
    QStringList names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                names.append(it.fragment().charFormat().toImageFormat().name());
        }
    }
    return names;
}

// The label QToolTip shows, once it is up.
QWidget* toolTipLabel()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return widget;
    }
    return nullptr;
}

} // namespace

class TestHostileContent final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resourcesNamedByDigestsAreNeverLoaded();
    void onlyWebLinksAreEverOpened_data();
    void onlyWebLinksAreEverOpened();
    void hostileTitlesKeepTheLayout();
    void tooltipsStayOnTheScreen();
    void directionOverridesStayInTheirName();
    void searchResultsStayInTheirRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileContent::init()
{
    forgetWindowState();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHostileContent::resourcesNamedByDigestsAreNeverLoaded()
{
    Tracker tracker;
    QVERIFY(tracker.start());
    QFile in(hostileDir + QStringLiteral("/resources.md.in"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString digest = m_dir->filePath(QStringLiteral("2024-03-10.md"));
    QFile out(digest);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.readAll().replace("@TRACKER@", tracker.address().toLatin1()));
    out.close();
    QCOMPARE(importInto(m_dir->path(), {digest}), QStringList());

    auto window = openWindow(m_dir->path());
    // Thumbnails on, as the reader runs, with the tracker's host not among the allowed ones.
    window->enableThumbnails(thumbs::LoaderOptions(), false);
    QTRY_COMPARE(window->currentPaperId(), QStringLiteral("2403.10001"));
    QTRY_COMPARE(window->detailView()->shownPaperId(), QStringLiteral("2403.10001"));
    const QString text = detailText(*window);
    QVERIFY2(text.contains(QLatin1String("a remote image in markdown")), qPrintable(text));
    QTest::qWait(500); // time for any request that would be made
    QVERIFY2(tracker.requests.isEmpty(), qPrintable(tracker.requests.join(u'\n')));
    // Images became links (or the thumbnail slot); nothing names a file, a host or data.
    const QStringList images = imageNames(*window->detailView()->browser()->document());
    for (const QString& name : images) {
        QVERIFY2(!name.contains(QLatin1String("://")) && !name.startsWith(QLatin1String("data:")),
                 qPrintable(name));
    }
}

void TestHostileContent::onlyWebLinksAreEverOpened_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opened");
    QTest::newRow("https") << QStringLiteral("https://arxiv.org/abs/2403.01001") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
    QTest::newRow("HTTPS upper case") << QStringLiteral("HTTPS://example.org/") << true;
    QTest::newRow("https without host") << QStringLiteral("https:///etc/passwd") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("relative") << QStringLiteral("../../etc/passwd") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>x</script>") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/x") << false;
    QTest::newRow("smb") << QStringLiteral("smb://server/share") << false;
    QTest::newRow("ssh") << QStringLiteral("ssh://example.org") << false;
    QTest::newRow("custom app scheme") << QStringLiteral("steam://run/1") << false;
    QTest::newRow("rtl override before scheme")
        << QStringLiteral("\u202Ehttps://example.org") << false;
}

void TestHostileContent::onlyWebLinksAreEverOpened()
{
    QFETCH(QString, url);
    QFETCH(bool, opened);
    // Every scheme goes to a recorder instead of the desktop: only http(s) may reach it.
    UrlRecorder desktop;
    const QStringList schemes = {
        QStringLiteral("http"),       QStringLiteral("https"), QStringLiteral("file"),
        QStringLiteral("javascript"), QStringLiteral("data"),  QStringLiteral("vbscript"),
        QStringLiteral("mailto"),     QStringLiteral("ftp"),   QStringLiteral("smb"),
        QStringLiteral("ssh"),        QStringLiteral("steam")};
    for (const QString& scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &desktop, "record");
    const auto unset = qScopeGuard([&schemes] {
        for (const QString& scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    });
    ui::LinkOpener links;
    QSignalSpy refused(&links, &ui::LinkOpener::refused);
    QCOMPARE(links.open(QUrl(url)), opened);
    QCOMPARE(desktop.urls.size(), opened ? 1 : 0);
    QCOMPARE(refused.size(), opened ? 0 : 1);
}

void TestHostileContent::hostileTitlesKeepTheLayout()
{
    QCOMPARE(importInto(m_dir->path(), {hostileDir + QStringLiteral("/2024-03-09.json")}),
             QStringList());
    auto window = openWindow(m_dir->path());
    QTRY_COMPARE(window->currentDay(), hostileDay);
    QListView* view = window->paperList()->view();
    QCOMPARE(view->model()->rowCount(), 4);
    const QSize windowSize = window->size();
    const QList<int> splitter = window->findChild<QSplitter*>()->sizes();
    const int screenHeight = window->screen()->availableGeometry().height();

    for (int row = 0; row < 4; ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        // A row stays a row: a few lines at most, never wider than the list.
        const QSize hint = view->visualRect(index).size();
        QVERIFY2(hint.height() < 8 * view->fontMetrics().height(),
                 qPrintable(QStringLiteral("row %1: %2 px").arg(row).arg(hint.height())));
        // As wide as the row of the paper with a plain title (its authors are the hostile part).
        QCOMPARE(hint.width(), view->visualRect(view->model()->index(3, 0)).width());
        QElapsedTimer shown;
        shown.start();
        view->setCurrentIndex(index);
        const QString id = index.data(ui::PaperListModel::IdRole).toString();
        QTRY_COMPARE(window->detailView()->shownPaperId(), id);
        const QString text = detailText(*window);
        QVERIFY(!text.isEmpty());
        QVERIFY2(shown.elapsed() < 3000, qPrintable(QString::number(shown.elapsed())));
        // Painting the list and the pane: neither hangs nor crashes.
        QVERIFY(!window->grab().isNull());
        QCOMPARE(window->size(), windowSize);
        QCOMPARE(window->findChild<QSplitter*>()->sizes(), splitter);
        QVERIFY(window->minimumSizeHint().height() < screenHeight);
    }
    // The 5,000 authors: the first lines of them and "and N more", which shows them all, the
    // last one included.
    QVERIFY(!detailText(*window).contains(QLatin1String("Author4999 Name4999")));
    QVERIFY(detailText(*window).contains(QLatin1String(" more")));
    emit window->detailView()->browser()->anchorClicked(ui::DetailDocument::allAuthorsUrl());
    QTRY_VERIFY(detailText(*window).contains(QLatin1String("Author4999 Name4999")));
}

void TestHostileContent::tooltipsStayOnTheScreen()
{
    QCOMPARE(importInto(m_dir->path(), {hostileDir + QStringLiteral("/2024-03-09.json")}),
             QStringList());
    auto window = openWindow(m_dir->path());
    QTRY_COMPARE(window->currentDay(), hostileDay);
    QListView* view = window->paperList()->view();
    const QRect screen = window->screen()->availableGeometry();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY(!tip.isEmpty());
        QToolTip::showText(view->viewport()->mapToGlobal(view->visualRect(index).center()), tip,
                           view);
        QWidget* label = nullptr;
        QTRY_VERIFY((label = toolTipLabel()) != nullptr);
        QVERIFY2(label->width() <= screen.width() && label->height() <= screen.height(),
                 qPrintable(QStringLiteral("row %1: %2x%3 on a %4x%5 screen")
                                .arg(row)
                                .arg(label->width())
                                .arg(label->height())
                                .arg(screen.width())
                                .arg(screen.height())));
        // Shown as text: the label holds no markup of the digest's.
        QVERIFY(!qobject_cast<QLabel*>(label)->text().contains(QLatin1String("<img")));
        QToolTip::hideText();
        QTRY_VERIFY(toolTipLabel() == nullptr);
    }
}

void TestHostileContent::directionOverridesStayInTheirName()
{
    const QChar rlo(0x202E), fsi(0x2068), pdi(0x2069);
    // An override left open in the first name is closed before the second, and before the count.
    QCOMPARE(ui::PaperListModel::authorsText(
                 {rlo + QStringLiteral("Mallory"), QStringLiteral("Bob")}, 5),
             fsi + rlo + QStringLiteral("Mallory") + pdi + QStringLiteral(", Bob +3"));
    // Names without direction controls are left as they are.
    QCOMPARE(ui::PaperListModel::authorsText({QStringLiteral("Alice"), QStringLiteral("Bob")}, 2),
             QStringLiteral("Alice, Bob"));

    QCOMPARE(importInto(m_dir->path(), {hostileDir + QStringLiteral("/2024-03-09.json")}),
             QStringList());
    auto window = openWindow(m_dir->path());
    QTRY_COMPARE(window->currentDay(), hostileDay);
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.09001")));
    QTRY_COMPARE(window->detailView()->shownPaperId(), QStringLiteral("2403.09001"));
    QVERIFY(detailText(*window).contains(fsi + rlo + QStringLiteral("Mallory")));
}

void TestHostileContent::searchResultsStayInTheirRows()
{
    QCOMPARE(importInto(m_dir->path(), {hostileDir + QStringLiteral("/2024-03-09.json")}),
             QStringList());
    auto window = openWindow(m_dir->path());
    QTRY_COMPARE(window->currentDay(), hostileDay);
    window->openSearch();
    ui::SearchPane* pane = window->searchPane();
    QVERIFY(pane);
    pane->field()->setText(QStringLiteral("hostile"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() >= 3, 10000);
    QListView* view = pane->view();
    for (int row = 0; row < pane->model()->rowCount(); ++row) {
        const QModelIndex index = pane->model()->index(row, 0);
        const QSize hint = view->visualRect(index).size();
        QVERIFY2(hint.height() < 8 * view->fontMetrics().height(),
                 qPrintable(QString::number(hint.height())));
        QVERIFY2(hint.width() <= view->viewport()->width(),
                 qPrintable(QString::number(hint.width())));
        const auto hit = index.data(ui::SearchResultsModel::HitRole).value<search::SearchHit>();
        for (const search::Snippet::Range& range : hit.snippet.highlights) {
            QVERIFY(range.start >= 0 && range.length > 0);
            QVERIFY(range.start + range.length <= hit.snippet.text.size());
        }
    }
    QVERIFY(!window->grab().isNull());
    // Every result opens in the detail pane.
    view->setFocus();
    view->setCurrentIndex(pane->model()->index(0, 0));
    QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
}

PAPERBOY_UI_TEST_MAIN(TestHostileContent)
#include "TestHostileContent.moc"
