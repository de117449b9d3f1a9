#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/fts/FtsText.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

const QDate day1(2024, 10, 15);

// Papers of the corpus's Korean digests: each "### [title](link)" starts one, its "- ..."
// summary lines follow. A regex is enough here; the real parser lives in app/parse.
QStringList corpusDocuments(QString* error)
{
    const QString root = QStringLiteral(PAPERBOY_CORPUS_DIR "/daily_papers_ko");
    QStringList documents;
    QDirIterator files(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    static const QRegularExpression dated(QStringLiteral("/\\d{4}/\\d{2}/\\d{2}\\.md$"));
    while (files.hasNext()) {
        const QString path = files.next();
        if (!dated.match(path).hasMatch())
            continue;
        bool inPaper = false;
        for (const QString& line : readTextFile(path).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("### "))) {
                documents.append(line.mid(4));
                inPaper = true;
            } else if (inPaper && line.startsWith(QLatin1String("- "))) {
                documents.last() += QLatin1Char('\n') + line.mid(2);
            }
        }
    }
    if (documents.isEmpty())
        *error = QStringLiteral("no digest papers found under ") + root;
    return documents;
}

// Texts of our own in the corpus's style, with the cases that matter: particles attached,
// compounds, spaces inside a term, Latin next to Hangul.
QStringList ownDocuments()
{
    return {
        QStringLiteral("지식증류를 활용하여 작은 모델의 추론 성능을 높입니다."),
        QStringLiteral("대규모 언어모델(LLM)의 학습 효율을 개선하는 증류 기법을 제안합니다."),
        QStringLiteral("비전-언어 모델에서 강화학습으로 정렬을 수행합니다."),
        QStringLiteral("동영상 생성 모델의 평가 벤치마크를 소개합니다."),
        QStringLiteral("음성 인식과 번역을 동시에 수행하는 모델, 성능은 SoTA급입니다."),
        QStringLiteral("로봇 조작을 위한 비전 인코더의 사전학습."),
        QStringLiteral("검색 증강 생성(RAG)의 압축과 요약 품질을 평가했습니다."),
        QStringLiteral("추천 시스템의 편향을 줄이는 방법."),
    };
}

struct Method
{
    QString name;
    QString table;
    std::function<QString(const QString&)> matchExpression; // empty: use LIKE
};

struct Tally
{
    qint64 found = 0; // relevant documents found
    qint64 relevant = 0;
    qint64 wrong = 0; // found but not relevant
    qint64 nanoseconds = 0;
    double recall() const { return relevant ? double(found) / double(relevant) : 0.0; }
};

QSet<qint64> ids(const QStringList& column)
{
    QSet<qint64> result;
    for (const QString& value : column)
        result.insert(value.toLongLong());
    return result;
}

} // namespace

class TestFts final : public QObject
{
    Q_OBJECT

private slots:
    void splitsUnsegmentedScripts();
    void linksHangulAcrossSingleSpaces();
    void keepsIndexInStep();
    void koreanRecall();
};

