// paperboy-bench foryou [--corpus DIR] [--weeks 8] [--bookmarks 20] [--topic NAME=REGEX]...:
// the For you ranking's quality on the shared corpus. Simulated readers, one per topic given by
// a regular expression over title and abstract (--topic replaces the built-in ones), bookmark
// every paper of their topic in the first weeks (more weeks until they have --bookmarks of
// them, at most half the days) and dismiss a few others;
// a model is trained as the app trains it (rank::Model, the unmarked papers of those weeks as
// unlabelled) and ranks each later day. The figure is the mean average precision over the later
// days that hold a paper of the topic, beside the votes order of the same days. The topics
// only label papers: nothing of them reaches the features or the parameters, which are the
// library's defaults; the last lines show how the mean moves when those are changed.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ingest/DigestFiles.h"
#include "ingest/FileImport.h"
#include "rank/ForYou.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace paperboy::bench {
namespace {

struct Topic
{
    const char* name;
    const char* pattern;
};

// Broad themes of the daily lists, each a plain description of its subject.
const Topic topics[] = {
    {"robots", R"(\brobot|manipulat|embodied|locomotion|humanoid)"},
    {"speech", R"(\bspeech|\baudio|\bvoice|text-to-speech|\basr\b|spoken)"},
    {"3d", R"(\b3d\b|point cloud|nerf\b|gaussian splatting|\bmesh)"},
    {"video", R"(\bvideo)"},
    {"math", R"(\bmath|theorem|\bproofs?\b)"},
    {"medical", R"(medical|clinical|biomedical|radiolog|patholog)"},
};

struct Day
{
    QDate date;
    rank::PaperTexts papers;
};

bool importCorpus(const QString& corpus, const store::DataPaths& paths, QString* error)
{
    auto writer = store::CacheWriter::open(paths, error);
    if (!writer)
        return false;
    const QStringList files = ingest::collectDigestFiles({corpus}, nullptr);
    int failed = 0;
    ingest::importFiles(files, {}, *writer,
                        [&](const ingest::FileOutcome& outcome) { failed += outcome.ok ? 0 : 1; });
    printMetric("foryou_corpus_files", double(files.size()), "files");
    printMetric("foryou_corpus_failed", failed, "files");
    return !files.isEmpty();
}

double averagePrecision(const QList<bool>& relevantInOrder)
{
    int hits = 0;
    double sum = 0;
    for (qsizetype i = 0; i < relevantInOrder.size(); ++i) {
        if (relevantInOrder.at(i)) {
            ++hits;
            sum += double(hits) / double(i + 1);
        }
    }
    return hits == 0 ? 0 : sum / hits;
}

struct Reader
{
    QString name;
    QRegularExpression topic;
    int trainingDays = 0; // the first days, whose topic papers it bookmarks
    double map = 0;
    double votesMap = 0;
    double mapWithAbstracts = 0; // over the later days whose papers have English abstracts
    double votesMapWithAbstracts = 0;
    int bookmarks = 0;
    int days = 0;
    int daysWithAbstracts = 0;
};

bool inTopic(const Reader& reader, const rank::PaperText& paper)
{
    return reader.topic.match(paper.title + QLatin1Char('\n') + paper.body).hasMatch();
}

// The reader bookmarks its topic's papers of the first `weeks` weeks, and of further weeks
// until it has `bookmarks` of them (a reader of a rare topic takes longer to have enough),
// but never of more than half the days: the rest is ranked.
int trainingDaysOf(const Reader& reader, const QList<Day>& days, int weeks, int bookmarks)
{
    int count = 0;
    int d = 0;
    QDate end = days.value(0).date.addDays(7 * weeks);
    while (d < days.size() / 2) {
        if (days.at(d).date >= end) {
            if (count >= bookmarks)
                break;
            end = end.addDays(7);
            continue;
        }
        for (const rank::PaperText& paper : days.at(d).papers)
            count += inTopic(reader, paper) ? 1 : 0;
        ++d;
    }
    return d;
}

bool hasAbstracts(const Day& day)
{
    const auto with = std::count_if(day.papers.cbegin(), day.papers.cend(),
                                    [](const rank::PaperText& p) { return !p.body.isEmpty(); });
    return with * 2 > day.papers.size();
}

// Trains `reader`'s model with `options` and fills in its figures.
void simulate(Reader& reader, const QList<Day>& days, const rank::TrainOptions& options)
{
    rank::TrainingSet set;
    int others = 0;
    for (int d = 0; d < reader.trainingDays; ++d) {
        for (const rank::PaperText& paper : days.at(d).papers) {
            if (inTopic(reader, paper))
                set.positives.append(paper);
            else if (++others % 15 == 0) // a few others marked "Not interested"
                set.negatives.append(paper);
            else
                set.unlabelled.append(paper);
        }
    }
    reader.bookmarks = int(set.positives.size());
    reader.map = reader.votesMap = reader.mapWithAbstracts = reader.votesMapWithAbstracts = 0;
    reader.days = reader.daysWithAbstracts = 0;
    const auto model = rank::Model::train(set, options, nullptr, nullptr);
    if (!model)
        return;
    for (qsizetype d = reader.trainingDays; d < days.size(); ++d) {
        QList<std::pair<double, bool>> byScore;
        QList<std::pair<int, bool>> byVotes;
        for (const rank::PaperText& paper : days.at(d).papers) {
            const bool relevant = inTopic(reader, paper);
            byScore.append({model->score(paper), relevant});
            byVotes.append({paper.votes.value_or(0), relevant});
        }
        if (std::none_of(byScore.cbegin(), byScore.cend(), [](const auto& p) { return p.second; }))
            continue;
        const auto descending = [](const auto& a, const auto& b) { return a.first > b.first; };
        std::stable_sort(byScore.begin(), byScore.end(), descending);
        std::stable_sort(byVotes.begin(), byVotes.end(), descending);
        QList<bool> scored, voted;
        for (const auto& p : byScore)
            scored.append(p.second);
        for (const auto& p : byVotes)
            voted.append(p.second);
        const double ap = averagePrecision(scored);
        const double votesAp = averagePrecision(voted);
        reader.map += ap;
        reader.votesMap += votesAp;
        ++reader.days;
        if (hasAbstracts(days.at(d))) {
            reader.mapWithAbstracts += ap;
            reader.votesMapWithAbstracts += votesAp;
            ++reader.daysWithAbstracts;
        }
    }
    if (reader.days > 0) {
        reader.map /= reader.days;
        reader.votesMap /= reader.days;
    }
    if (reader.daysWithAbstracts > 0) {
        reader.mapWithAbstracts /= reader.daysWithAbstracts;
        reader.votesMapWithAbstracts /= reader.daysWithAbstracts;
    }
}

double meanMap(QList<Reader> readers, const QList<Day>& days, const rank::TrainOptions& options)
{
    double sum = 0;
    for (Reader& reader : readers) {
        simulate(reader, days, options);
        sum += reader.map;
    }
    return readers.isEmpty() ? 0 : sum / double(readers.size());
}

// --topic NAME=REGEX, repeatable; the built-in topics without one.
QList<Reader> readersOf(const QStringList& args)
{
    QList<Reader> readers;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--topic"))
            continue;
        const QString spec = args.at(i + 1);
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        Reader reader;
        reader.name = spec.left(equals);
        reader.topic =
            QRegularExpression(spec.mid(equals + 1), QRegularExpression::CaseInsensitiveOption);
        if (equals > 0 && reader.topic.isValid())
            readers.append(reader);
    }
    if (!readers.isEmpty())
        return readers;
    for (const Topic& topic : topics) {
        Reader reader;
        reader.name = QString::fromLatin1(topic.name);
        reader.topic = QRegularExpression(QString::fromLatin1(topic.pattern),
                                          QRegularExpression::CaseInsensitiveOption);
        readers.append(reader);
    }
    return readers;
}

} // namespace

