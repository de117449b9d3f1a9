// Settings (Ctrl+,) on the real window: every page's change is applied at once and remembered.
#include "UiTestSupport.h"
#include "i18n/Language.h"
#include "ui/common/Actions.h"
#include "ui/common/ReaderSettings.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextDocument>

using namespace paperboy;
using namespace paperboy::ui;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;

    SettingsDialog* openSettings()
    {
        // The offscreen platform gives the activation back to no one when a dialog closes.
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        // From the paper list, where the reader's keys usually go.
        QWidget* list = m_window->paperList()->view();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog* dialog = nullptr;
        [&dialog, this] {
            QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog*>()) != nullptr);
            QTRY_VERIFY(dialog->isVisible());
        }();
        return dialog;
    }

    void closeSettings(SettingsDialog* dialog)
    {
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog*>());
    }

    // The colours of every link in the detail pane's document.
    QSet<QRgb> linkColours() const
    {
        QSet<QRgb> colours;
        const QTextDocument* document = m_window->detailView()->browser()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor())
                    colours.insert(format.foreground().color().rgb());
            }
        }
        return colours;
    }

private slots:
    void initTestCase()
    {
        uitest::forgetWindowState();
        QVERIFY(uitest::importFixtures(m_data.path()).isEmpty());
        m_window = uitest::openWindow(m_data.path());
        QTRY_VERIFY(!m_window->detailView()->shownPaperId().isEmpty());
    }

    void syncPageAppliesAndRemembers()
    {
        SettingsDialog* dialog = openSettings();
        QCOMPARE(dialog->currentPage(), SettingsPage::Sync);
        auto* days = dialog->findChild<QSpinBox*>(QStringLiteral("syncRecentDays"));
        auto* onStart = dialog->findChild<QCheckBox*>(QStringLiteral("syncOnStart"));
        QVERIFY(days && onStart);
        days->setValue(30);
        onStart->setChecked(false);
        // Applied to the running sync, and saved.
        QCOMPARE(m_window->syncController().settings().recentDays, 30);
        QCOMPARE(SyncSettings::load().recentDays, 30);
        QCOMPARE(SyncSettings::load().syncOnStart, false);
        closeSettings(dialog);

        dialog = openSettings();
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("syncRecentDays"))->value(), 30);
        closeSettings(dialog);
    }

    void syncMenuOpensTheSamePageOnce()
    {
        m_window->actions().syncSettings->trigger();
        QTRY_VERIFY(m_window->findChild<SettingsDialog*>());
        m_window->actions().syncSettings->trigger();
        QCOMPARE(m_window->findChildren<SettingsDialog*>().size(), 1);
        auto* dialog = m_window->findChild<SettingsDialog*>();
        QCOMPARE(dialog->currentPage(), SettingsPage::Sync);
        closeSettings(dialog);
    }

    void darkThemeRecoloursTheDetailPane()
    {
        SettingsDialog* dialog = openSettings();
        dialog->showPage(SettingsPage::Appearance);
        auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("theme"));
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        const QColor darkBase = darkPalette().color(QPalette::Base);
        QCOMPARE(QApplication::palette().color(QPalette::Base), darkBase);
        QTRY_COMPARE(m_window->detailView()->browser()->palette().color(QPalette::Base), darkBase);
        // The paper is built again, its links in the dark theme's link colour.
        const QString shown = m_window->detailView()->shownPaperId();
        QVERIFY(!shown.isEmpty());
        QVERIFY(uitest::detailText(*m_window).size() > 0);
        QCOMPARE(linkColours(), QSet<QRgb>{darkPalette().color(QPalette::Link).rgb()});
        QCOMPARE(AppearanceSettings::load().theme, Theme::Dark);

        theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
        QVERIFY(QApplication::palette().color(QPalette::Base) != darkBase);
        QCOMPARE(AppearanceSettings::load().theme, Theme::System);
        QCOMPARE(m_window->detailView()->shownPaperId(), shown);
        closeSettings(dialog);
    }

    void detailFontSizeAppliesAndSurvivesARestart()
    {
        SettingsDialog* dialog = openSettings();
        dialog->showPage(SettingsPage::Appearance);
        auto* size = dialog->findChild<QSpinBox*>(QStringLiteral("detailFontSize"));
        QVERIFY(size);
        size->setValue(21);
        QCOMPARE(m_window->detailView()->browser()->font().pointSize(), 21);
        QCOMPARE(m_window->detailView()->browser()->document()->defaultFont().pointSize(), 21);
        closeSettings(dialog);

        // A new window (the next start) opens with it.
        m_window.reset();
        m_window = uitest::openWindow(m_data.path());
        QCOMPARE(m_window->detailView()->browser()->font().pointSize(), 21);

        dialog = openSettings();
        dialog->showPage(SettingsPage::Appearance);
        size = dialog->findChild<QSpinBox*>(QStringLiteral("detailFontSize"));
        QCOMPARE(size->value(), 21);
        size->setValue(size->minimum()); // "As the desktop"
        QCOMPARE(AppearanceSettings::load().detailFontPoints, 0);
        QCOMPARE(m_window->detailView()->browser()->font().pointSize(),
                 QApplication::font().pointSize());
        closeSettings(dialog);
    }

    void languageChoiceIsRemembered()
    {
        SettingsDialog* dialog = openSettings();
        dialog->showPage(SettingsPage::Language);
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("ko"))),
                 QStringLiteral("한국어"));
        language->setCurrentIndex(language->findData(QStringLiteral("ko")));
        QCOMPARE(i18n::savedLanguageChoice(), QStringLiteral("ko"));
        closeSettings(dialog);
        dialog = openSettings();
        dialog->showPage(SettingsPage::Language);
        language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("ko"));
        language->setCurrentIndex(language->findData(QStringLiteral("system")));
        closeSettings(dialog);
    }

    // A label with a mnemonic has a buddy on every page: without one Qt shows the "&" as
    // written ("API &key:").
    void everyMnemonicLabelHasABuddy()
    {
        SettingsDialog* dialog = openSettings();
        for (const SettingsPage which :
             {SettingsPage::Sources, SettingsPage::Sync, SettingsPage::Storage,
              SettingsPage::Thumbnails, SettingsPage::Language, SettingsPage::Appearance,
              SettingsPage::Pdfs, SettingsPage::Summaries}) {
            dialog->showPage(which);
            for (const QLabel* label : dialog->page(which)->findChildren<QLabel*>()) {
                const QString text = label->text();
                const bool mnemonic = label->textFormat() != Qt::RichText &&
                                      text.contains(QLatin1Char('&')) &&
                                      !text.contains(QLatin1String("&&"));
                if (mnemonic)
                    QVERIFY2(label->buddy(), qPrintable(text));
            }
        }
        closeSettings(dialog);
    }

    void storagePageNamesBothFilesAsPlainText()
    {
        SettingsDialog* dialog = openSettings();
        dialog->showPage(SettingsPage::Storage);
        const QWidget* page = dialog->page(SettingsPage::Storage);
        QStringList texts;
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->textFormat() == Qt::PlainText)
                texts.append(label->text());
        }
        const store::DataPaths paths = store::DataPaths::inDirectory(m_data.path());
        QVERIFY2(texts.contains(QFileInfo(paths.cacheFile).absoluteFilePath()),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(QFileInfo(paths.userFile).absoluteFilePath()));
        closeSettings(dialog);
    }

    void thumbnailsPageEditsTheAllowedHosts()
    {
        SettingsDialog* dialog = openSettings();
        dialog->showPage(SettingsPage::Thumbnails);
        QWidget* page = dialog->page(SettingsPage::Thumbnails);
        auto* entry = page->findChild<QLineEdit*>(QStringLiteral("thumbnailHostEntry"));
        auto* hosts = page->findChild<QListWidget*>(QStringLiteral("thumbnailHosts"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("thumbnailHostMessage"));
        auto* remove = page->findChild<QPushButton*>(QStringLiteral("removeThumbnailHost"));
        QVERIFY(entry && hosts && message && remove);
        QSignalSpy changed(dialog, &SettingsDialog::thumbnailSettingsChanged);

        // A pasted URL is reduced to its host; Enter adds it.
        entry->setFocus();
        QTest::keyClicks(entry, QStringLiteral("https://Images.Example.org/figures/"));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(hosts->count(), 1);
        QCOMPARE(hosts->item(0)->text(), QStringLiteral("images.example.org"));
        QVERIFY(entry->text().isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).value<thumbs::ThumbnailSettings>().allowedHosts,
                 QStringList{QStringLiteral("images.example.org")});
        QCOMPARE(thumbs::ThumbnailSettings::load().allowedHosts,
                 QStringList{QStringLiteral("images.example.org")});

        // Not a host, or one already allowed: refused with a message, nothing saved.
        QTest::keyClicks(entry, QStringLiteral("two words"));
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(!message->text().isEmpty());
        entry->clear();
        QVERIFY(message->text().isEmpty());
        QTest::keyClicks(entry, QStringLiteral("cdn-uploads.huggingface.co"));
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(message->text().contains(QStringLiteral("cdn-uploads.huggingface.co")));
        QCOMPARE(hosts->count(), 1);
        QCOMPARE(changed.size(), 1);

        // Disk limit and prefetch are saved as they change.
        auto* limit = page->findChild<QSpinBox*>(QStringLiteral("thumbnailDiskLimit"));
        auto* prefetch = page->findChild<QCheckBox*>(QStringLiteral("thumbnailPrefetch"));
        QVERIFY(limit && prefetch);
        limit->setValue(256);
        prefetch->setChecked(false);
        QCOMPARE(thumbs::ThumbnailSettings::load().diskLimitMb, 256);
        QCOMPARE(thumbs::ThumbnailSettings::load().prefetchAfterSync, false);

        hosts->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(hosts->count(), 0);
        QVERIFY(thumbs::ThumbnailSettings::load().allowedHosts.isEmpty());
        closeSettings(dialog);

        dialog = openSettings();
        dialog->showPage(SettingsPage::Thumbnails);
        QCOMPARE(dialog->page(SettingsPage::Thumbnails)
                     ->findChild<QSpinBox*>(QStringLiteral("thumbnailDiskLimit"))
                     ->value(),
                 256);
        closeSettings(dialog);
    }

    void cleanupTestCase() { m_window.reset(); }
};

PAPERBOY_UI_TEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
