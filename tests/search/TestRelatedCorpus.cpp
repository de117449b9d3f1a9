// "More like this" over the real corpus (Korean digests 2023-2024, Hugging Face 2024-2026):
// pairs of papers of different years on one topic are found from the raw files alone, as two
// titles sharing a rare name and much of their wording; each paper's related papers must hold
// its pair, whatever its year.
#include "common/Corpus.h"
#include "ingest/FileImport.h"
#include "search/Searcher.h"
#include "store/cache/CacheWriter.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::search;

namespace {

struct Titled
{
    QString title;
    int year = 0;
};

// Every paper's title and the year of its first listing, by id, read with regular expressions
// and Qt's JSON reader, not the project's parsers.
QHash<QString, Titled> rawTitles(const QStringList& files)
{
    static const QRegularExpression heading(
        QStringLiteral("^### \\[(.*)\\]\\(https://arxiv\\.org/abs/([^)\\s]+)\\)\\s*$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression year(QStringLiteral("(20\\d\\d)[-/]\\d\\d[-/]\\d\\d"));
    QHash<QString, Titled> titles;
    const auto note = [&titles](const QString& id, const QString& title, int fileYear) {
        Titled& entry = titles[id];
        if (entry.year == 0 || fileYear < entry.year)
            entry = {title, fileYear};
    };
    for (const QString& file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = in.readAll();
        const int fileYear = year.match(file).captured(1).toInt();
        if (file.endsWith(QStringLiteral(".md"))) {
            const QString text = QString::fromUtf8(bytes);
            for (auto it = heading.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                note(match.captured(2), match.captured(1), fileYear);
            }
        } else {
            for (const auto& entry : QJsonDocument::fromJson(bytes).array()) {
                const QJsonObject paper =
                    entry.toObject().value(QStringLiteral("paper")).toObject();
                note(paper.value(QStringLiteral("id")).toString(),
                     paper.value(QStringLiteral("title")).toString(), fileYear);
            }
        }
    }
    return titles;
}

// A title's words longer than three letters, lower-cased.
QSet<QString> titleWords(const QString& title)
{
    static const QRegularExpression word(QStringLiteral("[a-z0-9]{4,}"));
    QSet<QString> words;
    for (auto it = word.globalMatch(title.toLower()); it.hasNext();)
        words.insert(it.next().captured());
    return words;
}

// Pairs of papers of different years on one topic: their titles share a word of five letters
// or more that at most four titles hold (a model's name: Baichuan, SALMONN, PowerInfer), and at
// least two fifths of their words.
QList<std::pair<QString, QString>> sameTopicPairs(const QHash<QString, Titled>& titles)
{
    QHash<QString, QSet<QString>> words;
    QHash<QString, QStringList> holders;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        words.insert(it.key(), titleWords(it.value().title));
        for (const QString& word : words.value(it.key()))
            holders[word].append(it.key());
    }
    QSet<std::pair<QString, QString>> pairs;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it.key().size() < 5 || it.value().size() < 2 || it.value().size() > 4)
            continue;
        QStringList ids = it.value();
        ids.sort();
        for (qsizetype a = 0; a < ids.size(); ++a) {
            for (qsizetype b = a + 1; b < ids.size(); ++b) {
                const QSet<QString>& first = words[ids.at(a)];
                const QSet<QString>& second = words[ids.at(b)];
                const double shared = double(QSet<QString>(first).intersect(second).size());
                const double all = double(QSet<QString>(first).unite(second).size());
                if (titles.value(ids.at(a)).year != titles.value(ids.at(b)).year &&
                    shared >= 0.4 * all)
                    pairs.insert({ids.at(a), ids.at(b)});
            }
        }
    }
    QList<std::pair<QString, QString>> sorted(pairs.cbegin(), pairs.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace

class TestRelatedCorpus final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Searcher> m_searcher;
    QHash<QString, Titled> m_titles;

private slots:
    void initTestCase()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QVERIFY(m_dir.isValid());
        QStringList files;
        for (const char* folder : {"daily_papers_ko", "hf_daily_papers"}) {
            QDirIterator it(testing::corpusDir() + QLatin1Char('/') + QLatin1String(folder),
                            {QStringLiteral("*.md"), QStringLiteral("*.json")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        files.sort();
        const auto paths = store::DataPaths::inDirectory(m_dir.path());
        QString error;
        {
            auto writer = store::CacheWriter::open(paths, &error);
            QVERIFY2(writer, qPrintable(error));
            QStringList failed;
            ingest::importFiles(files, QDate(), *writer,
                                [&failed](const ingest::FileOutcome& outcome) {
                                    if (!outcome.ok)
                                        failed.append(outcome.error);
                                });
            QVERIFY2(failed.size() <= 1, qPrintable(failed.join(u'\n')));
        }
        m_searcher = Searcher::open(paths, &error);
        QVERIFY2(m_searcher, qPrintable(error));
        m_titles = rawTitles(files);
    }

    // Each paper of a pair finds the other among its ten related papers, across years; a
    // paper's related papers never include itself.
    void nearDuplicatesOfOtherYears()
    {
        const QList<std::pair<QString, QString>> pairs = sameTopicPairs(m_titles);
        QVERIFY2(pairs.size() >= 8, qPrintable(QString::number(pairs.size())));
        int found = 0;
        int asked = 0;
        QStringList missed;
        for (const auto& [first, second] : pairs) {
            for (const auto& [paper, pair] : {std::pair(first, second), std::pair(second, first)}) {
                QStringList related;
                for (const SearchHit& hit : m_searcher->related(paper, 10))
                    related.append(hit.id);
                QVERIFY(!related.contains(paper));
                QVERIFY(related.size() <= 10);
                ++asked;
                if (related.contains(pair))
                    ++found;
                else
                    missed.append(paper + QStringLiteral(" -> ") + pair);
            }
        }
        qInfo("related: %d of %d pairs found", found, asked);
        QVERIFY2(found * 10 >= asked * 7, qPrintable(missed.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRelatedCorpus)
#include "TestRelatedCorpus.moc"