void TestFts::splitsUnsegmentedScripts()
{
    QTemporaryDir dir;
    ScratchConnection db(dir.filePath(QStringLiteral("tokens.sqlite")));
    QCOMPARE(db.run(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = "
                                   "'paperboy_bigram remove_diacritics 2');"
                                   "CREATE VIRTUAL TABLE terms USING fts5vocab (t, instance);")),
             QString());
    const QString text = QStringLiteral("지식증류를 LLM에 Café, 値段 & x");
    db.column(QStringLiteral("INSERT INTO t (rowid, x) VALUES (1, ?)"), {text});
    // Indexing: Latin folded as unicode61 does it, each unsegmented run as its two-character
    // pieces only (no last character on its own since schema 9), a one-character run as that
    // character, a run that follows Latin inside one word split from it.
    QCOMPARE(db.column(QStringLiteral("SELECT term FROM terms ORDER BY offset")),
             QStringList({QStringLiteral("지식"), QStringLiteral("식증"), QStringLiteral("증류"),
                          QStringLiteral("류를"), QStringLiteral("llm"), QStringLiteral("에"),
                          QStringLiteral("cafe"), QStringLiteral("値段"), QStringLiteral("x")}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM terms WHERE term = ?"),
                       {QStringLiteral("를")})
                 .toInt(),
             0);
    // The text is stored as written, and a piece knows where in it it was found.
    QCOMPARE(db.scalar(QStringLiteral("SELECT x FROM t")).toString(), text);
    QCOMPARE(db.scalar(QStringLiteral("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?"),
                       {fts::matchQuery(u"증류")})
                 .toString(),
             QStringLiteral("지식[증류]를 LLM에 Café, 値段 & x"));
    // A longer word is highlighted whole, and so is the piece a one-character query found.
    const auto highlighted = [&db](const QString& query) {
        return db
            .scalar(QStringLiteral("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?"),
                    {fts::matchQuery(query)})
            .toString();
    };
    QCOMPARE(highlighted(QStringLiteral("지식증류")),
             QStringLiteral("[지식증류]를 LLM에 Café, 値段 & x"));
    QCOMPARE(highlighted(QStringLiteral("증류를")),
             QStringLiteral("지식[증류를] LLM에 Café, 値段 & x"));
    QCOMPARE(highlighted(QStringLiteral("지")),
             QStringLiteral("[지식]증류를 LLM에 Café, 値段 & x"));
    // Querying: a longer word is the phrase of its pieces, so it matches inside compounds only
    // where its characters are in a row.
    const auto matches = [&db](const QString& query) {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"),
                    {fts::matchQuery(query)})
            .toInt();
    };
    QCOMPARE(matches(QStringLiteral("증류")), 1);
    QCOMPARE(matches(QStringLiteral("식증류")), 1);
    QCOMPARE(matches(QStringLiteral("지식증류를")), 1);
    QCOMPARE(matches(QStringLiteral("지증")), 0);
    QCOMPARE(matches(QStringLiteral("류를")), 1);
    QCOMPARE(matches(QStringLiteral("cafe llm")), 1);
    QCOMPARE(matches(QStringLiteral("値段")), 1);
    // One character is a prefix query: found where it starts a piece (지 of 지식, 증 of 증류,
    // 値 of 値段) or stands alone (에), not where it only ends a run (를, 段).
    QCOMPARE(matches(QStringLiteral("지")), 1);
    QCOMPARE(matches(QStringLiteral("증")), 1);
    QCOMPARE(matches(QStringLiteral("値")), 1);
    QCOMPARE(matches(QStringLiteral("에")), 1);
    QCOMPARE(matches(QStringLiteral("를")), 0);
    QCOMPARE(matches(QStringLiteral("段")), 0);

    QCOMPARE(fts::matchQuery(u"증류"), QStringLiteral("\"증류\""));
    QCOMPARE(fts::matchQuery(u"  지식증류  distill "), QStringLiteral("\"지식증류\" \"distill\"*"));
    QCOMPARE(fts::matchQuery(u"값"), QStringLiteral("\"값\"*"));
    QCOMPARE(fts::matchQuery(u"LLM을 \"x\""), QStringLiteral("\"LLM\"* \"을\"* \"\"\"x\"\"\"*"));
    QCOMPARE(fts::matchQuery(u" - !"), QString());
}

