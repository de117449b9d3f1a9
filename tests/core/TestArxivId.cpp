#include "core/ArxivId.h"

#include <QTest>

using paperboy::core::ArxivId;

class TestArxivId final : public QObject
{
    Q_OBJECT

private slots:
    void validIds_data();
    void validIds();
    void invalidIds_data();
    void invalidIds();
    void urls();
    void versionDoesNotChangeIdentity();
    void typedHuggingFaceLinks();
};

void TestArxivId::validIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");

    QTest::newRow("new five digits") << "2311.10122"
                                     << "2311.10122" << 0;
    QTest::newRow("new with version") << "2311.10122v3"
                                      << "2311.10122" << 3;
    QTest::newRow("new four digits (2007-2014)") << "0704.0001"
                                                 << "0704.0001" << 0;
    QTest::newRow("arXiv prefix") << "arXiv:2405.21060v1"
                                  << "2405.21060" << 1;
    QTest::newRow("abs url") << "https://arxiv.org/abs/2311.10709"
                             << "2311.10709" << 0;
    QTest::newRow("pdf url with .pdf") << "https://arxiv.org/pdf/2311.10709v2.pdf"
                                       << "2311.10709" << 2;
    QTest::newRow("surrounding space") << "  2410.09732 "
                                       << "2410.09732" << 0;
    QTest::newRow("old style") << "hep-th/9901001"
                               << "hep-th/9901001" << 0;
    QTest::newRow("old style subject class dropped") << "math.CA/0611800v2"
                                                     << "math/0611800" << 2;
    QTest::newRow("old style arXiv prefix") << "arXiv:math/0611800v2"
                                            << "math/0611800" << 2;
    QTest::newRow("old style cs") << "cs/0112017"
                                  << "cs/0112017" << 0;
}

void TestArxivId::validIds()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    QFETCH(int, version);
    const auto parsed = ArxivId::parse(input);
    QVERIFY2(parsed.has_value(), qPrintable(input));
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->id(), id);
    QCOMPARE(parsed->version(), version);
}

void TestArxivId::invalidIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("month 13") << "2313.12345";
    QTest::newRow("month 00") << "2300.12345";
    QTest::newRow("five digits before 2015") << "1301.12345";
    QTest::newRow("four digits after 2015") << "2311.1012";
    QTest::newRow("six digits") << "2311.101223";
    QTest::newRow("version zero") << "2311.10122v0";
    QTest::newRow("trailing junk") << "2311.10122abc";
    QTest::newRow("unknown archive") << "foo-bar/9901001";
    QTest::newRow("old style short number") << "hep-th/990100";
    QTest::newRow("script") << "<script>alert(1)</script>";
    QTest::newRow("other host") << "https://example.com/abs/2311.10122";
    QTest::newRow("javascript") << "javascript:2311.10122";
    QTest::newRow("very long") << QString(5000, QLatin1Char('1'));
}

void TestArxivId::invalidIds()
{
    QFETCH(QString, input);
    QVERIFY2(!ArxivId::parse(input).has_value(), qPrintable(input));
}

void TestArxivId::urls()
{
    const auto id = ArxivId::parse(QStringLiteral("2311.10122v2"));
    QVERIFY(id);
    QCOMPARE(id->absUrl(), QUrl(QStringLiteral("https://arxiv.org/abs/2311.10122v2")));
    QCOMPARE(id->pdfUrl(), QUrl(QStringLiteral("https://arxiv.org/pdf/2311.10122v2")));
    QCOMPARE(id->huggingFaceUrl(),
             QUrl(QStringLiteral("https://huggingface.co/papers/2311.10122")));
    QCOMPARE(id->doi(), QStringLiteral("10.48550/arXiv.2311.10122"));

    const auto old = ArxivId::parse(QStringLiteral("math.CA/0611800v2"));
    QVERIFY(old);
    QVERIFY(old->isOldStyle());
    QCOMPARE(old->absUrl(), QUrl(QStringLiteral("https://arxiv.org/abs/math/0611800v2")));
    QCOMPARE(old->doi(), QStringLiteral("10.48550/arXiv.math/0611800"));
    QVERIFY(!ArxivId().isValid());
}

void TestArxivId::versionDoesNotChangeIdentity()
{
    const auto a = ArxivId::parse(QStringLiteral("2311.10122v1"));
    const auto b = ArxivId::parse(QStringLiteral("https://arxiv.org/abs/2311.10122"));
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    QCOMPARE(qHash(*a), qHash(*b));
}

// What a person pastes where an id is asked for: Hugging Face's paper pages too (issue 30),
// but nothing else of the site, and parse() itself stays to arXiv's forms.
void TestArxivId::typedHuggingFaceLinks()
{
    for (const char* text :
         {"https://huggingface.co/papers/2501.01234", "http://huggingface.co/papers/2501.01234/",
          "https://www.huggingface.co/papers/2501.01234v2", " 2501.01234 ",
          "https://arxiv.org/abs/2501.01234"}) {
        const auto id = ArxivId::parseTyped(QString::fromLatin1(text));
        QVERIFY2(id, text);
        QCOMPARE(id->id(), QStringLiteral("2501.01234"));
    }
    for (const char* text :
         {"https://huggingface.co/2501.01234", "https://huggingface.co/papers/nonsense",
          "https://example.com/papers/2501.01234", "ftp://huggingface.co/papers/2501.01234",
          "https://huggingface.co/papers/2501.01234 extra"})
        QVERIFY2(!ArxivId::parseTyped(QString::fromLatin1(text)), text);
    QVERIFY(!ArxivId::parse(QStringLiteral("https://huggingface.co/papers/2501.01234")));
}

QTEST_GUILESS_MAIN(TestArxivId)
#include "TestArxivId.moc"
