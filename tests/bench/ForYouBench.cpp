// paperboy-bench foryou [--corpus DIR] [--weeks 8] [--bookmarks 20] [--topic NAME=REGEX]...
// [--alternatives [--only NAME,...]]: the For you ranking's quality on the shared corpus.
// Simulated readers, one per topic given by a regular expression over title and English
// abstract (--topic replaces the built-in ones: six tuned, six held out), bookmark every paper
// of their topic in the first weeks (more weeks until they have --bookmarks of them, at most
// half the days) and dismiss a few others; a model is trained as the app trains it
// (rank::Model, the unmarked papers of those weeks as unlabelled) on those weeks only and ranks
// each later day. The figure is the mean average precision over the later days that hold a
// paper of the topic, beside the votes order of the same days. The topics only label papers:
// nothing of them reaches the features or the parameters, which are the library's defaults.
// --alternatives measures each choice docs/ranking.md discusses against the default.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ingest/DigestFiles.h"
#include "ingest/FileImport.h"
#include "rank/ForYou.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace paperboy::bench {
namespace {

struct Topic
{
    const char* name;
    const char* pattern;
    bool heldOut;
};

// Broad themes of the daily lists, each a plain description of its subject. The first six were
// there while the method was chosen; the held-out six were added afterwards and only checked, so
// that a choice that helps the first six by their words and not in general shows up as a gap.
const Topic topics[] = {
    {"robots", R"(\brobot|manipulat|embodied|locomotion|humanoid)", false},
    {"speech", R"(\bspeech|\baudio|\bvoice|text-to-speech|\basr\b|spoken)", false},
    {"3d", R"(\b3d\b|point cloud|nerf\b|gaussian splatting|\bmesh)", false},
    {"video", R"(\bvideo)", false},
    {"math", R"(\bmath|theorem|\bproofs?\b)", false},
    {"medical", R"(medical|clinical|biomedical|radiolog|patholog)", false},
    {"agents", R"(\bagents?\b|agentic|tool[- ]use|web navigation)", true},
    {"code", R"(\bcode\b|\bcoding\b|program synthesis|software engineer)", true},
    {"rl", R"(reinforcement learning|\brl\b|reward model|policy optimi)", true},
    {"multilingual", R"(multilingual|cross-lingual|low-resource language|\bkorean\b|translation)",
     true},
    {"efficiency", R"(quantiz|pruning|distillation|\bsparse|low-bit|kv cache|\bspeedup)", true},
    {"safety", R"(\bsafety|jailbreak|harmful|red[- ]teaming|adversarial attack)", true},
};

struct Day
{
    QDate date;
    rank::PaperTexts papers;
    QStringList labelTexts; // each paper's title and English abstract: what a topic is read from
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

// MAP with three decimals: the alternatives differ in the second.
void printMap(const QByteArray& metric, double value, const char* unit = "map")
{
    QTextStream(stdout) << metric << ' ' << QString::number(value, 'f', 3) << ' ' << unit << '\n';
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
    bool heldOut = false;
    int trainingDays = 0; // the first days, whose topic papers it bookmarks
    double map = 0;
    double votesMap = 0;
    double mapWithAbstracts = 0; // over the later days whose papers have English abstracts
    double votesMapWithAbstracts = 0;
    int bookmarks = 0;
    int days = 0;
    int daysWithAbstracts = 0;
};

bool inTopic(const Reader& reader, const Day& day, qsizetype paper)
{
    return reader.topic.match(day.labelTexts.at(paper)).hasMatch();
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
        for (qsizetype p = 0; p < days.at(d).papers.size(); ++p)
            count += inTopic(reader, days.at(d), p) ? 1 : 0;
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

// One way of ranking: the library's options, or an alternative the benchmark measures. With
// `second`, an ensemble: each model's scores standardised over the day and summed.
struct Method
{
    const char* name;
    rank::TrainOptions options;
    std::optional<rank::TrainOptions> second;
    int dismissEvery = 15;   // every n-th other paper of the training days is "Not interested"
    int unlabelledEvery = 1; // every n-th of the rest stands for "not bookmarked"
};

// Each paper's score, standardised over the day (a sum of two models' raw scores would let the
// one with the wider range decide).
QList<double> standardised(QList<double> scores)
{
    double mean = 0;
    for (const double s : scores)
        mean += s;
    mean /= double(std::max<qsizetype>(1, scores.size()));
    double variance = 0;
    for (const double s : scores)
        variance += (s - mean) * (s - mean);
    const double deviation = std::sqrt(variance / double(std::max<qsizetype>(1, scores.size())));
    for (double& s : scores)
        s = deviation > 0 ? (s - mean) / deviation : 0;
    return scores;
}

// Trains `reader`'s model by `method` on its training days only and fills in its figures from
// the later days. The topic labels papers and nothing else.
void simulate(Reader& reader, const QList<Day>& days, const Method& method)
{
    rank::TrainingSet set;
    int others = 0;
    for (int d = 0; d < reader.trainingDays; ++d) {
        for (qsizetype p = 0; p < days.at(d).papers.size(); ++p) {
            const rank::PaperText& paper = days.at(d).papers.at(p);
            if (inTopic(reader, days.at(d), p))
                set.positives.append(paper);
            else if (++others % method.dismissEvery == 0) // a few others "Not interested"
                set.negatives.append(paper);
            else if (others % method.unlabelledEvery == 0)
                set.unlabelled.append(paper);
        }
    }
    reader.bookmarks = int(set.positives.size());
    reader.map = reader.votesMap = reader.mapWithAbstracts = reader.votesMapWithAbstracts = 0;
    reader.days = reader.daysWithAbstracts = 0;
    std::vector<rank::Model> models;
    for (const auto& options : {std::optional(method.options), method.second}) {
        if (!options)
            continue;
        auto model = rank::Model::train(set, *options, nullptr, nullptr);
        if (!model)
            return;
        models.push_back(std::move(*model));
    }
    for (qsizetype d = reader.trainingDays; d < days.size(); ++d) {
        const Day& day = days.at(d);
        QList<double> sum(day.papers.size(), 0.0);
        for (const rank::Model& model : models) {
            QList<double> scores;
            for (const rank::PaperText& paper : day.papers)
                scores.append(model.score(paper));
            if (models.size() > 1)
                scores = standardised(scores);
            for (qsizetype p = 0; p < scores.size(); ++p)
                sum[p] += scores.at(p);
        }
        QList<std::pair<double, bool>> byScore;
        QList<std::pair<int, bool>> byVotes;
        for (qsizetype p = 0; p < day.papers.size(); ++p) {
            const bool relevant = inTopic(reader, day, p);
            byScore.append({sum.at(p), relevant});
            byVotes.append({day.papers.at(p).votes.value_or(0), relevant});
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
        if (hasAbstracts(day)) {
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

struct Summary
{
    double meanTuned = 0;
    double meanHeldOut = 0;
    double min = 1;
};

Summary summarise(const QList<Reader>& readers)
{
    Summary summary;
    int tuned = 0;
    int heldOut = 0;
    for (const Reader& reader : readers) {
        (reader.heldOut ? summary.meanHeldOut : summary.meanTuned) += reader.map;
        ++(reader.heldOut ? heldOut : tuned);
        summary.min = std::min(summary.min, reader.map);
    }
    summary.meanTuned /= std::max(1, tuned);
    summary.meanHeldOut /= std::max(1, heldOut);
    return summary;
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
        reader.heldOut = topic.heldOut;
        readers.append(reader);
    }
    return readers;
}

// The alternatives docs/ranking.md discusses, each one change from the library's defaults
// (the combined model: L2 SVM, C 1, plus L1 logistic regression, C 1).
QList<Method> alternatives()
{
    QList<Method> methods;
    const auto add = [&](const char* name, const auto& change) {
        Method method{name, {}, std::nullopt};
        change(method);
        methods.append(method);
    };
    const auto only = [](rank::Classifier classifier, double c) {
        return [classifier, c](Method& m) {
            m.options.classifier = classifier;
            m.options.c = c;
        };
    };
    add("default", [](Method&) {});
    // One classifier alone.
    add("svm_c_0.1", only(rank::Classifier::LinearSvm, 0.1)); // arxiv-sanity's
    add("svm_c_1", only(rank::Classifier::LinearSvm, 1));
    add("svm_c_3", only(rank::Classifier::LinearSvm, 3));
    add("logistic_c_1", only(rank::Classifier::LogisticRegression, 1));
    add("l1_svm_c_1", only(rank::Classifier::L1Svm, 1));
    add("l1_logistic_c_1", only(rank::Classifier::L1LogisticRegression, 1));
    add("l1_logistic_c_3", only(rank::Classifier::L1LogisticRegression, 3));
    add("centroid", only(rank::Classifier::Centroid, 1));
    // Other pairs, standardised per day by the benchmark.
    add("svm_plus_logistic", [](Method& m) {
        m.options.classifier = rank::Classifier::LinearSvm;
        m.second = rank::TrainOptions();
        m.second->classifier = rank::Classifier::LogisticRegression;
    });
    add("svm_plus_centroid", [](Method& m) {
        m.options.classifier = rank::Classifier::LinearSvm;
        m.second = rank::TrainOptions();
        m.second->classifier = rank::Classifier::Centroid;
    });
    // The combined model's parameters.
    add("c_0.1", [](Method& m) { m.options.c = 0.1; });
    add("c_3", [](Method& m) { m.options.c = 3; });
    add("sparse_c_0.3", [](Method& m) { m.options.sparseC = 0.3; });
    add("sparse_c_3", [](Method& m) { m.options.sparseC = 3; });
    add("unbalanced", [](Method& m) { m.options.balancedClassWeights = false; });
    add("tolerance_0.01", [](Method& m) { m.options.tolerance = 0.01; });
    // The vocabulary.
    add("no_phrases", [](Method& m) { m.options.phrases = false; });
    add("min_df_1", [](Method& m) { m.options.minDocuments = 1; });
    add("keep_bookmark_terms", [](Method& m) { m.options.keepBookmarkTerms = true; });
    add("min_df_3", [](Method& m) { m.options.minDocuments = 3; });
    add("max_df_0.5", [](Method& m) { m.options.maxDocumentShare = 0.5; });
    add("max_df_0.1", [](Method& m) { m.options.maxDocumentShare = 0.1; });
    // The fields' weights (title, body, keywords, Korean, authors).
    add("uniform_fields", [](Method& m) { m.options.fieldWeights = {1, 1, 1, 1, 1}; });
    add("title_2", [](Method& m) { m.options.fieldWeights[0] = 2; });
    add("body_2", [](Method& m) { m.options.fieldWeights[1] = 2; });
    add("korean_0.5", [](Method& m) { m.options.fieldWeights[3] = 0.5F; });
    add("no_korean", [](Method& m) { m.options.fieldWeights[3] = 0; });
    add("no_authors", [](Method& m) { m.options.fieldWeights[4] = 0; });
    add("no_keywords", [](Method& m) { m.options.fieldWeights[2] = 0; });
    // The other papers: how many stand for "not bookmarked", how many are dismissed.
    add("dismiss_none", [](Method& m) { m.dismissEvery = 1 << 30; });
    add("dismiss_every_5", [](Method& m) { m.dismissEvery = 5; });
    add("unlabelled_half", [](Method& m) { m.unlabelledEvery = 2; });
    add("unlabelled_quarter", [](Method& m) { m.unlabelledEvery = 4; });
    return methods;
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
        Day day{summary.date, {}, {}};
        for (const core::Paper& paper : cache->dayPapers(summary.date)) {
            day.papers.append(rank::PaperText::fromPaper(paper));
            day.labelTexts.append(paper.title + QLatin1Char('\n') + paper.abstract);
        }
        days.append(day);
    }
    const int bookmarks =
        optionValue(args, QStringLiteral("--bookmarks"), QStringLiteral("20")).toInt();
    QList<Reader> readers = readersOf(args);
    for (Reader& reader : readers)
        reader.trainingDays = trainingDaysOf(reader, days, weeks, bookmarks);

    const Method library{"default", {}, std::nullopt};
    double minRatio = 1e9;
    for (Reader& reader : readers) {
        simulate(reader, days, library);
        const auto metric = [&](const char* prefix) -> QByteArray {
            return QByteArray(prefix) + reader.name.toUtf8();
        };
        printMetric(metric("foryou_training_days_").constData(), reader.trainingDays, "days");
        printMetric(metric("foryou_bookmarks_").constData(), reader.bookmarks, "papers");
        printMetric(metric("foryou_days_").constData(), reader.days, "days");
        printMap(metric("foryou_map_"), reader.map);
        printMap(metric("foryou_votes_map_"), reader.votesMap);
        const double ratio = reader.votesMap > 0 ? reader.map / reader.votesMap : 0;
        minRatio = std::min(minRatio, ratio);
        printMap(metric("foryou_ratio_"), ratio, "x");
        printMetric(metric("foryou_days_with_abstracts_").constData(), reader.daysWithAbstracts,
                    "days");
        printMap(metric("foryou_map_with_abstracts_"), reader.mapWithAbstracts);
        printMap(metric("foryou_votes_map_with_abstracts_"), reader.votesMapWithAbstracts);
    }
    const Summary summary = summarise(readers);
    printMap("foryou_min_map", summary.min);
    printMap("foryou_min_ratio", minRatio, "x");
    printMap("foryou_mean_map_tuned", summary.meanTuned);
    printMap("foryou_mean_map_held_out", summary.meanHeldOut);
    if (!args.contains(QLatin1String("--alternatives")))
        return 0;
    // Each alternative over every reader: mean over the tuned and the held-out topics, and the
    // worst reader, which is what the target is about.
    const QString only = optionValue(args, QStringLiteral("--only"), QString());
    for (const Method& method : alternatives()) {
        if (!only.isEmpty() && !only.split(QLatin1Char(',')).contains(QLatin1String(method.name)))
            continue;
        QList<Reader> copies = readers;
        for (Reader& reader : copies)
            simulate(reader, days, method);
        const Summary s = summarise(copies);
        const QByteArray name = QByteArray("foryou_alt_") + method.name;
        printMap(name + "_mean_tuned", s.meanTuned);
        printMap(name + "_mean_held_out", s.meanHeldOut);
        printMap(name + "_min", s.min);
        for (const Reader& reader : copies) {
            if (!only.isEmpty())
                printMap(name + '_' + reader.name.toUtf8(), reader.map);
        }
    }
    return 0;
}

} // namespace paperboy::bench
