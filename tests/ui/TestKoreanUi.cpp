// The reader in Korean: Paperboy's own strings from the embedded translation, Qt's dialog
// buttons from Debian's, and dates in the Korean form.
#include "UiTestSupport.h"
#include "i18n/Language.h"
#include "ui/common/Actions.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/TrayIcon.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>

using namespace paperboy;
using namespace paperboy::ui;

class TestKoreanUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<i18n::InstalledLanguage> m_korean;

private slots:
    void initTestCase()
    {
        m_korean = std::make_unique<i18n::InstalledLanguage>(QStringLiteral("ko"));
    }
    void cleanupTestCase() { m_korean.reset(); }

    void menusAreKorean()
    {
        QVERIFY(m_korean->hasOwnTranslation());
        QTemporaryDir data;
        QVERIFY(uitest::importFixtures(data.path()).isEmpty());
        const auto window = uitest::openWindow(data.path());
        QStringList titles;
        for (const QAction* menu : window->menuBar()->actions())
            titles.append(menu->text());
        QVERIFY2(titles.contains(QStringLiteral("파일(&F)")), qPrintable(titles.join(u' ')));
        QVERIFY(titles.contains(QStringLiteral("도움말(&H)")));
        QCOMPARE(window->actions().settings->text(), QStringLiteral("설정(&T)\u2026"));
        // Dates in the window follow the language.
        QVERIFY(QLocale().toString(QDate(2025, 1, 16), QLocale::LongFormat).contains(u'월'));
    }

    void dialogsAreKoreanToTheirButtons()
    {
        QTemporaryDir data;
        const auto window = uitest::openWindow(data.path());
        window->actions().settings->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SettingsDialog*>()) != nullptr);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("설정"));
        // Qt's own "Close" button, from qtbase_ko.qm.
        const auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("닫기"));
        dialog->reject();
    }

    void theTrayAndTheNoDigestPageSpeakKorean()
    {
        // The tray's plural has Korean's one form.
        QCOMPARE(TrayIcon::newPapersMessage(1), QStringLiteral("새 논문 1편"));
        QCOMPARE(TrayIcon::newPapersMessage(12), QStringLiteral("새 논문 12편"));
        // A day without a digest is named in the Korean date form, not as 2024-03-06.
        QTemporaryDir data;
        QVERIFY(uitest::importFixtures(data.path()).isEmpty());
        const auto window = uitest::openWindow(data.path());
        window->showDay(QDate(2024, 3, 6));
        const EmptyStateWidget* noDigest =
            window->paperList()->emptyState(PaperListPane::Page::NoDigest);
        QVERIFY(noDigest);
        QVERIFY2(noDigest->title().contains(QStringLiteral("2024년 3월 6일")),
                 qPrintable(noDigest->title()));
    }
};

PAPERBOY_UI_TEST_MAIN(TestKoreanUi)
#include "TestKoreanUi.moc"
