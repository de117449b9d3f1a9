// The merged paper does not depend on the order its sources were imported in (issue 30):
// every day of the shared corpus that both Hugging Face and the Korean digest cover is
// imported both ways round, and every paper of those days must come out the same, with
// Hugging Face's authors in Hugging Face's order and the newest observation's votes.
#include "StoreTestSupport.h"
#include "common/Corpus.h"
#include "ingest/FileImport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/cache/MergedPapers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;
using paperboy::testing::corpusDir;

namespace {

struct SharedDay
{
    QDate date;
    QString hfFile;
    QString koreanFile;
};

QList<SharedDay> sharedDays()
{
    QList<SharedDay> days;
    const QDir hf(corpusDir() + QStringLiteral("/hf_daily_papers"));
    for (const QString& name : hf.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QDate date = QDate::fromString(name.left(10), Qt::ISODate);
        const QString korean = corpusDir() + QStringLiteral("/daily_papers_ko/") +
                               date.toString(QStringLiteral("yyyy/MM/dd")) + QStringLiteral(".md");
        if (QFileInfo::exists(korean))
            days.append({date, hf.filePath(name), korean});
    }
    return days;
}

// Each paper's author names in the Hugging Face file, read with plain JSON (not our parser);
// a name listed twice counts once (one real paper lists three people twice).
QHash<QString, QStringList> hfAuthors(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QStringList> authors;
    for (const QJsonValue& entry : QJsonDocument::fromJson(in.readAll()).array()) {
        const QJsonObject paper = entry[QStringLiteral("paper")].toObject();
        QStringList names;
        for (const QJsonValue& author : paper[QStringLiteral("authors")].toArray()) {
            const QString name = author[QStringLiteral("name")].toString().trimmed();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        authors.insert(paper[QStringLiteral("id")].toString(), names);
    }
    return authors;
}

// Everything of a merged paper, as comparable text.
QString describe(const core::Paper& p)
{
    QStringList sections;
    for (const core::Section& section : p.sections)
        sections.append(section.source + QLatin1Char('/') + section.name + QLatin1Char('=') +
                        section.markdown);
    return QStringList{p.id.id(),
                       p.date.toString(Qt::ISODate),
                       p.title,
                       p.titleKo,
                       p.authors.join(QLatin1Char('|')),
                       p.votes ? QString::number(*p.votes) : QStringLiteral("-"),
                       p.abstract,
                       p.aiSummary,
                       p.keywords.join(QLatin1Char('|')),
                       p.thumbnailUrl,
                       p.mediaUrls.join(QLatin1Char('|')),
                       p.sources.join(QLatin1Char('|')),
                       sections.join(QLatin1Char('\n'))}
        .join(QLatin1Char('\n'));
}

} // namespace

class TestMergeOrder final : public QObject
{
    Q_OBJECT

private slots:
    void bothOrdersGiveTheSamePapers();
    void newestObservationVotes();

private:
    static void importAll(const DataPaths& paths, const QStringList& files);
};

void TestMergeOrder::importAll(const DataPaths& paths, const QStringList& files)
{
    QString error;
    auto writer = CacheWriter::open(paths, &error);
    QVERIFY2(writer, qPrintable(error));
    for (const QString& file : files) {
        const ingest::FileOutcome outcome = ingest::importFile(file, QDate(), *writer);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    }
}

void TestMergeOrder::bothOrdersGiveTheSamePapers()
{
    PAPERBOY_REQUIRE_CORPUS();
    const QList<SharedDay> days = sharedDays();
    QVERIFY2(days.size() >= 5, "the corpus has fewer shared days than expected");
    QTemporaryDir hfFirst;
    QTemporaryDir koreanFirst;
    QVERIFY(hfFirst.isValid() && koreanFirst.isValid());
    const DataPaths hfFirstPaths = DataPaths::inDirectory(hfFirst.path());
    const DataPaths koreanFirstPaths = DataPaths::inDirectory(koreanFirst.path());
    // Day by day, each day's two files in one order or the other.
    for (const SharedDay& day : days) {
        importAll(hfFirstPaths, {day.hfFile, day.koreanFile});
        importAll(koreanFirstPaths, {day.koreanFile, day.hfFile});
    }
    QString error;
    const auto a = CacheReader::open(hfFirstPaths, &error);
    const auto b = CacheReader::open(koreanFirstPaths, &error);
    QVERIFY2(a && b, qPrintable(error));

    int inBoth = 0;
    for (const SharedDay& day : days) {
        const QHash<QString, QStringList> authors = hfAuthors(day.hfFile);
        const core::Papers papersA = a->dayPapers(day.date);
        const core::Papers papersB = b->dayPapers(day.date);
        QCOMPARE(papersA.size(), papersB.size());
        const QList<PaperListItem> listA = a->dayList(day.date);
        const QList<PaperListItem> listB = b->dayList(day.date);
        QCOMPARE(listA.size(), papersA.size());
        for (qsizetype i = 0; i < papersA.size(); ++i) {
            const core::Paper& p = papersA.at(i);
            QCOMPARE(describe(p), describe(papersB.at(i)));
            // The day list shows the same merge.
            QCOMPARE(listA.at(i).votes, p.votes);
            QCOMPARE(listB.at(i).votes, p.votes);
            QCOMPARE(listA.at(i).authors, p.authors.mid(0, listA.at(i).authors.size()));
            QCOMPARE(listB.at(i).authors, listA.at(i).authors);
            QCOMPARE(listA.at(i).authorCount, listB.at(i).authorCount);
            const auto hf = authors.constFind(p.id.id());
            if (hf == authors.cend())
                continue;
            QCOMPARE(p.authors, *hf);
            QCOMPARE(listA.at(i).authorCount, int(hf->size()));
            if (p.sources.contains(core::koreanDigestSource()))
                ++inBoth;
        }
    }
    qInfo() << days.size() << "shared days," << inBoth << "papers in both sources";
    QVERIFY(inBoth >= 50);

    // The paper the issue names: Hugging Face's count and first author, whatever the order.
    for (const auto* reader : {a.get(), b.get()}) {
        const auto paper = reader->paper(QStringLiteral("2412.10360"));
        QVERIFY(paper);
        QCOMPARE(paper->votes, std::optional<int>(107));
        QCOMPARE(paper->authors.value(0), QStringLiteral("Orr Zohar"));
    }
}

// Votes come from the source that listed the paper on the latest day; on one day, from
// Hugging Face; never from whichever was imported last.
void TestMergeOrder::newestObservationVotes()
{
    const QString id = QStringLiteral("2412.00001");
    const auto listing = [&id](QDate day, const QString& source, int votes) {
        core::Paper p = paper(id, QStringLiteral("A paper"));
        p.votes = votes;
        p.authors = {QStringLiteral("B"), QStringLiteral("A")};
        if (source == core::huggingFaceSource())
            p.authors = {QStringLiteral("A"), QStringLiteral("B")};
        return digest(day, source, {p});
    };
    const QDate monday(2024, 12, 16);
    const QDate tuesday(2024, 12, 17);
    struct Case
    {
        QList<core::Digest> digests;
        int votes;
    };
    const QList<Case> cases = {
        {{listing(monday, core::huggingFaceSource(), 10),
          listing(monday, core::koreanDigestSource(), 8)},
         10},
        {{listing(monday, core::koreanDigestSource(), 8),
          listing(monday, core::huggingFaceSource(), 10)},
         10},
        {{listing(tuesday, core::koreanDigestSource(), 30),
          listing(monday, core::huggingFaceSource(), 10)},
         30},
        {{listing(monday, core::huggingFaceSource(), 10),
          listing(tuesday, core::koreanDigestSource(), 30)},
         30},
    };
    for (const Case& c : cases) {
        QTemporaryDir dir;
        const DataPaths paths = DataPaths::inDirectory(dir.path());
        QString error;
        {
            auto writer = CacheWriter::open(paths, &error);
            QVERIFY2(writer, qPrintable(error));
            for (const core::Digest& d : c.digests)
                QVERIFY2(writer->writeDigest(d, &error), qPrintable(error));
        }
        const auto reader = CacheReader::open(paths, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->paper(id)->votes, std::optional<int>(c.votes));
        QCOMPARE(reader->paper(id)->authors,
                 (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(reader->dayList(monday).value(0).votes, std::optional<int>(c.votes));
        // The SQL form of the rule, for queries that sort or filter by votes.
        ScratchConnection scratch(paths.cacheFile);
        QCOMPARE(
            scratch.scalar(QStringLiteral("SELECT ") + newestVotesSql(QStringLiteral("1"))).toInt(),
            c.votes);
    }
}

QTEST_GUILESS_MAIN(TestMergeOrder)
#include "TestMergeOrder.moc"
