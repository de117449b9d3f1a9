// The UI language: the choice between explicit, system and fallback, and the translators that
// installing a language brings (Paperboy's own embedded .qm and Qt's from Debian).
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QTest>

using namespace paperboy::i18n;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void explicitChoiceWins()
    {
        QCOMPARE(chooseLanguage(QStringLiteral("ko"), QLocale(QLocale::English)),
                 QStringLiteral("ko"));
        QCOMPARE(chooseLanguage(QStringLiteral(" EN "), QLocale(QLocale::Korean)),
                 QStringLiteral("en"));
    }

    void systemLocaleOtherwise()
    {
        QCOMPARE(chooseLanguage(QString(), QLocale(QLocale::Korean, QLocale::SouthKorea)),
                 QStringLiteral("ko"));
        QCOMPARE(chooseLanguage(QStringLiteral("system"), QLocale(QLocale::English)),
                 QStringLiteral("en"));
    }

    void unsupportedFallsBackToEnglish()
    {
        QCOMPARE(chooseLanguage(QStringLiteral("fr"), QLocale(QLocale::German)),
                 QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QStringLiteral("klingon"), QLocale(QLocale::Korean)),
                 QStringLiteral("ko"));
    }

    void koreanInstallsBothTranslators()
    {
        {
            const InstalledLanguage korean(QStringLiteral("ko"));
            QVERIFY(korean.hasOwnTranslation());
            QVERIFY2(korean.hasQtTranslation(),
                     "qtbase_ko.qm missing: install qt6-translations-l10n");
            // Qt's own button text, from qtbase_ko.qm.
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                     QStringLiteral("취소"));
            // Dates follow the language: Korean form, not ISO or English month names.
            const QString date = QLocale().toString(QDate(2025, 1, 16), QLocale::LongFormat);
            QVERIFY2(date.contains(QStringLiteral("1월")), qPrintable(date));
        }
        // Removed again with the object.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void englishNeedsNoTranslator()
    {
        const InstalledLanguage english(QStringLiteral("en"));
        QVERIFY(!english.hasOwnTranslation());
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