void TestFts::keepsIndexInStep()
{
    QTemporaryDir dir;
    const DataPaths paths = DataPaths::inDirectory(dir.path());
    QString error;
    auto writer = CacheWriter::open(paths, &error);
    QVERIFY2(writer, qPrintable(error));
    ScratchConnection look(paths.cacheFile);
    const auto search = [&look](const QString& query) {
        return look.column(QStringLiteral("SELECT p.id FROM paper_fts f JOIN papers p ON "
                                          "p.pk = f.rowid WHERE paper_fts MATCH ? ORDER BY p.id"),
                           {fts::matchQuery(query)});
    };
    const auto rowsInStep = [&look] {
        return look.scalar(QStringLiteral("SELECT count(*) FROM paper_fts")) ==
               look.scalar(QStringLiteral("SELECT count(*) FROM papers"));
    };
    const QString md = core::koreanDigestSource();
    const QString hf = core::huggingFaceSource();
    const QStringList justA{QStringLiteral("2410.00001")};

    core::Paper a = paper(justA.first(), QStringLiteral("Tiny students"));
    a.sections = {{QStringLiteral("What's New"), QStringLiteral("지식증류를 이용한 경량화")}};
    core::Paper b = paper(QStringLiteral("2410.00002"), QStringLiteral("Other"));
    QVERIFY(writer->writeDigest(digest(day1, md, {a, b}), &error));
    QCOMPARE(search(QStringLiteral("증류")), justA);
    QCOMPARE(search(QStringLiteral("경량")), justA);
    QCOMPARE(search(QStringLiteral("tiny")), justA);
    QVERIFY(rowsInStep());

    // Another source adds its parts: both are found.
    core::Paper aFromHf = paper(justA.first(), QStringLiteral("Tiny students"));
    aFromHf.abstract = QStringLiteral("We study knowledge distillation.");
    aFromHf.authors = {QStringLiteral("Ada Lovelace")};
    QVERIFY(writer->writeDigest(digest(day1, hf, {aFromHf}), &error));
    QCOMPARE(search(QStringLiteral("distill")), justA);
    QCOMPARE(search(QStringLiteral("lovelace")), justA);
    QCOMPARE(search(QStringLiteral("증류")), justA);

    // The digest is re-imported with a new summary: the old words are gone from the index.
    a.sections = {{QStringLiteral("What's New"), QStringLiteral("양자화 기법")}};
    QVERIFY(writer->writeDigest(digest(day1, md, {a, b}), &error));
    QCOMPARE(search(QStringLiteral("증류")), QStringList());
    QCOMPARE(search(QStringLiteral("양자화")), justA);
    QCOMPARE(search(QStringLiteral("distill")), justA);

    // The digest drops the paper; Hugging Face still lists it, then drops it too.
    QVERIFY(writer->writeDigest(digest(day1, md, {b}), &error));
    QCOMPARE(search(QStringLiteral("양자화")), QStringList());
    QCOMPARE(search(QStringLiteral("distill")), justA);
    QVERIFY(writer->writeDigest(digest(day1, hf, {}), &error));
    QCOMPARE(search(QStringLiteral("distill")), QStringList());
    QVERIFY(rowsInStep());
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM paper_fts")).toInt(), 1);
}

