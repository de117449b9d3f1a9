#include "TestMarkdownDigestReader.h"

#include "ParseTestSupport.h"
#include "parse/MarkdownDigestReader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

QString digestDir()
{
    return corpusDir() + QStringLiteral("/daily_papers_ko");
}

QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(digestDir(), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QStringLiteral("/LICENSE.md")))
            files.append(path);
    }
    files.sort();
    return files;
}

// .../YYYY/MM/DD.md -> that day.
QDate dateFromPath(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const qsizetype n = parts.size();
    return n < 3 ? QDate()
                 : QDate::fromString(parts[n - 3] + QLatin1Char('-') + parts[n - 2] +
                                         QLatin1Char('-') + parts[n - 1].chopped(3),
                                     Qt::ISODate);
}

// Counted straight from the raw text, independent of the reader: the distinct arXiv ids on
// "### [" heading lines, the .mp4 URLs, and the numeric Vote lines.
struct RawCounts
{
    QSet<QString> ids;
    QSet<QString> videos;
    int numericVotes = 0;
};

RawCounts countRaw(const QByteArray& data)
{
    static const QRegularExpression heading(
        QStringLiteral("^### \\[.*\\]\\(https?://arxiv\\.org/abs/([^)\\s]+)\\)\\s*$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression video(QStringLiteral("https://[^\\s\"'()<>]+\\.mp4"));
    static const QRegularExpression vote(QStringLiteral("^Vote: \\d+$"),
                                         QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(data);
    RawCounts counts;
    for (auto it = heading.globalMatch(text); it.hasNext();)
        counts.ids.insert(it.next().captured(1));
    for (auto it = video.globalMatch(text); it.hasNext();)
        counts.videos.insert(it.next().captured(0));
    for (auto it = vote.globalMatch(text); it.hasNext(); it.next())
        ++counts.numericVotes;
    return counts;
}

// What must hold for every paper the reader returns.
QString paperProblem(const core::Paper& paper)
{
    if (paper.title.isEmpty() || paper.sections.isEmpty())
        return QStringLiteral("no title or no summary");
    for (const core::Section& section : paper.sections) {
        if (section.name.isEmpty() || section.markdown.isEmpty() ||
            section.markdown.contains(QStringLiteral("<video")) ||
            section.markdown.contains(QStringLiteral("<div")))
            return QStringLiteral("bad section ") + section.name;
    }
    if (!paper.thumbnailUrl.isEmpty() &&
        !paper.thumbnailUrl.endsWith(QLatin1Char('/') + paper.id.id() + QStringLiteral(".png")))
        return QStringLiteral("thumbnail of another paper");
    for (const QString& url : paper.mediaUrls + QStringList{paper.thumbnailUrl}) {
        if (!url.isEmpty() && !url.startsWith(QStringLiteral("https://")))
            return QStringLiteral("media URL ") + url;
    }
    if (QSet<QString>(paper.authors.cbegin(), paper.authors.cend()).size() != paper.authors.size())
        return QStringLiteral("duplicate authors");
    return {};
}

} // namespace

void TestMarkdownDigestReader::corpusParsesCompletely()
{
    if (!QDir(digestDir()).exists())
        QFAIL(qPrintable(QStringLiteral("corpus missing: ") + digestDir()));
    const QStringList files = corpusFiles();
    QVERIFY2(files.size() >= 265, qPrintable(QString::number(files.size())));

    QList<QByteArray> contents;
    for (const QString& path : files) {
        const std::optional<QByteArray> data = readFile(path);
        QVERIFY2(data, qPrintable(path));
        contents.append(*data);
    }
    qsizetype papers = 0;
    qsizetype expectedPapers = 0;
    QList<parse::Warning> warnings;
    QElapsedTimer timer;
    timer.start();
    QList<ParseResult> results;
    for (qsizetype i = 0; i < files.size(); ++i)
        results.append(
            parse::MarkdownDigestReader::read(contents[i], files[i], dateFromPath(files[i])));
    const qint64 elapsedMs = timer.elapsed();

    for (qsizetype i = 0; i < files.size(); ++i) {
        const ParseResult& result = results[i];
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const RawCounts raw = countRaw(contents[i]);
        const QStringList ids = paperIds(result);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), raw.ids);
        QSet<QString> videos;
        int numericVotes = 0;
        for (const core::Paper& paper : result.digest->papers) {
            const QString problem = paperProblem(paper);
            QVERIFY2(problem.isEmpty(), qPrintable(files[i] + QLatin1Char(' ') + paper.id.id() +
                                                   QStringLiteral(": ") + problem));
            for (const QString& url : paper.mediaUrls) {
                if (url.endsWith(QStringLiteral(".mp4")))
                    videos.insert(url);
            }
            numericVotes += paper.votes ? 1 : 0;
        }
        QCOMPARE(videos, raw.videos);
        QCOMPARE(numericVotes, raw.numericVotes);
        papers += result.digest->papers.size();
        expectedPapers += raw.ids.size();
        warnings += result.warnings;
    }
    qInfo("%lld files, %lld papers, %lld warnings, parsed in %lld ms", qint64(files.size()),
          qint64(papers), qint64(warnings.size()), elapsedMs);
    for (const parse::Warning& warning : warnings)
        qInfo("%s", qPrintable(warning.toString()));
    QCOMPARE(papers, expectedPapers);
    // Generous: a Release build takes a fraction of a second; this only catches a blow-up.
    QVERIFY2(elapsedMs < 10000, qPrintable(QString::number(elapsedMs)));
}

