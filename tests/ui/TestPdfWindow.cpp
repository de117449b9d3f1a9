// Offline PDFs in the real window, against a loopback server: bookmarking a paper keeps its
// PDF, Open PDF (P) shows the kept file (arXiv's PDF before that), and removing the bookmark
// asks before the file is deleted.
#include "PdfServer.h"
#include "UiTestSupport.h"
#include "pdf/PdfFiles.h"
#include "pdf/PdfSettings.h"
#include "ui/common/Actions.h"
#include "ui/detail/DetailView.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>

using namespace paperboy;
using namespace paperboy::uitest;
using pdftest::PdfServer;

class TestPdfWindow final : public QObject
{
    Q_OBJECT

private slots:
    void bookmarkKeepsThePdfAndOpenPdfShowsIt()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        PdfServer server;
        QVERIFY(server.start());
        UrlRecorder desktop;
        for (const char* scheme : {"file", "https", "http"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &desktop, "record");
        const auto unset = qScopeGuard([] {
            for (const char* scheme : {"file", "https", "http"})
                QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        });

        auto window = openWindow(dir.path());
        pdf::PdfOptions options;
        options.baseUrl = server.baseUrl();
        window->enablePdfDownloads(options);
        QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
        const QString id = window->detailView()->shownPaperId();
        server.setMode(id, PdfServer::Mode::Pdf);

        // Before it is kept, Open PDF goes to arXiv.
        QTest::keyClick(window.get(), Qt::Key_P);
        QCOMPARE(desktop.urls.value(0), QUrl(QStringLiteral("https://arxiv.org/pdf/") + id));

        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window->keptPdfIds().contains(id), 10000);
        const pdf::PdfFiles files(store::DataPaths::inDirectory(dir.path()).userFile);
        QVERIFY(files.has(id));
        QCOMPARE(server.requests(id), 1);

        QTest::keyClick(window.get(), Qt::Key_P);
        QCOMPARE(desktop.urls.value(1), QUrl::fromLocalFile(files.fileFor(id)));

        // Removing the bookmark asks; the file goes only when the reader says so.
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = window->findChild<QMessageBox*>(
                         QStringLiteral("deletePdfQuestion"))) != nullptr);
        QVERIFY(files.has(id));
        QPushButton* remove = nullptr;
        for (QAbstractButton* button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = qobject_cast<QPushButton*>(button);
        }
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY(!files.has(id));
        QTRY_VERIFY(!window->keptPdfIds().contains(id));
    }

    // Settings → PDFs: with downloads on bookmark turned off nothing is fetched; "Download
    // Missing PDFs Now" then fetches every bookmark's, and the size cap applies.
    void settingsPageTurnsOffAndFetchesMissing()
    {
        forgetWindowState();
        QTemporaryDir dir;
        QCOMPARE(importFixtures(dir.path()), QStringList());
        PdfServer server;
        QVERIFY(server.start());
        auto window = openWindow(dir.path());
        pdf::PdfOptions options;
        options.baseUrl = server.baseUrl();
        window->enablePdfDownloads(options);
        QListView* view = window->paperList()->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);

        window->actions().settings->trigger();
        ui::SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::SettingsDialog*>()) != nullptr);
        dialog->showPage(ui::SettingsPage::Pdfs);
        QWidget* page = dialog->page(ui::SettingsPage::Pdfs);
        auto* download = page->findChild<QCheckBox*>(QStringLiteral("pdfDownloadBookmarked"));
        auto* maxSize = page->findChild<QSpinBox*>(QStringLiteral("pdfMaxSize"));
        auto* fetchMissing = page->findChild<QPushButton*>(QStringLiteral("pdfFetchMissing"));
        QVERIFY(download && maxSize && fetchMissing);
        QVERIFY(download->isChecked()); // on by default
        download->setChecked(false);
        QCOMPARE(pdf::PdfSettings::load().downloadBookmarked, false);

        QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
        QStringList ids;
        for (int row : {0, 1}) {
            view->setCurrentIndex(view->model()->index(row, 0));
            ids.append(window->currentPaperId());
            server.setMode(ids.last(), PdfServer::Mode::Pdf);
            window->actions().toggleBookmark->trigger();
            QTRY_COMPARE(saved.size(), row + 1);
        }
        QTest::qWait(300);
        QCOMPARE(server.requests(ids.at(0)) + server.requests(ids.at(1)), 0);

        fetchMissing->click();
        QTRY_VERIFY_WITH_TIMEOUT(window->keptPdfIds().contains(ids.at(0)) &&
                                     window->keptPdfIds().contains(ids.at(1)),
                                 10000);
        // Nothing left to fetch: said, and nothing asked again.
        fetchMissing->click();
        QTest::qWait(200);
        QCOMPARE(server.requests(ids.at(0)), 1);
        QCOMPARE(server.requests(ids.at(1)), 1);

        maxSize->setValue(7);
        QCOMPARE(pdf::PdfSettings::load().maxMb, 7);
        dialog->reject();
        pdf::PdfSettings defaults;
        defaults.save();
    }
};

PAPERBOY_UI_TEST_MAIN(TestPdfWindow)
#include "TestPdfWindow.moc"
