// The round trip over the whole shared corpus: every daily_papers_ko digest is read, imported
// into a cache, exported again as a digest from the cache (as `paperboy digest export` does) and
// read back through the real reader; every title, vote, author, section, thumbnail and media
// link must come back as the first read found it. The first read is the reference, so what the
// reader itself drops (stray HTML, a second day's block) is counted and printed, not compared.
// Fails, never skips, when ../shared is missing.
#include "DigestTestSupport.h"
#include "common/Corpus.h"
#include "export/DigestTitle.h"
#include "export/KoreanDigest.h"
#include "ingest/DigestFiles.h"
#include "parse/Headings.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::digesttest;

class TestDigestCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void everyDigestReadsBackUnchanged();
    void titlesAreWrittenAsTheSeedWroteThem();
};

void TestDigestCorpus::everyDigestReadsBackUnchanged()
{
    PAPERBOY_REQUIRE_CORPUS();
    QStringList problems;
    const QStringList files = ingest::collectDigestFiles(
        {testing::corpusDir() + QStringLiteral("/daily_papers_ko")}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(files.size(), 265);

    // The first reads, and the listing the cache keeps of each paper: one record per paper and
    // source, so a paper listed on two days keeps the text of the day imported last.
    QList<core::Digest> digests;
    QHash<QString, core::Paper> lastListing;
    QMap<QString, int> firstReadWarnings;
    for (const QString& file : files) {
        const parse::ParseResult read = ingest::loadDigestFile(file);
        QVERIFY2(read.digest, qPrintable(read.error));
        for (const parse::Warning& warning : read.warnings) {
            // Counted by kind: the message without the quoted parts that vary.
            QString kind = warning.message;
            kind.replace(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\d+(\\.\\d+)?")),
                         QStringLiteral("…"));
            ++firstReadWarnings[kind];
        }
        for (const core::Paper& paper : read.digest->papers)
            lastListing.insert(paper.id.id(), paper);
        digests.append(*read.digest);
    }

    QTemporaryDir dir;
    const store::DataPaths paths = store::DataPaths::inDirectory(dir.path());
    QString error;
    {
        const auto writer = store::CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QStringList errors;
        writer->writeDigests(digests, &errors);
        errors.removeAll(QString());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }
    const auto cache = store::CacheReader::open(paths, &error);
    QVERIFY2(cache, qPrintable(error));

    QStringList failures;
    int papers = 0;
    int sections = 0;
    int otherDayListings = 0;
    QElapsedTimer timer;
    timer.start();
    for (const core::Digest& first : std::as_const(digests)) {
        const core::Papers cached = cache->dayPapers(first.date);
        const exporting::KoreanDigest written = exporting::koreanDigest(first.date, cached);
        const QString name = first.date.toString(Qt::ISODate) + QStringLiteral(".md");
        const parse::ParseResult again =
            parse::MarkdownDigestReader::read(written.markdown, name, first.date);
        if (!again.digest) {
            failures.append(again.error);
            continue;
        }
        for (const parse::Warning& warning : again.warnings) {
            if (!warning.message.contains(QStringLiteral("has no summary")))
                failures.append(QStringLiteral("re-read: ") + warning.toString());
        }
        core::Papers expected;
        for (const core::Paper& paper : first.papers) {
            const core::Paper& kept = lastListing[paper.id.id()];
            if (!differences(paper, kept).isEmpty())
                ++otherDayListings;
            expected.append(kept);
            sections += int(paper.sections.size());
        }
        papers += int(expected.size());
        for (const QString& difference : differences(expected, again.digest->papers))
            failures.append(name + QStringLiteral(": ") + difference);
        if (written.withoutKorean != 0)
            failures.append(
                name +
                QStringLiteral(": %1 papers without Korean text").arg(written.withoutKorean));
    }
    qInfo() << "digests" << digests.size() << "papers" << papers << "sections" << sections
            << "exported and re-read in" << timer.elapsed() << "ms";
    qInfo() << "papers whose other day's listing the cache keeps:" << otherDayListings;
    for (auto it = firstReadWarnings.cbegin(); it != firstReadWarnings.cend(); ++it)
        qInfo().noquote() << "first read:" << it.value() << "x" << it.key();
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 differences; the first 40:\n").arg(failures.size()) +
                        failures.mid(0, 40).join(QLatin1Char('\n'))));
    QCOMPARE(papers, 3591);
}

// Every heading of the seed: the exported link text is the seed's text character for character
// (the seed escapes nothing: "!", "*", "_", "&", backticks and LaTeX backslashes stand raw), and
// it reads back as the title the seed's heading reads as.
void TestDigestCorpus::titlesAreWrittenAsTheSeedWroteThem()
{
    PAPERBOY_REQUIRE_CORPUS();
    QStringList problems;
    const QStringList files = ingest::collectDigestFiles(
        {testing::corpusDir() + QStringLiteral("/daily_papers_ko")}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QStringList failures;
    int titles = 0;
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const auto seed = parse::parsePaperHeading(line);
            if (!seed)
                continue;
            ++titles;
            const QString trimmed = line.trimmed();
            const qsizetype split = trimmed.lastIndexOf(QLatin1String("]("));
            const QString seedText = trimmed.mid(5, split - 5).trimmed();
            const QString written = exporting::digest::escapedTitle(seed->title);
            const QString writtenLine = QStringLiteral("### [") + written + QStringLiteral("](") +
                                        seed->link + QLatin1Char(')');
            const auto again = parse::parsePaperHeading(writtenLine);
            if (written != seedText)
                failures.append(quoted(seedText) + QStringLiteral(" written as ") +
                                quoted(written));
            if (!again || again->title != seed->title)
                failures.append(quoted(seed->title) + QStringLiteral(" reads back as ") +
                                quoted(again ? again->title : QString()));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 40).join(QLatin1Char('\n'))));
    QCOMPARE(titles, 3591);
}

QTEST_GUILESS_MAIN(TestDigestCorpus)
#include "TestDigestCorpus.moc"