namespace {

ParseResult readCorpusDay(const char* relative)
{
    const QString path = digestDir() + QLatin1Char('/') + QLatin1String(relative);
    const std::optional<QByteArray> data = readFile(path);
    if (!data) {
        ParseResult missing;
        missing.error = QStringLiteral("cannot read ") + path;
        return missing;
    }
    return parse::MarkdownDigestReader::read(*data, path, dateFromPath(path));
}

QString cdnUpload(const char* name)
{
    return QStringLiteral("https://cdn-uploads.huggingface.co/production/uploads/"
                          "60f1abe7544c2adfd699860c/") +
           QLatin1String(name);
}

} // namespace

#define READ_DAY(var, relative)                                                                    \
    if (!QDir(digestDir()).exists())                                                               \
        QFAIL(qPrintable(QStringLiteral("corpus missing: ") + digestDir()));                       \
    const ParseResult var = readCorpusDay(relative);                                               \
    QVERIFY2(var.ok(), qPrintable(describe(var)))

#define FIND_PAPER(var, result, id)                                                                \
    const core::Paper* var = findPaper(result, QStringLiteral(id));                                \
    QVERIFY2(var != nullptr, id)

void TestMarkdownDigestReader::corpusSpotChecks()
{
    {
        // Earliest format: plain bullets, no votes, no authors; one with nested bullets.
        READ_DAY(day, "2023/11/20.md");
        FIND_PAPER(llava, day, "2311.10122");
        QCOMPARE(llava->title, QStringLiteral("Video-LLaVA: Learning United Visual "
                                              "Representation by Alignment Before Projection"));
        QCOMPARE(sectionNames(*llava), QStringList{QStringLiteral("Summary")});
        QVERIFY(llava->sections[0].markdown.startsWith(QStringLiteral("- 대규모 비전-언어 모델")));
        QCOMPARE(llava->sections[0].markdown.count(QStringLiteral("\n- ")), 6);
        QCOMPARE(llava->votes, std::nullopt);
        QVERIFY(llava->authors.isEmpty());
        FIND_PAPER(unified, day, "2311.10125");
        QVERIFY(unified->sections[0].markdown.contains(
            QStringLiteral("특징을 통해 자신을 차별화한다:\n  - (1) 다양한 어플리케이션에")));
    }
    {
        // An HTML-only video player, and an image sharing a paragraph with the authors.
        READ_DAY(day, "2023/11/21.md");
        FIND_PAPER(pixels, day, "2311.10982");
        QCOMPARE(pixels->mediaUrls, QStringList{cdnUpload("D-WQoAl7gR1AwRZ0RXNkW.mp4")});
        QCOMPARE(pixels->authors.size(), 7);
        QCOMPARE(pixels->authors.first(), QStringLiteral("Yan Zeng"));
        FIND_PAPER(fast, day, "2311.10770");
        QCOMPARE(fast->mediaUrls, QStringList{cdnUpload("J4Fjt08cj7la_ElXbOyoR.png")});
        QCOMPARE(fast->authors, QStringList({QStringLiteral("Peter Belcak"),
                                             QStringLiteral("Roger Wattenhofer")}));
    }
    {
        // "[Watch Video]url" without parentheses plus the HTML player: one URL.
        READ_DAY(day, "2023/12/05.md");
        FIND_PAPER(swap, day, "2312.02087");
        QCOMPARE(swap->mediaUrls, QStringList{cdnUpload("PahRPBsgHAbIPAs7E8F-u.mp4")});
    }
    {
        READ_DAY(day, "2023/12/12.md");
        FIND_PAPER(federated, day, "2312.06353");
        QCOMPARE(federated->votes, std::nullopt); // "Vote: -"
        QCOMPARE(federated->mediaUrls, QStringList{cdnUpload("LkJzIFGjABLgfZCmB6P1q.png")});
        QCOMPARE(federated->authors.first(), QStringLiteral("Zhen Qin"));
    }
    {
        // Repeated names in the authors line.
        READ_DAY(day, "2023/12/15.md");
        FIND_PAPER(herding, day, "2312.09244");
        QCOMPARE(herding->votes, std::optional<int>(2));
        QCOMPARE(herding->authors.size(), 12);
        QCOMPARE(herding->authors.mid(0, 3),
                 QStringList({QStringLiteral("Jacob Eisenstein"), QStringLiteral("Chirag Nagpal"),
                              QStringLiteral("Alekh Agarwal")}));
        QCOMPARE(herding->authors.last(), QStringLiteral("Jonathan Berant"));
    }
    {
        READ_DAY(day, "2024/06/12.md");
        FIND_PAPER(gaffer, day, "2406.07520");
        QCOMPARE(gaffer->mediaUrls,
                 QStringList{QStringLiteral(
                     "https://huggingface.co/avatars/e4f630616a16a7fc691b5275bb62f2aa.svg")});
        QVERIFY(gaffer->thumbnailUrl.isEmpty());
    }
    {
        // "1)" lines at column 0 continue "Technical Details".
        READ_DAY(day, "2024/07/16.md");
        FIND_PAPER(agent, day, "2407.10973");
        QCOMPARE(agent->votes, std::optional<int>(7));
        QCOMPARE(agent->thumbnailUrl,
                 QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/"
                                "2407.10973.png"));
        QCOMPARE(sectionNames(*agent),
                 QStringList({QStringLiteral("What's New"), QStringLiteral("Technical Details"),
                              QStringLiteral("Performance Highlights")}));
        const QString& details = agent->sections[1].markdown;
        QVERIFY(details.startsWith(
            QStringLiteral("이 논문의 주요 기술적 기여는 다음과 같습니다:\n1) ")));
        QVERIFY(details.contains(QStringLiteral("\n4) 정책 네트워크 파라미터와")));
    }
    {
        READ_DAY(day, "2024/07/19.md");
        FIND_PAPER(curly, day, "2406.07057");
        QCOMPARE(curly->sections.at(0).name, QStringLiteral("What's New"));
    }
    {
        READ_DAY(day, "2024/08/15.md");
        FIND_PAPER(aquila, day, "2408.07410");
        QCOMPARE(aquila->title, QStringLiteral("Aquila2 Technical Report"));
        QCOMPARE(aquila->sections.size(), 3);
        const QString& details = aquila->sections[1].markdown;
        QVERIFY(details.contains(QStringLiteral(":\n1. **Tokenizer**: 10만 단어")));
        QVERIFY(details.contains(QStringLiteral("\n5. **DMU**: ")));
        QVERIFY(aquila->sections[2].markdown.startsWith(QStringLiteral("Aquila2-34B 모델은")));
    }
    {
        // Two blocks of the same day: the second block's papers come after the first's.
        READ_DAY(day, "2024/10/18.md");
        QCOMPARE(day.digest->papers.size(), 9);
        QCOMPARE(day.digest->papers[7].id.id(), QStringLiteral("2410.13852"));
        QCOMPARE(day.digest->papers[8].id.id(), QStringLiteral("2410.13060"));
    }
    {
        // Python list authors and triple-star keys.
        READ_DAY(day, "2024/10/21.md");
        FIND_PAPER(minimum, day, "2410.10210");
        QCOMPARE(minimum->authors.size(), 6);
        QCOMPARE(minimum->authors.first(), QStringLiteral("Jintao Huang"));
        QCOMPARE(minimum->authors.last(), QStringLiteral("Xingjun Wang"));
        QCOMPARE(minimum->votes, std::optional<int>(2));
        QCOMPARE(minimum->sections.at(0).name, QStringLiteral("What's New"));
    }
}
