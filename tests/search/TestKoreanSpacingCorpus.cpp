// Korean compounds spelled joined and spaced (확산모델, 확산 모델) over the real Korean digests:
// which compounds, and which papers hold them, is found from the raw markdown with regular
// expressions, independently of the parser and the index; the search must find every such
// paper by either spelling (recall) and, by the joined one, nothing else (precision): no paper
// where the two words only touch across punctuation.
#include "common/Corpus.h"
#include "ingest/FileImport.h"
#include "search/QueryParser.h"
#include "search/Searcher.h"
#include "store/cache/CacheWriter.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace paperboy;
using namespace paperboy::search;

namespace {

const QString hangul = QStringLiteral("[\\x{AC00}-\\x{D7A3}]");

// Each paper's raw markdown (title line, authors, summary) by arXiv id, over every digest.
QHash<QString, QString> rawPaperTexts(const QStringList& files)
{
    static const QRegularExpression heading(
        QStringLiteral("^### \\[.*\\]\\(https://arxiv\\.org/abs/([^)\\s]+)\\)"),
        QRegularExpression::MultilineOption);
    QHash<QString, QString> texts;
    for (const QString& file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(in.readAll());
        QList<QRegularExpressionMatch> papers;
        for (auto it = heading.globalMatch(text); it.hasNext();)
            papers.append(it.next());
        for (qsizetype i = 0; i < papers.size(); ++i) {
            const qsizetype end =
                i + 1 < papers.size() ? papers.at(i + 1).capturedStart() : text.size();
            texts[papers.at(i).captured(1)] +=
                QStringView(text).mid(papers.at(i).capturedStart(),
                                      end - papers.at(i).capturedStart()) +
                QLatin1Char('\n');
        }
    }
    return texts;
}

struct Compound
{
    QString first;
    QString second;
};

// Pairs of Hangul words written both with one space between them and joined (as the start of
// a word: a particle may follow), each way at least three times in the corpus, the most
// frequent first.
QList<Compound> compoundsSpelledBothWays(const QString& allText, int count)
{
    const QRegularExpression run(QStringLiteral("%1+").arg(hangul));
    QStringList runs;
    QHash<QString, int> spacedCounts;
    qsizetype previousEnd = -1;
    for (auto it = run.globalMatch(allText); it.hasNext();) {
        const auto match = it.next();
        if (previousEnd >= 0 && match.capturedStart() == previousEnd + 1 &&
            allText.at(previousEnd) == QLatin1Char(' ') && runs.last().size() >= 2 &&
            match.capturedLength() >= 2)
            ++spacedCounts[runs.last() + QLatin1Char(' ') + match.captured()];
        runs.append(match.captured());
        previousEnd = match.capturedEnd();
    }
    runs.sort();
    const auto startingWith = [&runs](const QString& prefix) {
        const auto first = std::lower_bound(runs.cbegin(), runs.cend(), prefix);
        auto last = first;
        while (last != runs.cend() && last->startsWith(prefix))
            ++last;
        return int(last - first);
    };
    QList<std::pair<int, QString>> ranked;
    for (auto it = spacedCounts.cbegin(); it != spacedCounts.cend(); ++it) {
        if (it.value() < 3)
            continue;
        const int joined = startingWith(QString(it.key()).remove(QLatin1Char(' ')));
        if (joined >= 3)
            ranked.append({-std::min(joined, it.value()), it.key()});
    }
    std::sort(ranked.begin(), ranked.end());
    QList<Compound> compounds;
    for (qsizetype i = 0; i < ranked.size() && compounds.size() < count; ++i) {
        const QStringList words = ranked.at(i).second.split(QLatin1Char(' '));
        compounds.append({words.at(0), words.at(1)});
    }
    return compounds;
}

// `word` with at most one whitespace character between any two of its characters: every text
// that the joined word, as a phrase of its pieces, may match.
QRegularExpression looselySpaced(const QString& word)
{
    QStringList characters;
    for (const QChar c : word)
        characters.append(QRegularExpression::escape(QString(c)));
    return QRegularExpression(characters.join(QStringLiteral("\\s?")));
}

QSet<QString> idsOf(const QList<SearchHit>& hits)
{
    QSet<QString> ids;
    for (const SearchHit& hit : hits)
        ids.insert(hit.id);
    return ids;
}

QString describe(const QSet<QString>& ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestKoreanSpacingCorpus final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Searcher> m_searcher;
    QHash<QString, QString> m_texts; // raw markdown by id
    QString m_allText;

    // Every match, by date: relevance would rank only the newest ones.
    QSet<QString> find(const QString& text) const
    {
        return idsOf(m_searcher->search(parseQuery(text), {Sort::Date, 100000}));
    }
    QSet<QString> papersMatching(const QRegularExpression& pattern) const
    {
        QSet<QString> ids;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            if (pattern.match(it.value()).hasMatch())
                ids.insert(it.key());
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QVERIFY(m_dir.isValid());
        QStringList files;
        QDirIterator it(testing::corpusDir() + QStringLiteral("/daily_papers_ko"),
                        {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QVERIFY(files.size() > 200);
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
        m_texts = rawPaperTexts(files);
        for (const QString& text : std::as_const(m_texts))
            m_allText += text;
        QVERIFY(m_texts.size() > 3000);
    }

    // Either spelling finds every paper holding the compound either way; the joined spelling
    // finds only those (its syllables apart by at most one space or line break).
    void bothSpellingsFindBothWays()
    {
        const QList<Compound> compounds = compoundsSpelledBothWays(m_allText, 8);
        QCOMPARE(compounds.size(), 8);
        for (const Compound& compound : compounds) {
            qInfo("%s %s", qUtf8Printable(compound.first), qUtf8Printable(compound.second));
            const QString joined = compound.first + compound.second;
            const QString spaced = compound.first + QLatin1Char(' ') + compound.second;
            const QSet<QString> holding = papersMatching(QRegularExpression(
                QRegularExpression::escape(compound.first) + QStringLiteral("(?: )?") +
                QRegularExpression::escape(compound.second)));
            const QSet<QString> nearly = papersMatching(looselySpaced(joined));
            QVERIFY2(!holding.isEmpty(), qPrintable(joined));
            const QSet<QString> byJoined = find(joined);
            const QSet<QString> bySpaced = find(spaced);
            const QSet<QString> byPhrase = find(QLatin1Char('"') + spaced + QLatin1Char('"'));
            QVERIFY2(byJoined.contains(holding),
                     qPrintable(joined + QStringLiteral(" misses ") +
                                describe(QSet<QString>(holding).subtract(byJoined))));
            QVERIFY2(bySpaced.contains(holding),
                     qPrintable(spaced + QStringLiteral(" misses ") +
                                describe(QSet<QString>(holding).subtract(bySpaced))));
            QVERIFY2(byPhrase.contains(holding),
                     qPrintable(QStringLiteral("\"") + spaced + QStringLiteral("\" misses ") +
                                describe(QSet<QString>(holding).subtract(byPhrase))));
            QVERIFY2(nearly.contains(byJoined),
                     qPrintable(joined + QStringLiteral(" also finds ") +
                                describe(QSet<QString>(byJoined).subtract(nearly))));
        }
    }

    // Two words that only touch across punctuation (…합니다. 모델, …방법, 학습) are no
    // compound: the joined query does not find a paper holding them only that way.
    void wordsAcrossPunctuationAreNoCompound()
    {
        const QRegularExpression touching(
            QStringLiteral("(%1{2})[.,;:!?)\\]]+ ?(%1{2})").arg(hangul));
        int checked = 0;
        QSet<QString> tried;
        for (auto it = m_texts.cbegin(); it != m_texts.cend() && checked < 40; ++it) {
            const auto match = touching.match(it.value());
            if (!match.hasMatch())
                continue;
            const QString joined = match.captured(1) + match.captured(2);
            if (tried.contains(joined))
                continue;
            tried.insert(joined);
            const QSet<QString> nearly = papersMatching(looselySpaced(joined));
            if (nearly.contains(it.key()))
                continue; // the paper also writes them as one word somewhere
            const QSet<QString> found = find(joined);
            QVERIFY2(!found.contains(it.key()),
                     qPrintable(joined + QStringLiteral(" finds ") + it.key() +
                                QStringLiteral(" for ") + match.captured()));
            QVERIFY2(nearly.contains(found),
                     qPrintable(joined + QStringLiteral(" also finds ") +
                                describe(QSet<QString>(found).subtract(nearly))));
            ++checked;
        }
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestKoreanSpacingCorpus)
#include "TestKoreanSpacingCorpus.moc"
