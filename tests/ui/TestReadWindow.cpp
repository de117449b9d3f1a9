// The Read view in the real window, on a PDF the test makes (six pages, an outline, Korean
// text): it renders, find marks the right page, J/K and Page Down move by a screen, the
// outline lists the entries and goes to their pages, a dragged selection becomes a
// highlight listed under the paper's note, and the page last read is where it reopens.
#include "PdfServer.h"
#include "UiTestSupport.h"
#include "common/MadePdf.h"
#include "pdf/PdfFiles.h"
#include "ui/detail/HighlightList.h"
#include "ui/reader/PdfPageView.h"
#include "ui/reader/ReadController.h"
#include "ui/reader/ReadView.h"
#include "ui/reader/ReaderFetch.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPdfSearchModel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeView>

using namespace paperboy;
using namespace paperboy::uitest;

namespace {

const QList<QStringList> madePages{
    {QStringLiteral("Attention Routing for Long Documents"),
     QStringLiteral("트랜스포머 주의 메커니즘을 다시 본다"),
     QStringLiteral("We study how routing changes attention.")},
    {QStringLiteral("Method"), QStringLiteral("방법: 문서를 조각으로 나눈다")},
    {QStringLiteral("Results"), QStringLiteral("The zebracorn benchmark shows the gain.")},
    {QStringLiteral("Discussion")},
    {QStringLiteral("Related work")},
    {QStringLiteral("References")},
};

const QList<testing::OutlineEntry> madeOutline{{QStringLiteral("Introduction"), 0},
                                               {QStringLiteral("방법 (Method)"), 1},
                                               {QStringLiteral("Results"), 2}};

// Dark pixels: a page with text has many, a blank one none.
int darkPixels(const QImage& image)
{
    int dark = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2)
            dark += qGray(rgb.pixel(x, y)) < 128 ? 1 : 0;
    }
    return dark;
}

// Chooses the first entry of the menu that a drag over text pops up.
void chooseFirstMenuEntrySoon()
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            QAction* first = menu->actions().value(0);
            menu->close();
            if (first)
                first->trigger();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace

class TestReadWindow final : public QObject
{
    Q_OBJECT

private slots:
    void readsFindsOutlinesHighlightsAndRemembers()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        auto window = openWindow(dir.path());
        window->resize(1024, 700);
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        const QString id = window->detailView()->shownPaperId();
        const pdf::PdfFiles files(store::DataPaths::inDirectory(dir.path()).userFile);
        QVERIFY(QDir().mkpath(files.directory()));
        QVERIFY(testing::writeMadePdf(files.fileFor(id), madePages, madeOutline));

