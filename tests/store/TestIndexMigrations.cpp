// Cache migrations that rebuild the full-text index in a new form (schemas 9 and 11): the
// rows indexed the old way must be deleted with exactly the old values, then indexed anew.
#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/db/Schema.h"
#include "store/fts/FtsText.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

// What the tokenizer before schema 9 made of `text`, written as text that today's tokenizer
// turns into the same pieces at the same positions: a Hangul run followed by its last
// syllable on its own (지식증류를 -> 지식증류를 를: 지식 식증 증류 류를 를).
QString withLastSyllables(const QString& text)
{
    static const QRegularExpression run(QStringLiteral("[\\x{AC00}-\\x{D7A3}]{2,}"));
    QString result;
    qsizetype from = 0;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(from, match.capturedEnd() - from);
        result += QLatin1Char(' ') + match.captured().back();
        from = match.capturedEnd();
    }
    return result + QStringView(text).mid(from);
}

// What the tokenizer before schema 11 made of `text`, written as text that today's tokenizer
// turns into the same pieces at the same positions: no piece across a space between two
// Hangul syllables, as across a line break.
QString withoutPiecesAcrossSpaces(QString text)
{
    static const QRegularExpression space(
        QStringLiteral("(?<=[\\x{AC00}-\\x{D7A3}]) (?=[\\x{AC00}-\\x{D7A3}])"));
    return text.replace(space, QStringLiteral("\n"));
}

} // namespace

class TestIndexMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version9RebuildsTheIndexWithoutLastCharacters();
    void version11RebuildsTheIndexAcrossSpaces();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
};

void TestIndexMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
}

// Version 9: an index made by the tokenizer before it (each Korean run's last character on its
// own) is built again by today's, so that FTS5's deletes, which re-tokenize the indexed
// values, remove exactly what was indexed.
void TestIndexMigrations::version9RebuildsTheIndexWithoutLastCharacters()
{
    QString error;
    core::Paper distillation =
        paper(QStringLiteral("2410.00001"), QStringLiteral("소형 모델을 위한 지식증류"));
    distillation.authors = {QStringLiteral("Minjun Kim")};
    distillation.abstract = QStringLiteral("Knowledge distillation into small students.");
    distillation.sections = {
        {QStringLiteral("요약"), QStringLiteral("지식증류를 활용하여 작은 학생을 학습합니다.")}};
    {
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY2(
            writer->writeDigest(
                digest(QDate(2024, 10, 15), core::koreanDigestSource(), {distillation}), &error),
            qPrintable(error));
    }
    const auto find = [this](const QString& query) {
        ScratchConnection look(m_paths.cacheFile);
        return look.column(QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"),
                           {fts::matchQuery(query)});
    };
    const QString consistent =
        QStringLiteral("INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)");
    {
        // The index as schema 8 left it: the row's pieces with the last characters, in a file
        // of 4 KiB pages as every cache made before schema 9 is.
        ScratchConnection old(m_paths.cacheFile);
        QCOMPARE(old.run(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096;"
                                        "VACUUM; PRAGMA journal_mode = WAL;")),
                 QString());
        QStringList values;
        for (const char* name : {"title", "authors", "abstract", "body"})
            values.append(old.scalar(QStringLiteral("SELECT ") + QLatin1String(name) +
                                     QStringLiteral(" FROM paper_fts_text WHERE paper = 1"))
                              .toString());
        QCOMPARE(old.run(QStringLiteral(
                     "INSERT INTO paper_fts (paper_fts, rowid, title, authors, abstract, body) "
                     "SELECT 'delete', paper, title, authors, abstract, body FROM paper_fts_text")),
                 QString());
        QVariantList oldValues{1};
        for (const QString& value : values)
            oldValues.append(withLastSyllables(value));
        old.column(QStringLiteral("INSERT INTO paper_fts (rowid, title, authors, abstract, body) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   oldValues);
        // Nor had it the table of later versions.
        QCOMPARE(
            old.run(QStringLiteral("DROP TABLE text_dictionaries; DROP TRIGGER papers_arrival; "
                                   "DROP TABLE paper_arrivals; PRAGMA user_version = 8")),
            QString());
        // Today's tokenizer does not make these pieces from the text: the check says so.
        QVERIFY(!old.run(consistent).isEmpty());
    }
    QCOMPARE(find(QStringLiteral("를")), QStringList{QStringLiteral("1")}); // only ends 지식증류를

    auto writer = CacheWriter::open(m_paths, &error);
    QVERIFY2(writer, qPrintable(error));
    ScratchConnection look(m_paths.cacheFile);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newestCacheVersion);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    // Schema 12 gave every paper already cached its arrival (the watches' new counts).
    QVERIFY(look.scalar(QStringLiteral("SELECT count(*) FROM papers")).toInt() > 0);
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM papers WHERE pk NOT IN "
                                        "(SELECT paper FROM paper_arrivals)"))
                 .toInt(),
             0);
    QVERIFY(QFileInfo::exists(m_paths.cacheFile + QStringLiteral(".bak-v8")));
    QCOMPARE(look.run(consistent), QString());
    QCOMPARE(find(QStringLiteral("를")), QStringList());
    QCOMPARE(look.run(QStringLiteral(
                 "CREATE VIRTUAL TABLE temp.terms USING fts5vocab (main, paper_fts, row)")),
             QString());
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM temp.terms WHERE term = ?"),
                         {QStringLiteral("를")})
                 .toInt(),
             0);
    QVERIFY(look.scalar(QStringLiteral("SELECT count(*) FROM temp.terms WHERE term = ?"),
                        {QStringLiteral("류를")})
                .toInt() == 1);
    for (const char* word : {"지식증류", "증류", "학생", "모델", "지", "distill", "kim"})
        QCOMPARE(find(QString::fromUtf8(word)), QStringList{QStringLiteral("1")});

    // The rebuilt row is removed and written again with exactly its indexed pieces.
    distillation.sections = {{QStringLiteral("요약"), QStringLiteral("양자화 기법을 다룹니다.")}};
    QVERIFY2(writer->writeDigest(
                 digest(QDate(2024, 10, 15), core::koreanDigestSource(), {distillation}), &error),
             qPrintable(error));
    QCOMPARE(look.run(consistent), QString());
    QCOMPARE(find(QStringLiteral("학생")), QStringList());
    QCOMPARE(find(QStringLiteral("양자화")), QStringList{QStringLiteral("1")});
}