int forYouBench(const QStringList& args)
{
    QString corpus = optionValue(args, QStringLiteral("--corpus"), QString());
#ifdef PAPERBOY_CORPUS_DIR
    if (corpus.isEmpty())
        corpus = QString::fromUtf8(PAPERBOY_CORPUS_DIR);
#endif
    const int weeks = optionValue(args, QStringLiteral("--weeks"), QStringLiteral("8")).toInt();
    QTemporaryDir dir;
    const auto paths = store::DataPaths::inDirectory(dir.path());
    QString error;
    if (!QDir(corpus).exists() || !importCorpus(corpus, paths, &error)) {
        QTextStream(stderr) << "foryou: no corpus at " << corpus << ' ' << error << '\n';
        return 2;
    }
    const auto cache = store::CacheReader::open(paths, &error);
    if (!cache) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QList<Day> days;
    for (const store::DaySummary& summary : cache->days()) {
        Day day{summary.date, {}};
        for (const core::Paper& paper : cache->dayPapers(summary.date))
            day.papers.append(rank::PaperText::fromPaper(paper));
        days.append(day);
    }
    const int bookmarks =
        optionValue(args, QStringLiteral("--bookmarks"), QStringLiteral("20")).toInt();
    QList<Reader> readers = readersOf(args);
    for (Reader& reader : readers)
        reader.trainingDays = trainingDaysOf(reader, days, weeks, bookmarks);

    const rank::TrainOptions defaults;
    rank::TrainOptions logistic;
    logistic.classifier = rank::Classifier::LogisticRegression;
    for (Reader& reader : readers) {
        Reader lr = reader;
        simulate(reader, days, defaults);
        simulate(lr, days, logistic);
        const auto metric = [&](const char* prefix) -> QByteArray {
            return QByteArray(prefix) + reader.name.toUtf8();
        };
        printMetric(metric("foryou_training_days_").constData(), reader.trainingDays, "days");
        printMetric(metric("foryou_bookmarks_").constData(), reader.bookmarks, "papers");
        printMetric(metric("foryou_days_").constData(), reader.days, "days");
        printMetric(metric("foryou_map_").constData(), reader.map, "map");
        printMetric(metric("foryou_votes_map_").constData(), reader.votesMap, "map");
        printMetric(metric("foryou_ratio_").constData(),
                    reader.votesMap > 0 ? reader.map / reader.votesMap : 0, "x");
        printMetric(metric("foryou_map_logistic_").constData(), lr.map, "map");
        printMetric(metric("foryou_days_with_abstracts_").constData(), reader.daysWithAbstracts,
                    "days");
        printMetric(metric("foryou_map_with_abstracts_").constData(), reader.mapWithAbstracts,
                    "map");
        printMetric(metric("foryou_votes_map_with_abstracts_").constData(),
                    reader.votesMapWithAbstracts, "map");
    }
    // Sensitivity: the mean over the readers as C and the field weights move.
    for (const double c : {0.01, 0.03, 0.1, 0.3, 1.0}) {
        rank::TrainOptions options;
        options.c = c;
        const QByteArray name = QByteArray("foryou_mean_map_c_").append(QByteArray::number(c));
        printMetric(name.constData(), meanMap(readers, days, options), "map");
    }
    rank::TrainOptions uniform;
    uniform.fieldWeights = {1.0F, 1.0F, 1.0F, 1.0F, 1.0F};
    printMetric("foryou_mean_map_uniform_fields", meanMap(readers, days, uniform), "map");
    rank::TrainOptions noKorean;
    noKorean.fieldWeights = {1.0F, 1.0F, 0.5F, 0.0F, 0.5F};
    printMetric("foryou_mean_map_without_korean", meanMap(readers, days, noKorean), "map");
    return 0;
}

} // namespace paperboy::bench
