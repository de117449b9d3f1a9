// What untrusted digest text can and cannot do in the reader window: HTML stays text, and
// only http(s) links ever reach the desktop.
#include "UiTestSupport.h"
#include "ui/common/LinkOpener.h"
#include "ui/detail/DetailDocument.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/window/MainWindow.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QListView>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

using namespace paperboy;
using namespace paperboy::ui;

namespace {

const QDate march4(2024, 3, 4);
const QDate march5(2024, 3, 5);
const QDate march7(2024, 3, 7);

// The on-screen centre of the first anchor whose text is `label`, in viewport coordinates.
QPoint anchorPoint(SafeTextBrowser* browser, const QString& label)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.text() == label) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return browser->cursorRect(cursor).center();
            }
        }
    }
    return {-1, -1};
}

// Renders HTML the way a tooltip does, and records every resource the HTML asks for instead of
// loading it.
class RecordingDocument final : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        Q_UNUSED(type);
        requested.append(name);
        return {};
    }
};

// What a tooltip shows for `tip`, checking that showing it asks for no resource.
QString renderedToolTip(const QString& tip)
{
    RecordingDocument document;
    if (Qt::mightBeRichText(tip))
        document.setHtml(tip);
    else
        document.setPlainText(tip);
    if (!document.requested.isEmpty())
        qWarning("the tooltip asked for %s", qPrintable(document.requested.first().toString()));
    return document.requested.isEmpty() ? document.toPlainText() : QString();
}

const QString hostileTitle = QStringLiteral("<img src=\"/etc/hosts\"> <b>x</b>");

} // namespace

class TestReaderSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { uitest::forgetWindowState(); }
    void htmlInTitlesAndSectionsStaysText();
    void linksOpenOnlyWebPages();
    void tooltipsShowContentAsText();
    void abstractTexIsStyledText();
    void copyLinkCopiesTheArxivUrl();

private:
    std::unique_ptr<MainWindow> openWindow() { return uitest::openWindow(m_data.path()); }

    QTemporaryDir m_data;
};