// Version 11: an index without the pieces across single spaces is built again with them, so
// that the joined spelling of a compound finds the spaced one, and FTS5's deletes (which
// re-tokenize the indexed values) remove exactly what was indexed.
void TestIndexMigrations::version11RebuildsTheIndexAcrossSpaces()
{
    QString error;
    core::Paper diffusion =
        paper(QStringLiteral("2410.00002"), QStringLiteral("확산 모델을 위한 강화 학습"));
    diffusion.authors = {QStringLiteral("김 민준")};
    diffusion.sections = {
        {QStringLiteral("요약"), QStringLiteral("잠재 확산 모델로 영상을 만듭니다. 새 방법.")}};
    {
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY2(writer->writeDigest(
                     digest(QDate(2024, 10, 16), core::koreanDigestSource(), {diffusion}), &error),
                 qPrintable(error));
    }
    const auto find = [this](const QString& query) {
        ScratchConnection look(m_paths.cacheFile);
        return look.column(QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"),
                           {fts::matchQuery(query)});
    };
    const QString consistent =
        QStringLiteral("INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)");
    {
        // The index as schema 10 left it.
        ScratchConnection old(m_paths.cacheFile);
        QStringList values;
        for (const char* name : {"title", "authors", "abstract", "body"})
            values.append(old.scalar(QStringLiteral("SELECT ") + QLatin1String(name) +
                                     QStringLiteral(" FROM paper_fts_text WHERE paper = 1"))
                              .toString());
        QCOMPARE(old.run(QStringLiteral(
                     "INSERT INTO paper_fts (paper_fts, rowid, title, authors, abstract, body) "
                     "SELECT 'delete', paper, title, authors, abstract, body FROM paper_fts_text")),
                 QString());
        QVariantList oldValues{1};
        for (const QString& value : values)
            oldValues.append(withoutPiecesAcrossSpaces(value));
        old.column(QStringLiteral("INSERT INTO paper_fts (rowid, title, authors, abstract, body) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   oldValues);
        // Nor had it the arrivals of schema 12.
        QCOMPARE(old.run(QStringLiteral("DROP TRIGGER papers_arrival; DROP TABLE paper_arrivals; "
                                        "PRAGMA user_version = 10")),
                 QString());
        QVERIFY(!old.run(consistent).isEmpty());
    }
    QCOMPARE(find(QStringLiteral("확산모델")), QStringList());

    auto writer = CacheWriter::open(m_paths, &error);
    QVERIFY2(writer, qPrintable(error));
    ScratchConnection look(m_paths.cacheFile);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newestCacheVersion);
    QVERIFY(QFileInfo::exists(m_paths.cacheFile + QStringLiteral(".bak-v10")));
    QCOMPARE(look.run(consistent), QString());
    for (const char* word : {"확산모델", "잠재확산모델", "강화학습", "확산", "민준"})
        QCOMPARE(find(QString::fromUtf8(word)), QStringList{QStringLiteral("1")});
    QCOMPARE(find(QStringLiteral("만듭니다새")), QStringList()); // across a full stop

    // The rebuilt row is removed and written again with exactly its indexed pieces.
    diffusion.sections = {{QStringLiteral("요약"), QStringLiteral("양자화 기법을 다룹니다.")}};
    QVERIFY2(writer->writeDigest(
                 digest(QDate(2024, 10, 16), core::koreanDigestSource(), {diffusion}), &error),
             qPrintable(error));
    QCOMPARE(look.run(consistent), QString());
    QCOMPARE(find(QStringLiteral("잠재확산")), QStringList());
    QCOMPARE(find(QStringLiteral("양자화기법")), QStringList{QStringLiteral("1")});
}

QTEST_GUILESS_MAIN(TestIndexMigrations)
#include "TestIndexMigrations.moc"
