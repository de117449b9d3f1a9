// paperboy-bench gen --days N --papers M --data-dir D [--vocabulary zipf|small]: a
// deterministic synthetic cache with realistic sizes (~80-char titles, ~1.2 KB English
// abstracts, three ~600-char Korean sections, ~6 authors), written like a real sync would: a
// Korean digest and a Hugging Face day per date. The words follow Zipf's law over 20 000
// English-like and 20 000 Korean-like words (GenVocabulary.h); --vocabulary small writes the
// 54 words of the first generator evenly, and author names with a digit, as it did.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "GenVocabulary.h"
#include "store/cache/CacheWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace paperboy::bench {
namespace {

const char* const englishWords[] = {
    "learning",  "model",     "language",  "vision",    "diffusion", "transformer", "scaling",
    "efficient", "reasoning", "agents",    "benchmark", "alignment", "multimodal",  "video",
    "robust",    "sparse",    "attention", "training",  "inference", "retrieval",   "generation",
    "large",     "neural",    "policy",    "reward",    "data",      "synthetic",   "evaluation"};
const char* const koreanWords[] = {
    "모델",     "학습",     "추론",         "성능",     "비전",   "언어",   "증류",
    "데이터",   "확산",     "생성",         "효율적인", "새로운", "방법을", "제안합니다",
    "실험",     "결과",     "벤치마크에서", "기존",     "대비",   "향상된", "멀티모달",
    "에이전트", "강화학습", "구조를",       "통해",     "평가"};
const char* const givenNames[] = {"Wei",    "Anna", "Jiho", "Carlos", "Priya",
                                  "Minseo", "Tom",  "Yuki", "Omar",   "Lena"};
const char* const familyNames[] = {"Kim", "Zhang", "Smith",  "Park",   "Garcia",
                                   "Lee", "Chen",  "Müller", "Tanaka", "Singh"};

template <size_t N> QString pick(QRandomGenerator& random, const char* const (&words)[N])
{
    return QString::fromUtf8(words[random.bounded(int(N))]);
}

template <size_t N> QStringList listOf(const char* const (&words)[N])
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

struct Vocabularies
{
    Vocabulary english;
    Vocabulary korean;
    bool digitsInNames; // the first generator's "Wei Kim0": no author query matched them
};

// imageBase: empty for the Hugging Face thumbnail URLs, else a loopback image server's
// address (paperboy-bench dayswitch/startup --image-port) so benchmarks can load them.
core::Paper basePaper(QRandomGenerator& random, const Vocabularies& words, QDate day, int index,
                      const QString& imageBase)
{
    core::Paper paper;
    const QString id = day.toString(QStringLiteral("yyMM")) + QLatin1Char('.') +
                       QStringLiteral("%1").arg(day.day() * 1000 + index, 5, 10, QLatin1Char('0'));
    paper.id = *core::ArxivId::parse(id);
    QString title = words.english.text(random, 80);
    title[0] = title[0].toUpper();
    paper.title = title;
    for (int a = 0; a < 4 + random.bounded(5); ++a)
        paper.authors.append(pick(random, givenNames) + QLatin1Char(' ') +
                             pick(random, familyNames) +
                             (words.digitsInNames ? QString::number(a) : QString()));
    paper.votes = random.bounded(200);
    paper.thumbnailUrl =
        imageBase.isEmpty()
            ? QString(QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/"
                                     "papers/") +
                      id + QStringLiteral(".png"))
            : QString(imageBase + QStringLiteral("/png/w1200h648-") + id + QStringLiteral(".png"));
    return paper;
}

} // namespace

int genBench(const QStringList& args)
{
    const int days = optionValue(args, QStringLiteral("--days"), QStringLiteral("1000")).toInt();
    const int perDay = optionValue(args, QStringLiteral("--papers"), QStringLiteral("50")).toInt();
    const QString dir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const QString imageBase = optionValue(args, QStringLiteral("--image-base"), QString());
    if (dir.isEmpty() || days <= 0 || perDay <= 0 || perDay > 999) {
        QTextStream(stderr) << "usage: paperboy-bench gen --days N --papers M (<1000) --data-dir D "
                               "[--image-base http://127.0.0.1:PORT]\n";
        return 2;
    }
    const QString vocabulary =
        optionValue(args, QStringLiteral("--vocabulary"), QStringLiteral("zipf"));
    if (vocabulary != QStringLiteral("zipf") && vocabulary != QStringLiteral("small")) {
        QTextStream(stderr) << "gen: --vocabulary is zipf or small\n";
        return 2;
    }
    const bool zipf = vocabulary == QStringLiteral("zipf");
    const Vocabularies words{
        zipf ? Vocabulary::zipf(Vocabulary::Script::English, listOf(englishWords), 20000)
             : Vocabulary::small(listOf(englishWords)),
        zipf ? Vocabulary::zipf(Vocabulary::Script::Korean, listOf(koreanWords), 20000)
             : Vocabulary::small(listOf(koreanWords)),
        !zipf};
    QDir().mkpath(dir);
    QString error;
    const auto writer = store::CacheWriter::open(store::DataPaths::inDirectory(dir), &error);
    if (!writer) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QRandomGenerator random(20231120); // fixed seed: the same cache every time
    const QDate first(2023, 1, 2);
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        core::Digest korean{day, core::koreanDigestSource(), {}};
        core::Digest hf{day, core::huggingFaceSource(), {}};
        for (int i = 0; i < perDay; ++i) {
            core::Paper paper = basePaper(random, words, day, i, imageBase);
            core::Paper fromHf = paper;
            paper.sections = {
                {QStringLiteral("What's New"), words.korean.text(random, 600)},
                {QStringLiteral("Technical Details"), words.korean.text(random, 600)},
                {QStringLiteral("Performance Highlights"), words.korean.text(random, 600)}};
            fromHf.abstract = words.english.text(random, 1200);
            fromHf.aiSummary = words.english.text(random, 200);
            fromHf.keywords = {words.english.pick(random), words.english.pick(random)};
            korean.papers.append(paper);
            hf.papers.append(fromHf);
        }
        // Packing after each day, as the app's writer does when a sync pauses.
        if (!writer->writeDigest(korean, &error) || !writer->writeDigest(hf, &error) ||
            writer->packTextsIfDue(&error) < 0) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    printMetric("gen_days", days, "days");
    printMetric("gen_papers", double(days) * perDay, "papers");
    printMetric("gen_total_ms", ms, "ms");
    return 0;
}

} // namespace paperboy::bench
