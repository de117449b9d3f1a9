// The For you ranking's library: terms (the same Korean pieces as search), a model trained on a
// clear split ranking the paper like the bookmarks first, reasons returned verbatim, the cold
// start falling back to votes, the model file, and cancelled training.
#include "rank/ForYou.h"
#include "rank/Terms.h"

#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

rank::PaperText paper(const QString& id, const QString& title, const QString& body, int votes = 0,
                      const QStringList& authors = {})
{
    rank::PaperText text;
    text.id = id;
    text.date = QDate(2025, 1, 6);
    text.title = title;
    text.body = body;
    text.votes = votes;
    text.authors = authors;
    return text;
}

// Robot papers against language papers, each with its own wording so that no two are alike.
rank::TrainingSet clearSplit()
{
    rank::TrainingSet set;
    const QStringList robot = {QStringLiteral("grasping"),     QStringLiteral("locomotion"),
                               QStringLiteral("manipulation"), QStringLiteral("gripper"),
                               QStringLiteral("quadruped"),    QStringLiteral("dexterous")};
    const QStringList language = {QStringLiteral("translation"), QStringLiteral("summarization"),
                                  QStringLiteral("tokenizer"),   QStringLiteral("dialogue"),
                                  QStringLiteral("grammar"),     QStringLiteral("retrieval"),
                                  QStringLiteral("prompting"),   QStringLiteral("reasoning")};
    for (int i = 0; i < 12; ++i) {
        const QString word = robot.at(i % robot.size());
        set.positives.append(paper(QStringLiteral("2501.%1").arg(1000 + i, 5, 10, QLatin1Char('0')),
                                   QStringLiteral("Robot %1 policy").arg(word),
                                   QStringLiteral("A robot learns %1 from demonstrations in the "
                                                  "real world with a robot arm.")
                                       .arg(word)));
    }
    for (int i = 0; i < 40; ++i) {
        const QString word = language.at(i % language.size());
        set.unlabelled.append(
            paper(QStringLiteral("2501.%1").arg(2000 + i, 5, 10, QLatin1Char('0')),
                  QStringLiteral("Language model %1").arg(word),
                  QStringLiteral("A language model improves %1 on text "
                                 "benchmarks with large corpora.")
                      .arg(word)));
    }
    return set;
}

} // namespace

class TestRanking final : public QObject
{
    Q_OBJECT

private slots:
    void termsSplitKoreanLikeSearch()
    {
        QList<QString> terms;
        rank::appendTerms(QStringLiteral("강화학습을 Robots grasp, LLM을"), terms);
        // The search index's pieces (store/fts/FtsTokenizer.h), plural folded, "llm" cut from 을.
        QCOMPARE(terms, (QList<QString>{QStringLiteral("강화"), QStringLiteral("화학"),
                                        QStringLiteral("학습"), QStringLiteral("습을"),
                                        QStringLiteral("robot"), QStringLiteral("grasp"),
                                        QStringLiteral("robot grasp"), QStringLiteral("llm"),
                                        QStringLiteral("을")}));
        QCOMPARE(rank::readableTerm(QStringLiteral("화학"), u"우리는 강화학습을 씁니다"),
                 QStringLiteral("강화학습"));
        QCOMPARE(rank::readableTerm(QStringLiteral("작을"), u"로봇의 동작을 배웁니다"),
                 QStringLiteral("동작"));
        QCOMPARE(rank::readableTerm(QStringLiteral("robot grasp"), u"x"),
                 QStringLiteral("robot grasp"));
    }

