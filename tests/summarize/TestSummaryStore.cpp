// Summaries in the cache: stored as the source "summarizer" beside the digests' text (never in
// it), with model and date; kept through a digest's pruning; the full-text index consistent
// through every change; and the PDF text of a PDF made here.
#include "store/StoreTestSupport.h"

#include "core/Digest.h"
#include "core/Summary.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/db/DataPaths.h"
#include "summarize/PdfText.h"
#include "summarize/SummaryRun.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using namespace paperboy::store;

namespace {

core::PaperSummary summaryOf(const QString& id, const QString& model, const QString& text)
{
    core::PaperSummary summary;
    summary.id = test::arxivId(id);
    summary.title = QStringLiteral("Title ") + id;
    summary.model = model;
    summary.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    summary.sections = {{QStringLiteral("What's New"), text},
                        {QStringLiteral("Technical Details"), QStringLiteral("세부 사항")}};
    summary.promptTokens = 120;
    summary.completionTokens = 45;
    return summary;
}

} // namespace

class TestSummaryStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DataPaths m_paths;

    QString fullTextCheck()
    {
        test::ScratchConnection look(m_paths.cacheFile);
        return look.run(QStringLiteral(
            "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)"));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_paths = DataPaths::inDirectory(m_dir.path() + QStringLiteral("/") +
                                         QString::fromUtf8(QTest::currentTestFunction()));
    }

    void storedBesideTheDigestsAndKeptThroughPruning()
    {
        QString error;
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY2(writer, qPrintable(error));
        const QDate day(2026, 2, 20);
        core::Paper listed = test::paper(QStringLiteral("2602.00001"), QStringLiteral("Listed"));
        listed.abstract = QStringLiteral("An abstract about transformers.");
        listed.sections = {{QStringLiteral("Summary"), QStringLiteral("hf text")}};
        const core::Paper other =
            test::paper(QStringLiteral("2602.00002"), QStringLiteral("Other"));
        QVERIFY2(writer->writeDigest(test::digest(day, core::huggingFaceSource(), {listed, other}),
                                     &error),
                 qPrintable(error));
        QVERIFY2(
            writer->writeSummary(summaryOf(QStringLiteral("2602.00001"), QStringLiteral("gpt-4o"),
                                           QStringLiteral("지식증류 요약")),
                                 &error),
            qPrintable(error));
        QCOMPARE(fullTextCheck(), QString());

        auto reader = CacheReader::open(m_paths, &error);
        QVERIFY2(reader, qPrintable(error));
        std::optional<core::Paper> paper = reader->paper(QStringLiteral("2602.00001"));
        QVERIFY(paper);
        QCOMPARE(paper->title, QStringLiteral("Listed")); // the digest's title wins
        QCOMPARE(paper->summaryModel, QStringLiteral("gpt-4o"));
        QCOMPARE(paper->summarizedAt, QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(paper->sources.contains(core::summarizerSource()));
        QCOMPARE(paper->abstract, listed.abstract);
        int summarizer = 0;
        for (const core::Section& section : paper->sections) {
            if (section.source == core::summarizerSource())
                ++summarizer;
            else
                QCOMPARE(section.markdown, QStringLiteral("hf text")); // untouched
        }
        QCOMPARE(summarizer, 2);
        QCOMPARE(
            reader->summaryModels({QStringLiteral("2602.00001"), QStringLiteral("2602.00002")}),
            (QHash<QString, QString>{{QStringLiteral("2602.00001"), QStringLiteral("gpt-4o")}}));
        // Found by the summary's words.
        test::ScratchConnection look(m_paths.cacheFile);
        QCOMPARE(look.scalar(QStringLiteral("SELECT model FROM summaries")).toString(),
                 QStringLiteral("gpt-4o"));

        // Another model's summary replaces it (one summary per paper), index still consistent.
        QVERIFY(
            writer->writeSummary(summaryOf(QStringLiteral("2602.00001"), QStringLiteral("local"),
                                           QStringLiteral("두 번째 요약")),
                                 &error));
        QCOMPARE(fullTextCheck(), QString());
        QCOMPARE(reader->paper(QStringLiteral("2602.00001"))->summaryModel,
                 QStringLiteral("local"));

        // The digest drops the paper: Hugging Face's row goes, the summary stays, the index holds.
        QVERIFY(writer->writeDigest(test::digest(day, core::huggingFaceSource(), {other}), &error));
        QCOMPARE(fullTextCheck(), QString());
        paper = reader->paper(QStringLiteral("2602.00001"));
        QVERIFY(paper);
        QCOMPARE(paper->sources, QStringList{core::summarizerSource()});
        QCOMPARE(paper->title, QStringLiteral("Title 2602.00001"));
        QCOMPARE(paper->sections.first().markdown, QStringLiteral("두 번째 요약"));
        // Listed again: both sources, one summary.
        QVERIFY(writer->writeDigest(test::digest(day, core::huggingFaceSource(), {listed, other}),
                                    &error));
        QCOMPARE(fullTextCheck(), QString());
        QCOMPARE(reader->paper(QStringLiteral("2602.00001"))->sources.size(), 2);
        QCOMPARE(reader->dayList(day).size(), 2);
    }

    void refusesWhatCannotBeStored()
    {
        QString error;
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY(writer);
        QVERIFY(!writer->writeSummary(
            summaryOf(QStringLiteral("2602.09999"), QStringLiteral("m"), QStringLiteral("x")),
            &error));
        QVERIFY2(error.contains(QStringLiteral("not in the cache")), qPrintable(error));
        core::PaperSummary noModel =
            summaryOf(QStringLiteral("2602.09999"), {}, QStringLiteral("x"));
        QVERIFY(!writer->writeSummary(noModel, &error));
        QVERIFY(error.contains(QStringLiteral("model")));
    }

    void koreanSourcesAreKnown()
    {
        core::Paper paper;
        paper.sources = {core::huggingFaceSource()};
        QVERIFY(!summarize::hasKoreanSource(paper));
        paper.sources.append(core::koreanAutoflowSource());
        QVERIFY(summarize::hasKoreanSource(paper));
    }

    void extractsTheTextOfAPdf()
    {
        const QString file = m_dir.filePath(QStringLiteral("made.pdf"));
        {
            QPdfWriter writer(file);
            QPainter painter(&writer);
            QFont font = painter.font();
            font.setPointSize(12);
            painter.setFont(font);
            painter.drawText(QPointF(200, 400), QStringLiteral("Sparse attention halves memory."));
            writer.newPage();
            painter.drawText(QPointF(200, 400), QStringLiteral("Second page results table."));
        }
        QString error;
        const QString text = summarize::extractPdfText(file, 100000, &error);
        QVERIFY2(text.contains(QStringLiteral("Sparse attention halves memory.")),
                 qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Second page")) >
                text.indexOf(QStringLiteral("Sparse")));
        QCOMPARE(summarize::extractPdfText(file, 10, &error).size(), 10);

        const QString notPdf = m_dir.filePath(QStringLiteral("not.pdf"));
        QFile bad(notPdf);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("<html>not a pdf</html>");
        bad.close();
        QVERIFY(summarize::extractPdfText(notPdf, 1000, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("not a readable PDF")));
    }
};

QTEST_MAIN(TestSummaryStore)
#include "TestSummaryStore.moc"