        ui::ReadController* reader = window->readController();
        ui::ReadView* view = window->readView();
        ui::PdfPageView* pages = view->pages();
        QSignalSpy shown(reader, &ui::ReadController::documentShown);
        QTest::keyClick(window.get(), Qt::Key_R);
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(1).toInt(), madePages.size());
        QVERIFY(view->isVisible());
        QVERIFY(!window->detailView()->isVisible());

        // The first page is drawn, with text on it; pages far away are not kept.
        QTRY_VERIFY(!pages->renderedPage(0).isNull());
        QVERIFY2(darkPixels(pages->renderedPage(0)) > 200,
                 qPrintable(QString::number(darkPixels(pages->renderedPage(0)))));
        QVERIFY(pages->renderedPage(5).isNull());

        // The outline lists the entries and goes to their pages.
        QAbstractItemModel* outline = view->outline()->model();
        QCOMPARE(outline->rowCount(), madeOutline.size());
        for (int row = 0; row < madeOutline.size(); ++row)
            QCOMPARE(outline->index(row, 0).data().toString(), madeOutline.at(row).title);
        QVERIFY(view->outline()->isVisible());
        const QModelIndex results = outline->index(2, 0);
        view->outline()->scrollTo(results);
        QTest::mouseClick(view->outline()->viewport(), Qt::LeftButton, {},
                          view->outline()->visualRect(results).center());
        QTRY_COMPARE(pages->currentPage(), 2);

        // J, Page Down and K move by one screen, less a little overlap.
        pages->scrollToPage(0);
        pages->setFocus();
        QScrollBar* bar = pages->verticalScrollBar();
        const int top = bar->value();
        const int screen = pages->viewport()->height() - 40;
        QTest::keyClick(pages, Qt::Key_J);
        QCOMPARE(bar->value(), top + screen);
        QTest::keyClick(pages, Qt::Key_PageDown);
        QCOMPARE(bar->value(), top + 2 * screen);
        QTest::keyClick(pages, Qt::Key_K);
        QCOMPARE(bar->value(), top + screen);

        // Find marks the match's page and goes there, in English and in Korean.
        QTest::keyClick(pages, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view->findField()->hasFocus());
        QTest::keyClicks(view->findField(), QStringLiteral("zebracorn"));
        QTRY_VERIFY(view->currentMatch() >= 0);
        QTRY_COMPARE(pages->currentPage(), 2);
        QCOMPARE(view->searchModel()->resultsOnPage(2).size(), 1);
        QCOMPARE(view->searchModel()->resultsOnPage(0).size(), 0);
        view->findField()->setText(QStringLiteral("메커니즘"));
        QTRY_VERIFY(view->currentMatch() >= 0);
        QTRY_COMPARE(pages->currentPage(), 0);
        view->findField()->clear();

        // A drag over the Korean line of page 1 offers a highlight; the first colour takes it.
        pages->scrollToPage(0);
        QTest::qWait(50);
        const QRect page = pages->pageRectInViewport(0);
        const double zoom = pages->zoom();
        const QPoint from = page.topLeft() + QPointF(66 * zoom, 90 * zoom).toPoint();
        const QPoint to = page.topLeft() + QPointF(400 * zoom, 90 * zoom).toPoint();
        QSignalSpy changed(reader, &ui::ReadController::highlightsChanged);
        QSignalSpy selected(pages, &ui::PdfPageView::selectionMade);
        chooseFirstMenuEntrySoon();
        QTest::mousePress(pages->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(pages->viewport(), (from + to) / 2);
        QTest::mouseMove(pages->viewport(), to);
        QTest::mouseRelease(pages->viewport(), Qt::LeftButton, {}, to);
        QTRY_COMPARE(selected.count(), 1);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(reader->highlights().size(), 1);
        const store::Highlight highlight = reader->highlights().first();
        QVERIFY2(highlight.text.contains(QStringLiteral("메커니즘")), qPrintable(highlight.text));
        QCOMPARE(highlight.page, 1);
        QCOMPARE(highlight.colour, QStringLiteral("yellow"));
        QCOMPARE(highlight.rects.size(), 1); // one line, one rect
        QVERIFY(highlight.rects.first().width() > 100);

        // Back (Esc): the highlight is listed under the note.
        pages->scrollToPage(4);
        QTest::keyClick(pages, Qt::Key_Escape);
        QTRY_VERIFY(!view->isVisible());
        ui::HighlightList* list = window->detailView()->highlightList();
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->isVisible());
        QVERIFY(list->item(0)->text().contains(QStringLiteral("메커니즘")));

        // R again opens it where it was left: page 5.
        shown.clear();
        QTest::keyClick(window.get(), Qt::Key_R);
        QTRY_COMPARE(shown.count(), 1);
        QTRY_COMPARE(pages->currentPage(), 4);
        QTest::keyClick(pages, Qt::Key_R);
        QTRY_VERIFY(!view->isVisible());

        // Choosing the highlight reads the paper at its page.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTRY_VERIFY(view->isVisible());
        QTRY_COMPARE(pages->currentPage(), 0);
    }

    // A paper whose PDF is not kept is fetched through the PDF queue into the cache's reading
    // folder, not kept; a fetch that stalls is given up with Cancel.
    void fetchesAPdfToReadAndCancels()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        pdftest::PdfServer server;
        QVERIFY(server.start());
        auto window = openWindow(dir.path());
        pdf::PdfOptions options;
        options.baseUrl = server.baseUrl();
        window->enablePdfDownloads(options);
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        const QString id = window->detailView()->shownPaperId();
        server.setMode(id, pdftest::PdfServer::Mode::Pdf);
        const store::DataPaths paths = store::DataPaths::inDirectory(dir.path());
        const QString reading = ui::ReaderFetch::readingFiles(paths).fileFor(id);

        QTest::keyClick(window.get(), Qt::Key_R);
        QTRY_VERIFY(window->readView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(reading), 10000);
        QCOMPARE(server.requests(id), 1);
        QVERIFY(!pdf::PdfFiles(paths.userFile).has(id)); // not kept unless asked
        QTest::keyClick(window->readView(), Qt::Key_Escape);
        QTRY_VERIFY(!window->readView()->isVisible());

        // The next paper's server stalls: Cancel goes back and leaves no PDF.
        QTest::keyClick(window.get(), Qt::Key_J);
        QTRY_VERIFY(window->detailView()->shownPaperId() != id);
        const QString stalled = window->detailView()->shownPaperId();
        server.setMode(stalled, pdftest::PdfServer::Mode::Stall);
        QTest::keyClick(window.get(), Qt::Key_R);
        QTRY_VERIFY(window->readView()->isVisible());
        QTRY_COMPARE(server.requests(stalled), 1);
        QPushButton* cancel = nullptr;
        for (QPushButton* button : window->readView()->findChildren<QPushButton*>()) {
            if (button->isVisible() && button->text() == QStringLiteral("Cancel"))
                cancel = button;
        }
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY(!window->readView()->isVisible());
        QVERIFY(!QFileInfo::exists(ui::ReaderFetch::readingFiles(paths).fileFor(stalled)));
    }

    void aPdfNotKeptAndOfflineSaysSo()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        auto window = openWindow(dir.path());
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        QTest::keyClick(window.get(), Qt::Key_R);
        QTRY_VERIFY(window->readView()->isVisible());
        QVERIFY(window->readView()->findChild<QLabel*>() != nullptr);
        QCOMPARE(window->readController()->document()->pageCount(), 0);
        QTest::keyClick(window->readView(), Qt::Key_Escape);
        QTRY_VERIFY(!window->readView()->isVisible());
    }
};

QTEST_MAIN(TestReadWindow)
#include "TestReadWindow.moc"