void TestFts::koreanRecall()
{
    QString error;
    QStringList documents = corpusDocuments(&error);
    if (documents.isEmpty())
        QFAIL(qPrintable(error));
    documents += ownDocuments();

    QTemporaryDir dir;
    ScratchConnection db(dir.filePath(QStringLiteral("recall.sqlite")));
    QCOMPARE(
        db.run(QStringLiteral(
            "CREATE VIRTUAL TABLE plain USING fts5 (t, tokenize = 'unicode61 remove_diacritics 2');"
            "CREATE VIRTUAL TABLE trigram USING fts5 (t, tokenize = 'trigram');"
            "CREATE VIRTUAL TABLE bigram USING fts5 (t, tokenize = 'paperboy_bigram "
            "remove_diacritics 2');"
            "CREATE TABLE docs (id INTEGER PRIMARY KEY, t TEXT);")),
        QString());
    QCOMPARE(db.run(QStringLiteral("BEGIN")), QString());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString& text = documents.at(i);
        db.column(QStringLiteral("INSERT INTO docs (id, t) VALUES (?, ?)"), {i, text});
        db.column(QStringLiteral("INSERT INTO plain (rowid, t) VALUES (?, ?)"), {i, text});
        db.column(QStringLiteral("INSERT INTO trigram (rowid, t) VALUES (?, ?)"), {i, text});
        db.column(QStringLiteral("INSERT INTO bigram (rowid, t) VALUES (?, ?)"), {i, text});
    }
    QCOMPARE(db.run(QStringLiteral("COMMIT")), QString());
    const auto quoted = [](const QString& word) -> QString {
        return QLatin1Char('"') + word + QLatin1Char('"');
    };
    const QList<Method> methods{
        {QStringLiteral("unicode61_token"), QStringLiteral("plain"), quoted},
        {QStringLiteral("unicode61_prefix"), QStringLiteral("plain"),
         [quoted](const QString& w) -> QString { return quoted(w) + QLatin1Char('*'); }},
        {QStringLiteral("trigram_match"), QStringLiteral("trigram"), quoted},
        {QStringLiteral("trigram_like"), QStringLiteral("trigram"), nullptr},
        {QStringLiteral("bigram"), QStringLiteral("bigram"),
         [](const QString& w) { return fts::matchQuery(w); }},
    };
    const QStringList twoSyllables =
        QStringLiteral(
            "증류 모델 학습 추론 성능 비전 언어 영상 음성 로봇 생성 평가 강화 검색 정렬 압축 "
            "편향 추천 번역 요약")
            .split(QLatin1Char(' '));
    const QStringList compounds = QStringLiteral("지식증류 강화학습 언어모델 멀티모달 데이터셋 "
                                                 "동영상 사전학습")
                                      .split(QLatin1Char(' '));

    QHash<QString, Tally> shortWords;
    QHash<QString, Tally> longWords;
    for (const QString& word : twoSyllables + compounds) {
        const QSet<qint64> relevant =
            ids(db.column(QStringLiteral("SELECT id FROM docs WHERE instr(t, ?) > 0"), {word}));
        for (const Method& method : methods) {
            QElapsedTimer timer;
            timer.start();
            const QSet<qint64> found =
                ids(method.matchExpression
                        ? db.column(QStringLiteral("SELECT rowid FROM ") + method.table +
                                        QStringLiteral(" WHERE ") + method.table +
                                        QStringLiteral(" MATCH ?"),
                                    {method.matchExpression(word)})
                        : db.column(QStringLiteral("SELECT rowid FROM trigram WHERE t LIKE ?"),
                                    {QString(QLatin1Char('%') + word + QLatin1Char('%'))}));
            Tally& tally = (twoSyllables.contains(word) ? shortWords : longWords)[method.name];
            tally.nanoseconds += timer.nsecsElapsed();
            tally.relevant += relevant.size();
            tally.found += (found & relevant).size();
            tally.wrong += (found - relevant).size();
        }
    }
    qInfo("fts.documents %lld (%lld corpus papers + %lld own texts)", qint64(documents.size()),
          qint64(documents.size() - ownDocuments().size()), qint64(ownDocuments().size()));
    for (const Method& method : methods) {
        for (const auto* set : {&shortWords, &longWords}) {
            const Tally& t = set->value(method.name);
            qInfo("fts.recall.%s.%s %.4f (found %lld of %lld, %lld false hits, %.2f ms/query)",
                  set == &shortWords ? "two_syllable" : "compound", qPrintable(method.name),
                  t.recall(), t.found, t.relevant, t.wrong,
                  double(t.nanoseconds) / 1e6 /
                      double(set == &shortWords ? twoSyllables.size() : compounds.size()));
        }
    }
    for (const QString& table :
         {QStringLiteral("plain"), QStringLiteral("trigram"), QStringLiteral("bigram")})
        qInfo("fts.index_bytes.%s %s", qPrintable(table),
              qPrintable(db.scalar(QStringLiteral("SELECT sum(length(block)) FROM ") + table +
                                   QStringLiteral("_data"))
                             .toString()));

    // The chosen tokenizer finds every document holding the word and nothing else; the
    // alternatives measured above do not do better.
    const Tally chosen = shortWords.value(QStringLiteral("bigram"));
    QVERIFY(chosen.relevant > 1000);
    QCOMPARE(chosen.found, chosen.relevant);
    QCOMPARE(chosen.wrong, 0);
    QCOMPARE(longWords.value(QStringLiteral("bigram")).found,
             longWords.value(QStringLiteral("bigram")).relevant);
    for (const Method& method : methods)
        QVERIFY(shortWords.value(method.name).recall() <= chosen.recall());
}