void TestReaderSafety::initTestCase()
{
    QVERIFY(m_data.isValid());
    const QStringList problems = uitest::importFixtures(m_data.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestReaderSafety::htmlInTitlesAndSectionsStaysText()
{
    const auto window = openWindow();
    window->showDay(march5);
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.02005")));
    const QString text = uitest::detailText(*window);
    QVERIFY2(
        text.contains(QLatin1String("<script>alert('pwned')</script> Robust <b>Bold</b> Agents")),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Mallory <img src=x>")));
    QVERIFY(
        text.contains(QLatin1String("An abstract with <i>markup</i> that must stay plain text.")));
    const int row = window->paperList()->model()->rowOfId(QStringLiteral("2403.02005"));
    QCOMPARE(window->paperList()->model()->index(row, 0).data().toString(),
             QStringLiteral("<script>alert('pwned')</script> Robust <b>Bold</b> Agents"));

    window->showDay(march4);
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.01003")));
    const QString section = uitest::detailText(*window);
    QVERIFY2(section.contains(QLatin1String("<img src=x onerror=alert(1)>")), qPrintable(section));
    QVERIFY(section.contains(QLatin1String("<b>tags</b>")));
}

void TestReaderSafety::linksOpenOnlyWebPages()
{
    uitest::UrlRecorder browser;
    const QStringList schemes = {QStringLiteral("http"), QStringLiteral("https"),
                                 QStringLiteral("javascript"), QStringLiteral("file"),
                                 QStringLiteral("data")};
    for (const QString& scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &browser, "record");
    const auto unsetHandlers = qScopeGuard([&schemes] {
        for (const QString& scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    });

    const auto window = openWindow();
    window->showDay(march4);
    QListView* view = window->paperList()->view();
    view->setFocus();
    const QUrl abs(QStringLiteral("https://arxiv.org/abs/2403.01001"));

    QTest::keyClick(view, Qt::Key_O);
    QCOMPARE(browser.urls, QList<QUrl>{abs});
    QTest::keyClick(view, Qt::Key_Return);
    const QRect second = view->visualRect(window->paperList()->proxy()->index(1, 0));
    // A real double-click: press and release, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(browser.urls.size(), 3);
    QCOMPARE(browser.urls.last(), QUrl(QStringLiteral("https://arxiv.org/abs/2403.01002")));

    // A real click on the PDF link of the detail pane.
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.01001")));
    SafeTextBrowser* detail = window->detailView()->browser();
    const QPoint pdf = anchorPoint(detail, QStringLiteral("PDF"));
    QVERIFY(pdf.x() >= 0);
    QTest::mouseMove(detail->viewport(), pdf);
    QTRY_COMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("https://arxiv.org/pdf/2403.01001")); // shown on hover
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, pdf);
    QCOMPARE(browser.urls.size(), 4);
    QCOMPARE(browser.urls.last(), QUrl(QStringLiteral("https://arxiv.org/pdf/2403.01001")));

    // A javascript: link written in a digest section is shown but never run.
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.01003")));
    const QPoint script = anchorPoint(detail, QStringLiteral("a script link"));
    QVERIFY(script.x() >= 0);
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, script);
    QCOMPARE(browser.urls.size(), 4);
    QVERIFY(window->statusBar()->currentMessage().startsWith(QLatin1String("Refused")));

    for (const QString& url :
         {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
          QStringLiteral("data:text/html,<script>alert(1)</script>")}) {
        window->statusBar()->clearMessage();
        emit detail->anchorClicked(QUrl(url));
        QVERIFY2(window->statusBar()->currentMessage().startsWith(QLatin1String("Refused")),
                 qPrintable(url));
    }
    QCOMPARE(browser.urls.size(), 4);
}

void TestReaderSafety::tooltipsShowContentAsText()
{
    PaperListModel model;
    store::PaperListItem item;
    item.id = QStringLiteral("2403.09999");
    item.title = hostileTitle;
    item.authors = {QStringLiteral("Eve <i>E</i>")};
    item.authorCount = 1;
    model.setDay(march4, {item}, {});
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QCOMPARE(renderedToolTip(tip), hostileTitle + QStringLiteral("\nEve <i>E</i>"));

    // The tooltip the list view really shows, hovering the row.
    QListView view;
    view.setModel(&model);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint centre = view.visualRect(model.index(0, 0)).center();
    QHelpEvent hover(QEvent::ToolTip, centre, view.viewport()->mapToGlobal(centre));
    QApplication::sendEvent(view.viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    QTextDocument* shown = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("qtooltip_label") && widget->isVisible())
            shown = widget->findChild<QTextDocument*>();
    }
    QVERIFY2(shown, "the tooltip label renders no document");
    QCOMPARE(shown->toPlainText(), hostileTitle + QStringLiteral("\nEve <i>E</i>"));
    for (const QTextFormat& format : shown->allFormats())
        QVERIFY(!format.isImageFormat()); // no image, so nothing to load
    QToolTip::hideText();

    // A sync failure's details come from servers; the status bar's button shows them as text.
    SyncStatusWidget status;
    status.setFailures(1, hostileTitle);
    const auto* failures = status.findChild<QToolButton*>(QStringLiteral("syncFailures"));
    QVERIFY(failures);
    QVERIFY(renderedToolTip(failures->toolTip()).startsWith(hostileTitle + QLatin1Char('\n')));
}

void TestReaderSafety::abstractTexIsStyledText()
{
    core::Paper paper;
    paper.title = QStringLiteral("A paper");
    paper.abstract = QStringLiteral("We reach 65.7\\% with \\textbf{Fast\\_Net} and "
                                    "\\emph{<img src=\"/etc/hosts\">}, at $O(n)$ cost.");
    QTextDocument document;
    DetailDocument(document, QPalette()).build(paper, QUrl(), QSize(1, 1));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(QLatin1String(
                 "We reach 65.7% with Fast_Net and <img src=\"/etc/hosts\">, at O(n) cost.")),
             qPrintable(text));
    bool sawBold = false;
    bool sawItalic = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            sawBold |= fragment.text() == QLatin1String("Fast_Net") &&
                       fragment.charFormat().fontWeight() == QFont::Bold;
            sawItalic |= fragment.text() == QLatin1String("<img src=\"/etc/hosts\">") &&
                         fragment.charFormat().fontItalic();
            QVERIFY(!fragment.charFormat().isImageFormat() ||
                    fragment.charFormat().toImageFormat().name().isEmpty());
        }
    }
    QVERIFY(sawBold);
    QVERIFY(sawItalic);
}

void TestReaderSafety::copyLinkCopiesTheArxivUrl()
{
    const auto window = openWindow();
    window->showDay(march7);
    QVERIFY(window->paperList()->selectPaper(QStringLiteral("2403.04002")));
    QApplication::clipboard()->clear();
    QTest::keyClick(window->paperList()->view(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("https://arxiv.org/abs/2403.04002"));
}

PAPERBOY_UI_TEST_MAIN(TestReaderSafety)
#include "TestReaderSafety.moc"
