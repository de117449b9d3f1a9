// The Atom writer's own rules (export/AtomFeed.h); test_watch_cli reads whole feeds with a
// real feed parser and the RFC 4287 schema.
#include "export/AtomFeed.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::exporting;

namespace {

core::Paper paper(const char* id, const char* title)
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(QString::fromLatin1(id));
    paper.title = QString::fromUtf8(title);
    paper.date = QDate(2024, 3, 10);
    return paper;
}

// Every text of the document as a parser reads it back; fails the test on an XML error.
QStringList texts(const QByteArray& document)
{
    QXmlStreamReader reader(document);
    QStringList found;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters && !reader.isWhitespace())
            found.append(reader.text().toString());
    }
    if (reader.hasError())
        found.append(QStringLiteral("XML error: ") + reader.errorString());
    return found;
}

} // namespace

class TestAtomFeed final : public QObject
{
    Q_OBJECT

private slots:
    void xmlSafeTextKeepsOnlyWhatXmlAllows()
    {
        QString text = QStringLiteral("a\tb\nc\rd");
        text += QChar(0x0001);
        text += QChar(0x001F);
        text += QChar(0xFFFE);
        text += QChar(0xFFFF);
        text += QChar(0xD800); // a lone high surrogate
        text += QStringLiteral("e");
        text += QChar(0xDC00); // a lone low surrogate
        text += QStringLiteral("\U0001F600\u202E\u00e9");
        QCOMPARE(xmlSafeText(text), QStringLiteral("a\tb\nc\rde\U0001F600\u202E\u00e9"));
    }

    void feedIdIsStablePerName()
    {
        QCOMPARE(watchFeedId(QStringLiteral("robots")), watchFeedId(QStringLiteral("robots")));
        QVERIFY(watchFeedId(QStringLiteral("robots")) != watchFeedId(QStringLiteral("Robots")));
        QVERIFY(watchFeedId(QStringLiteral("robots")).startsWith(QStringLiteral("urn:uuid:")));
    }

    void summaryFallsBackToTheKoreanText()
    {
        core::Paper korean = paper("2403.00001", "Title");
        korean.titleKo = QStringLiteral("한국어 제목");
        korean.sections = {{QStringLiteral("요약"), QStringLiteral("**굵게** 쓴 <b>요약</b>")}};
        QCOMPARE(entrySummary(korean),
                 QStringLiteral("한국어 제목\n\n요약\n**굵게** 쓴 <b>요약</b>"));
        korean.abstract = QStringLiteral("  The abstract.  ");
        QCOMPARE(entrySummary(korean), QStringLiteral("The abstract."));
    }

    void hostileTextIsEscapedNotMarkup()
    {
        core::Paper hostile = paper("2403.00002", "]]> <b>&amp;</b> \x01 & <![CDATA[");
        hostile.authors = {QStringLiteral("<script>"), QString(QChar(0x0002))};
        const QByteArray feed =
            atomFeed({QStringLiteral("w <&>"), QStringLiteral("q \"x\""), {hostile}, QDateTime()});
        const QStringList found = texts(feed);
        QVERIFY2(!found.last().startsWith(QStringLiteral("XML error")), qPrintable(found.last()));
        QVERIFY(found.contains(QStringLiteral("]]> <b>&amp;</b>  & <![CDATA[")));
        QVERIFY(found.contains(QStringLiteral("Paperboy: w <&>")));
        QVERIFY(found.contains(QStringLiteral("<script>")));
        QVERIFY(!feed.contains("<b>"));
        QVERIFY(!feed.contains("<script>"));
        QCOMPARE(feed.count("<author>"), 2); // the feed's, and one for the name left
    }

    void emptyFeedIsUpdatedWhenGenerated()
    {
        const QDateTime generated(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QByteArray feed = atomFeed({QStringLiteral("w"), QStringLiteral("q"), {}, generated});
        QVERIFY(feed.contains("<updated>2026-01-02T03:04:05Z</updated>"));
        QVERIFY(!feed.contains("<entry>"));
    }
};

QTEST_GUILESS_MAIN(TestAtomFeed)
#include "TestAtomFeed.moc"
