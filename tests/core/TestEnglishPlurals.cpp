// English plural forms for "%n paper(s)" strings, as the CLI and the window install them.
#include "core/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTest>

namespace {

QString counted(const char* text, int n)
{
    return QCoreApplication::translate("paperboy::test", text, nullptr, n);
}

// Stands for a real translation, installed after the English plurals.
class Upper final : public QTranslator
{
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return qstrcmp(sourceText, "%n day(s)") == 0 ? QStringLiteral("%n DAYS") : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestEnglishPlurals final : public QObject
{
    Q_OBJECT

private slots:
    void withoutItQtShowsTheMarker()
    {
        QCOMPARE(counted("%n paper(s)", 1), QStringLiteral("1 paper(s)"));
    }

    void oneAndManyReadAsEnglish()
    {
        paperboy::core::EnglishPlurals plurals;
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        QCOMPARE(counted("%n paper(s)", 1), QStringLiteral("1 paper"));
        QCOMPARE(counted("%n paper(s)", 3), QStringLiteral("3 papers"));
        QCOMPARE(counted("%n paper(s)", 0), QStringLiteral("0 papers"));
        QCOMPARE(counted("Sync: %n digest(s) failed", 1), QStringLiteral("Sync: 1 digest failed"));
        QCOMPARE(counted("%n match(es), %n file(s)", 2), QStringLiteral("2 matches, 2 files"));
        // Not counted, or no marker: the source text as it is.
        QCOMPARE(QCoreApplication::translate("paperboy::test", "Open (Enter)"),
                 QStringLiteral("Open (Enter)"));
        QCOMPARE(counted("%n of them", 2), QStringLiteral("2 of them"));

        // A real translation installed later is asked first.
        Upper upper;
        QVERIFY(QCoreApplication::installTranslator(&upper));
        QCOMPARE(counted("%n day(s)", 2), QStringLiteral("2 DAYS"));
        QCOMPARE(counted("%n paper(s)", 2), QStringLiteral("2 papers"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "TestEnglishPlurals.moc"
