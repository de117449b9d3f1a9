// Go → Trends in the real window: the chart's counts are the search's, reader text stays
// plain in the legend and the tooltips, a point's papers open in the search pane, the chart
// exports as valid PNG, SVG and CSV, and Esc goes back to the reader.
#include "UiTestSupport.h"
#include "search/QueryParser.h"
#include "search/Searcher.h"
#include "ui/common/Actions.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/style/PlainToolTip.h"
#include "ui/trends/TrendsController.h"
#include "ui/trends/TrendsView.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace paperboy;

class TestTrendsWindow final : public QObject
{
    Q_OBJECT

private slots:
    void chartExportsAndReturns()
    {
        QTemporaryDir dir;
        QVERIFY(uitest::importFixtures(dir.path()).isEmpty());
        uitest::forgetWindowState();
        auto window = uitest::openWindow(dir.path());
        window->actions().showTrends->trigger();
        ui::TrendsView* view = window->findChild<ui::TrendsView*>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(!window->paperList()->isVisible());

        const QString hostile = QStringLiteral("<b>bold</b> baking");
        view->setQueries({hostile, QStringLiteral("\"=cmd\"")});
        emit view->requestChanged();
        QTRY_COMPARE(view->chart().queries.size(), 2);
        QTRY_COMPARE(view->chart().queries.first(), hostile);

        // The counts add up to what search finds.
        QString error;
        const auto searcher =
            search::Searcher::open(store::DataPaths::inDirectory(dir.path()), &error);
        QVERIFY2(searcher, qPrintable(error));
        const auto hits = searcher->search(search::parseQuery(hostile), {search::Sort::Date, 1000});
        int counted = 0;
        for (const int count : view->chart().counts.first())
            counted += count;
        QCOMPARE(counted, int(hits.size()));

        // The legend renders names as HTML: the query is escaped there; the tooltip is plain.
        const QList<QAbstractSeries*> series = view->chartView()->chart()->series();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.first()->name(), hostile.toHtmlEscaped());
        const QString tip = ui::plainToolTip(ui::periodSummary(view->chart(), 0));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));

        // A point's papers: the search pane, with the query and the period's dates.
        emit view->papersWanted(hostile + QStringLiteral(" after:2024-03-04 before:2024-03-10"));
        QTRY_VERIFY(window->isSearching());
        QTRY_VERIFY(window->searchPane()->isVisible());
        QVERIFY(!view->isVisible());
        QCOMPARE(window->searchPane()->field()->text(),
                 hostile + QStringLiteral(" after:2024-03-04 before:2024-03-10"));

        window->actions().showTrends->trigger();
        QTRY_VERIFY(view->isVisible());
        QTemporaryDir out;
        ui::TrendsController& trends = window->trends();
        const QString png = out.filePath(QStringLiteral("chart.png"));
        const QString svg = out.filePath(QStringLiteral("chart.svg"));
        const QString csv = out.filePath(QStringLiteral("chart.csv"));
        QVERIFY(trends.writeChart(png));
        QVERIFY(trends.writeChart(svg));
        QVERIFY(trends.writeChart(csv));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(QSvgRenderer(svg).isValid());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), view->chart().periods.size() + 1);
        // A query a spreadsheet would take for a formula is quoted as text.
        QCOMPARE(lines.first(), QStringLiteral("period,first,last,papers,<b>bold</b> baking,"
                                               "\"\"\"=cmd\"\"\""));

        // Esc: the reader again, as it was left (the search pane in the list's place).
        QTest::keyClick(view->queryField(0), Qt::Key_Escape);
        QTRY_VERIFY(!view->isVisible());
        QVERIFY(window->searchPane()->isVisible());
    }
};

PAPERBOY_UI_TEST_MAIN(TestTrendsWindow)
#include "TestTrendsWindow.moc"
