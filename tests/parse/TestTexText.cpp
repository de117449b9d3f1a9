// arXiv's TeX in abstracts: unit cases, and every real Hugging Face abstract in the corpus.
#include "common/Corpus.h"
#include "parse/TexText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using paperboy::parse::texPlainText;
using paperboy::parse::TexSpan;
using paperboy::parse::texSpans;

namespace {

TexSpan plain(const QString& text)
{
    return {text, false, false, false};
}

// Every abstract of the corpus's Hugging Face days, by arXiv id.
QHash<QString, QString> corpusAbstracts()
{
    QHash<QString, QString> abstracts;
    const QDir dir(paperboy::testing::corpusDir() + QStringLiteral("/hf_daily_papers"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QJsonValue& entry : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject paper = entry[QLatin1String("paper")].toObject();
            abstracts.insert(paper[QLatin1String("id")].toString(),
                             paper[QLatin1String("summary")].toString());
        }
    }
    return abstracts;
}

QString lettersOf(const QString& text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            letters += c;
    }
    return letters;
}

} // namespace

class TestTexText final : public QObject
{
    Q_OBJECT

private slots:
    void escapesBecomeCharacters()
    {
        QCOMPARE(texPlainText(u"65.7\\% of R\\&D on a\\_b, \\#1 for \\$3 in \\{x\\}"),
                 QStringLiteral("65.7% of R&D on a_b, #1 for $3 in {x}"));
        QCOMPARE(texSpans(u"90\\% faster"), QList<TexSpan>{plain(QStringLiteral("90% faster"))});
    }

    void emphasisBecomesStyles()
    {
        const QList<TexSpan> spans = texSpans(
            u"We propose \\textbf{Fast\\_Net}, an \\emph{open} and {\\it small} {\\bf model}.");
        const QList<TexSpan> expected = {
            plain(QStringLiteral("We propose ")), {QStringLiteral("Fast_Net"), true, false, false},
            plain(QStringLiteral(", an ")),       {QStringLiteral("open"), false, true, false},
            plain(QStringLiteral(" and ")),       {QStringLiteral("small"), false, true, false},
            plain(QStringLiteral(" ")),           {QStringLiteral("model"), true, false, false},
            plain(QStringLiteral(".")),
        };
        QCOMPARE(spans, expected);
        // Nested: bold inside italic is both.
        QCOMPARE(texSpans(u"\\textit{a \\textbf{b}}").constLast(),
                 (TexSpan{QStringLiteral("b"), true, true, false}));
        QCOMPARE(texPlainText(u"{\\em entropy collapse} in"),
                 QStringLiteral("entropy collapse in"));
    }

    void mathAndUnknownMacrosStayAsWritten()
    {
        const QList<TexSpan> spans = texSpans(u"a $O(n^2)$ cost and \\(x_1\\) here");
        QCOMPARE(spans.size(), 5);
        QCOMPARE(spans.at(1), (TexSpan{QStringLiteral("$O(n^2)$"), false, false, true}));
        QCOMPARE(spans.at(3), (TexSpan{QStringLiteral("\\(x_1\\)"), false, false, true}));
        QCOMPARE(texPlainText(u"$$\\sum_i x_i$$"), QStringLiteral("$$\\sum_i x_i$$"));
        // Prices are not math, and an escape after them is still an escape.
        QCOMPARE(texPlainText(u"costs $3 and $4 for 10\\% more"),
                 QStringLiteral("costs $3 and $4 for 10% more"));
        QCOMPARE(texPlainText(u"under $1 per task"), QStringLiteral("under $1 per task"));
        // Unknown macros, groups and stray braces are kept, so nothing written is lost.
        QCOMPARE(texPlainText(u"\\method{} beats \\url{x} {a {b}} c} \\"),
                 QStringLiteral("\\method{} beats \\url{x} {a {b}} c} \\"));
        QCOMPARE(texPlainText(u"\\textbf{never closed"), QStringLiteral("never closed"));
        QCOMPARE(texSpans(u""), QList<TexSpan>{});
        // Markup stays text: the spans are plain text for whoever renders them.
        QCOMPARE(texPlainText(u"<b>x</b> \\emph{<i>y</i>}"), QStringLiteral("<b>x</b> <i>y</i>"));
    }

    void realAbstractsReadCleanly()
    {
        PAPERBOY_REQUIRE_CORPUS();
        const QHash<QString, QString> abstracts = corpusAbstracts();
        QVERIFY2(abstracts.size() > 1000, qPrintable(QString::number(abstracts.size())));
        int withTex = 0;
        for (auto it = abstracts.cbegin(); it != abstracts.cend(); ++it) {
            const QString& tex = it.value();
            const QList<TexSpan> spans = texSpans(tex);
            QString text;
            for (const TexSpan& span : spans) {
                text += span.text;
                if (span.math)
                    continue;
                for (const char* escape :
                     {"\\%", "\\&", "\\_", "\\#", "\\$", "\\textbf{", "\\emph{"})
                    QVERIFY2(!span.text.contains(QLatin1String(escape)),
                             qPrintable(it.key() + QLatin1String(": ") + span.text));
            }
            QCOMPARE(text, texPlainText(tex));
            const bool tex_ = tex.contains(QLatin1Char('\\'));
            withTex += tex_ ? 1 : 0;
            // Text without a backslash or braces comes through unchanged.
            if (!tex_ && !tex.contains(QLatin1Char('{')) && !tex.contains(QLatin1Char('$')))
                QCOMPARE(spans, QList<TexSpan>{plain(tex)});
            // Only markup goes: every letter and digit stays, in order (counted with a regular
            // expression, independently of the reader).
            static const QRegularExpression styleMacro(
                QStringLiteral("\\\\(textbf|emph|textit|itshape|bfseries|em|it|bf)(?![A-Za-z])"));
            QCOMPARE(lettersOf(text), lettersOf(QString(tex).remove(styleMacro)));
        }
        QVERIFY(withTex > 50);

        // Some of the real ones, as a reader sees them.
        QVERIFY(texPlainText(abstracts.value(QStringLiteral("2412.13018")))
                    .contains(QLatin1String("achieving an\n87.47% acceptance ratio")));
        QVERIFY(texPlainText(abstracts.value(QStringLiteral("2412.18619")))
                    .contains(QLatin1String("datasets & evaluation")));
        QVERIFY(texPlainText(abstracts.value(QStringLiteral("2502.12115")))
                    .contains(QLatin1String("to $32,000 feature")));
        QVERIFY(texPlainText(abstracts.value(QStringLiteral("2502.00306")))
                    .contains(QLatin1String("less than $0.02 per document")));
        const QList<TexSpan> bold = texSpans(abstracts.value(QStringLiteral("2608.16391")));
        QVERIFY(std::any_of(bold.cbegin(), bold.cend(), [](const TexSpan& span) {
            return span.bold && span.text == QLatin1String("Ventor-QTest");
        }));
        const QList<TexSpan> italic = texSpans(abstracts.value(QStringLiteral("2501.03489")));
        QVERIFY(std::any_of(italic.cbegin(), italic.cend(), [](const TexSpan& span) {
            return span.italic && span.text == QLatin1String("entropy collapse");
        }));
    }
};

QTEST_GUILESS_MAIN(TestTexText)
#include "TestTexText.moc"