// Korean compounds are spaced both ways: a marked piece across exactly one space between two
// Hangul syllables lets a joined query find the spaced text, while punctuation, a line break,
// two spaces or Latin text between words adds none, and short queries never match it.
void TestFts::linksHangulAcrossSingleSpaces()
{
    QTemporaryDir dir;
    ScratchConnection db(dir.filePath(QStringLiteral("spaces.sqlite")));
    QCOMPARE(db.run(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = "
                                   "'paperboy_bigram remove_diacritics 2');"
                                   "CREATE VIRTUAL TABLE terms USING fts5vocab (t, instance);")),
             QString());
    const QString text = QStringLiteral("확산 모델을. 필요 약물\n강화  학습 LLM 기반 새 방법");
    db.column(QStringLiteral("INSERT INTO t (rowid, x) VALUES (1, ?)"), {text});
    // (A marker is _ and one of 16 letters, a hash of the syllables around the space.)
    QCOMPARE(db.column(QStringLiteral("SELECT CASE WHEN term GLOB '_[a-p]' THEN '_' ELSE term END "
                                      "FROM terms ORDER BY offset, term")),
             QStringList({QStringLiteral("확산"), QStringLiteral("_"), QStringLiteral("모델"),
                          QStringLiteral("델을"), QStringLiteral("필요"), QStringLiteral("_"),
                          QStringLiteral("약물"), QStringLiteral("강화"), QStringLiteral("학습"),
                          QStringLiteral("llm"), QStringLiteral("기반"), QStringLiteral("_"),
                          QStringLiteral("새"), QStringLiteral("_"), QStringLiteral("방법")}));
    const auto matches = [&db](const QString& query) {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"),
                    {fts::matchQuery(query)})
            .toInt();
    };
    QCOMPARE(matches(QStringLiteral("확산모델")), 1);
    QCOMPARE(matches(QStringLiteral("확산모델을")), 1);
    QCOMPARE(matches(QStringLiteral("필요약물")), 1);
    QCOMPARE(matches(QStringLiteral("강화학습")), 0);   // two spaces
    QCOMPARE(matches(QStringLiteral("모델을필요")), 0); // a full stop
    QCOMPARE(matches(QStringLiteral("약물강화")), 0);   // a line break
    QCOMPARE(matches(QStringLiteral("요약")), 0);       // only across the space: 필요 약물
    QCOMPARE(matches(QStringLiteral("산")), 0);         // only ends 확산, before a space
    QCOMPARE(matches(QStringLiteral("확산모")), 0);     // the syllable after the space unchecked
    QCOMPARE(matches(QStringLiteral("기반새방법")), 0); // a one-syllable part is not joined
    QCOMPARE(matches(QStringLiteral("필요한약물")), 0); // another syllable at the space
    QCOMPARE(db.run(QStringLiteral("INSERT INTO t (t, rank) VALUES ('integrity-check', 1)")),
             QString());
    const QString highlight =
        db.scalar(QStringLiteral("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?"),
                  {fts::matchQuery(u"확산모델")})
            .toString();
    QCOMPARE(highlight, QStringLiteral("[확산 모델]을. 필요 약물\n강화  학습 LLM 기반 새 방법"));
}

QTEST_GUILESS_MAIN(TestFts)
#include "TestFts.moc"