    void clearSplitRanksThePositiveLikePaperFirst()
    {
        QString error;
        const auto model = rank::Model::train(clearSplit(), rank::TrainOptions(), nullptr, &error);
        QVERIFY2(model, qPrintable(error));
        rank::Labels labels;
        const rank::PaperTexts day = {
            paper(QStringLiteral("2502.00001"), QStringLiteral("Language model dialogue"),
                  QStringLiteral("Dialogue with a language model on text."), 300),
            paper(QStringLiteral("2502.00002"), QStringLiteral("Robot grasping with a gripper"),
                  QStringLiteral("A robot arm learns grasping."), 1),
            paper(QStringLiteral("2502.00003"), QStringLiteral("Tokenizer retrieval"),
                  QStringLiteral("Retrieval for a language model."), 100),
        };
        const rank::ForYouList list = rank::orderForYou(day, &*model, labels);
        QVERIFY(!list.byVotes);
        QCOMPARE(list.papers.size(), 3);
        QCOMPARE(list.papers.at(0).id, QStringLiteral("2502.00002"));
        QVERIFY(list.papers.at(0).score > list.papers.at(1).score);
        QVERIFY(!list.papers.at(0).why.isEmpty() && list.papers.at(0).why.size() <= 5);
        QVERIFY2(list.papers.at(0).why.contains(QStringLiteral("robot")),
                 qPrintable(list.papers.at(0).why.join(u'|')));

        // Logistic regression orders the same clear split the same way.
        rank::TrainOptions logistic;
        logistic.classifier = rank::Classifier::LogisticRegression;
        const auto other = rank::Model::train(clearSplit(), logistic, nullptr, &error);
        QVERIFY(other);
        QVERIFY(other->score(day.at(1)) > other->score(day.at(0)));
    }

    // Every classifier the benchmark compares learns the clear split; the default (the L2 SVM
    // and L1 logistic regression added) gives reasons, and without phrases none is a phrase.
    void everyClassifierLearnsTheClearSplit()
    {
        const rank::PaperText robot =
            paper(QStringLiteral("2502.00002"), QStringLiteral("Robot grasping with a gripper"),
                  QStringLiteral("A robot arm learns grasping."));
        const rank::PaperText language =
            paper(QStringLiteral("2502.00001"), QStringLiteral("Language model dialogue"),
                  QStringLiteral("Dialogue with a language model on text."));
        for (const auto classifier :
             {rank::Classifier::LinearSvm, rank::Classifier::LogisticRegression,
              rank::Classifier::L1Svm, rank::Classifier::L1LogisticRegression,
              rank::Classifier::Centroid, rank::Classifier::Combined}) {
            rank::TrainOptions options;
            options.classifier = classifier;
            QString error;
            const auto model = rank::Model::train(clearSplit(), options, nullptr, &error);
            QVERIFY2(model, qPrintable(error));
            QVERIFY2(model->score(robot) > model->score(language),
                     qPrintable(QString::number(int(classifier))));
        }
        rank::TrainOptions words;
        words.phrases = false;
        const auto model = rank::Model::train(clearSplit(), words, nullptr, nullptr);
        QVERIFY(model);
        const QStringList why = model->why(robot);
        QVERIFY(!why.isEmpty());
        for (const QString& term : why)
            QVERIFY2(!term.contains(u' '), qPrintable(why.join(u'|')));
    }

    void coldStartOrdersByVotes()
    {
        rank::Labels labels;
        labels.bookmarkedIds = {QStringLiteral("2502.00004")};
        labels.dismissedIds = {QStringLiteral("2502.00001")};
        const rank::PaperTexts day = {
            paper(QStringLiteral("2502.00001"), QStringLiteral("Dismissed"), {}, 500),
            paper(QStringLiteral("2502.00002"), QStringLiteral("Few votes"), {}, 3),
            paper(QStringLiteral("2502.00003"), QStringLiteral("Many votes"), {}, 90),
            paper(QStringLiteral("2502.00004"), QStringLiteral("Bookmarked"), {}, 900),
        };
        const rank::ForYouList list = rank::orderForYou(day, nullptr, labels);
        QVERIFY(list.byVotes);
        QCOMPARE(list.bookmarksNeeded, rank::minimumBookmarks - 1);
        QStringList ids;
        for (const rank::RankedPaper& ranked : list.papers)
            ids.append(ranked.id);
        // Bookmarked left out, the rest by votes, the dismissed one last however many it has.
        QCOMPARE(ids, (QStringList{QStringLiteral("2502.00003"), QStringLiteral("2502.00002"),
                                   QStringLiteral("2502.00001")}));
        QVERIFY(list.papers.at(2).dismissed);
        QCOMPARE(list.papers.at(0).score, 90.0);
    }

