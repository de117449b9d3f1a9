#include "TestHfJsonReader.h"

#include "ParseTestSupport.h"
#include "parse/HfJsonReader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

QString apiDir()
{
    return corpusDir() + QStringLiteral("/hf_daily_papers");
}

QStringList apiFiles()
{
    QStringList files;
    QDirIterator it(apiDir(), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QDate dateFromName(const QString& path)
{
    return QDate::fromString(QFileInfo(path).completeBaseName(), Qt::ISODate);
}

// The distinct paper.id strings in array order, read without the reader under test.
QStringList distinctPaperIds(const QByteArray& data)
{
    QStringList ids;
    const QJsonArray entries = QJsonDocument::fromJson(data).array();
    for (const QJsonValue& entry : entries) {
        const QString id = entry[QLatin1String("paper")][QLatin1String("id")].toString();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

ParseResult readApiDay(const char* day)
{
    const QString path = apiDir() + QLatin1Char('/') + QLatin1String(day) + QStringLiteral(".json");
    const std::optional<QByteArray> data = readFile(path);
    if (!data) {
        ParseResult missing;
        missing.error = QStringLiteral("cannot read ") + path;
        return missing;
    }
    return parse::HfJsonReader::read(*data, path, dateFromName(path));
}

} // namespace

void TestHfJsonReader::corpusParsesCompletely()
{
    if (!QDir(apiDir()).exists())
        QFAIL(qPrintable(QStringLiteral("corpus missing: ") + apiDir()));
    const QStringList files = apiFiles();
    QVERIFY2(files.size() >= 68, qPrintable(QString::number(files.size())));
    qsizetype papers = 0;
    QList<parse::Warning> warnings;
    QElapsedTimer timer;
    qint64 parseMs = 0;
    for (const QString& path : files) {
        const std::optional<QByteArray> data = readFile(path);
        QVERIFY2(data, qPrintable(path));
        timer.start();
        const ParseResult result = parse::HfJsonReader::read(*data, path, dateFromName(path));
        parseMs += timer.elapsed();
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.digest->date, dateFromName(path));
        // Every id in the corpus is a valid arXiv id, so nothing may be skipped, in order.
        QCOMPARE(paperIds(result), distinctPaperIds(*data));
        for (const core::Paper& paper : result.digest->papers) {
            QVERIFY(!paper.title.isEmpty() && !paper.title.contains(QLatin1Char('\n')));
            QVERIFY2(!paper.authors.isEmpty(), qPrintable(paper.id.id()));
            QVERIFY(paper.votes.has_value());
            QVERIFY(paper.listedAt.isValid() && paper.publishedAt.isValid());
        }
        papers += result.digest->papers.size();
        warnings += result.warnings;
    }
    qInfo("%lld files, %lld papers, %lld warnings, parsed in %lld ms", qint64(files.size()),
          qint64(papers), qint64(warnings.size()), parseMs);
    for (const parse::Warning& warning : warnings)
        qInfo("%s", qPrintable(warning.toString()));
}

#define READ_API_DAY(var, day)                                                                     \
    if (!QDir(apiDir()).exists())                                                                  \
        QFAIL(qPrintable(QStringLiteral("corpus missing: ") + apiDir()));                          \
    const ParseResult var = readApiDay(day);                                                       \
    QVERIFY2(var.ok(), qPrintable(describe(var)))

void TestHfJsonReader::corpusSpotChecks()
{
    {
        READ_API_DAY(day, "2026-08-03");
        const core::Paper& first = day.digest->papers.at(0);
        QCOMPARE(first.id.id(), QStringLiteral("2607.23802"));
        QVERIFY(first.title.startsWith(QStringLiteral("From RLVR to RLSVR: Task Transformation")));
        QCOMPARE(first.votes, std::optional<int>(65));
        QCOMPARE(first.githubRepo, QStringLiteral("https://github.com/wangqinsi1/RLSVR"));
        QCOMPARE(first.githubStars, std::optional<int>(138));
        QCOMPARE(first.projectPage,
                 QStringLiteral("https://github.com/wangqinsi1/RLSVR/tree/SpyRL"));
        QCOMPARE(first.submittedBy, QStringLiteral("Wang"));
        QCOMPARE(first.numComments, std::optional<int>(2));
        QCOMPARE(first.authors.mid(0, 2),
                 QStringList({QStringLiteral("Qinsi Wang"), QStringLiteral("Jing Shi")}));
        QCOMPARE(first.listedAt, QDateTime(QDate(2026, 7, 25), QTime(20, 0), Qt::UTC));
        QCOMPARE(first.publishedAt, QDateTime(QDate(2026, 7, 26), QTime(0, 0), Qt::UTC));
        QVERIFY(
            first.abstract.startsWith(QStringLiteral("Reinforcement Learning with Verifiable")));
        QCOMPARE(first.thumbnailUrl, QStringLiteral("https://cdn-thumbnails.huggingface.co/"
                                                    "social-thumbnails/papers/2607.23802.png"));
    }
    {
        READ_API_DAY(day, "2026-08-12");
        const core::Paper* twin = findPaper(day, QStringLiteral("2607.27749"));
        QVERIFY(twin);
        QCOMPARE(twin->organization, QStringLiteral("Seoul National University"));
        QCOMPARE(twin->keywords.size(), 10);
        QCOMPARE(twin->keywords.first(), QStringLiteral("digital twins"));
        QVERIFY(twin->aiSummary.startsWith(QStringLiteral("A rest-state framework reconstructs")));
        QCOMPARE(twin->mediaUrls,
                 QStringList{QStringLiteral("https://cdn-uploads.huggingface.co/production/uploads/"
                                            "67e4ae9f765e3105ef0928c3/XoXKw-kio3zyIWYwxix1o.mp4")});
        QCOMPARE(twin->submittedBy, QStringLiteral("Daeun Lee"));
        QCOMPARE(twin->votes, std::optional<int>(32));
    }
    {
        // paper.title keeps arXiv's line wrap; the reader collapses it.
        READ_API_DAY(day, "2024-12-16");
        const core::Paper* synergen = findPaper(day, QStringLiteral("2412.09604"));
        QVERIFY(synergen);
        QCOMPARE(synergen->title,
                 QStringLiteral("SynerGen-VL: Towards Synergistic Image Understanding and "
                                "Generation with Vision Experts and Token Folding"));
    }
    {
        // A hidden author is still an author.
        READ_API_DAY(day, "2024-12-17");
        const core::Paper* blt = findPaper(day, QStringLiteral("2412.09871"));
        QVERIFY(blt);
        QCOMPARE(blt->authors.size(), 14);
        QCOMPARE(blt->authors.at(5), QStringLiteral("Margaret Li"));
    }
    {
        // 265 author entries, three names listed twice.
        READ_API_DAY(day, "2024-12-24");
        const core::Paper* o1 = findPaper(day, QStringLiteral("2412.16720"));
        QVERIFY(o1);
        QCOMPARE(o1->authors.size(), 262);
        QCOMPARE(o1->authors.first(), QStringLiteral("OpenAI"));
    }
}