    void dayListOrderedFromAScoreTable()
    {
        QString error;
        const auto model = rank::Model::train(clearSplit(), rank::TrainOptions(), nullptr, &error);
        QVERIFY(model);
        const rank::PaperTexts texts = {
            paper(QStringLiteral("2502.00001"), QStringLiteral("Language model dialogue"),
                  QString()),
            paper(QStringLiteral("2502.00002"), QStringLiteral("Robot grasping"), QString()),
        };
        const auto table = rank::scoreAll(texts, *model, nullptr);
        QVERIFY(table && table->size() == 2);
        QList<store::PaperListItem> items(3);
        items[0].id = QStringLiteral("2502.00001");
        items[1].id = QStringLiteral("2502.00002");
        items[2].id = QStringLiteral("2502.00003"); // not scored yet: after the scored ones
        items[2].votes = 1000;
        const QDate day(2025, 2, 3);
        const rank::ForYouList list = rank::orderListed(items, day, *table, rank::Labels());
        QCOMPARE(list.papers.size(), 3);
        QCOMPARE(list.papers.at(0).id, QStringLiteral("2502.00002"));
        QCOMPARE(list.papers.at(0).date, day);
        QCOMPARE(list.papers.at(0).score, model->score(texts.at(1)));
        QCOMPARE(list.papers.at(2).id, QStringLiteral("2502.00003"));
        std::atomic_bool cancel{true};
        QVERIFY(!rank::scoreAll(texts, *model, &cancel));
    }

    void hostileTextInWhyIsReturnedVerbatim()
    {
        rank::TrainingSet set = clearSplit();
        const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> &amp; <b>Bold</b>");
        for (rank::PaperText& positive : set.positives)
            positive.authors = {hostile};
        QString error;
        const auto model = rank::Model::train(set, rank::TrainOptions(), nullptr, &error);
        QVERIFY2(model, qPrintable(error));
        const rank::PaperText candidate =
            paper(QStringLiteral("2502.00009"), QStringLiteral("<script>robot</script> grasping"),
                  QString(), 0, {hostile});
        const QStringList why = model->why(candidate);
        QVERIFY2(why.contains(QStringLiteral("author: ") + hostile), qPrintable(why.join(u'|')));
    }

    void modelFileRoundTrip()
    {
        QString error;
        const auto model = rank::Model::train(clearSplit(), rank::TrainOptions(), nullptr, &error);
        QVERIFY(model);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("model.bin"));
        QVERIFY2(model->save(file, QStringLiteral("key-1"), &error), qPrintable(error));
        QString key;
        const auto loaded = rank::Model::load(file, &key, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(key, QStringLiteral("key-1"));
        const rank::PaperText probe =
            paper(QStringLiteral("2502.00005"), QStringLiteral("Robot locomotion"),
                  QStringLiteral("A quadruped robot."));
        QCOMPARE(loaded->score(probe), model->score(probe));
        QCOMPARE(loaded->why(probe), model->why(probe));
        // A file that is no model is refused, not misread.
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a model");
        garbage.close();
        QVERIFY(!rank::Model::load(file, &key, &error));
    }

    void cancelledTrainingReturnsNothing()
    {
        std::atomic_bool cancel{true};
        QVERIFY(!rank::Model::train(clearSplit(), rank::TrainOptions(), &cancel, nullptr));
    }

    void nothingToLearnFromIsAnError()
    {
        rank::TrainingSet set = clearSplit();
        set.positives.clear();
        QString error;
        QVERIFY(!rank::Model::train(set, rank::TrainOptions(), nullptr, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "TestRanking.moc"
