// The cache's packed texts (store/packed/PackedText.h, store/packed/TextDictionary.h): a cache
// stores its texts as they are until it holds enough of them, then trains a dictionary and packs
// them, and everything reads the same text afterwards; damaged packed text is an error, never a
// crash.
#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/db/Connection.h"
#include "store/db/DataPaths.h"
#include "store/db/Schema.h"
#include "store/packed/PackedText.h"
#include "store/packed/TextDictionary.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using namespace paperboy::store;

namespace {

const QString hf = QStringLiteral("hf");
const QString digestSource = QStringLiteral("daily_papers_ko");
const QDate firstDay(2025, 3, 3);
constexpr int papersPerDay = 40;

// Words in the digests' two scripts, drawn with a skew as real text has: enough shared
// vocabulary for a dictionary to find, and every text different.
QString words(QRandomGenerator& random, int count)
{
    static const QStringList vocabulary = [] {
        QStringList list;
        const QStringList english =
            QStringLiteral("model diffusion language training reasoning agent "
                           "benchmark vision robust scaling retrieval token policy")
                .split(QLatin1Char(' '));
        const QStringList korean = QStringLiteral("모델 확산 언어 학습 추론 에이전트 벤치마크 "
                                                  "시각 강건성 확장 검색 토큰 정책 멀티모달")
                                       .split(QLatin1Char(' '));
        list << english << korean;
        for (int i = 0; i < 400; ++i)
            list << QStringLiteral("w%1x").arg(i * 7919 % 100000);
        return list;
    }();
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const auto skewed =
            qsizetype(random.bounded(1.0) * random.bounded(1.0) * double(vocabulary.size()));
        out << vocabulary.at(skewed);
    }
    return out.join(QLatin1Char(' '));
}

core::Papers dayPapers(int day, bool digest)
{
    QRandomGenerator random(quint32(day * 2 + (digest ? 1 : 0)));
    core::Papers papers;
    for (int i = 0; i < papersPerDay; ++i) {
        core::Paper paper = test::paper(QStringLiteral("2503.%1").arg(day * 100 + i + 10000),
                                        QStringLiteral("Paper %1 of day %2").arg(i).arg(day));
        if (digest) {
            paper.sections = {{QStringLiteral("요약"), words(random, 260)},
                              {QStringLiteral("방법"), words(random, 260)}};
        } else {
            paper.abstract = words(random, 220);
            paper.aiSummary = i == 0 ? QStringLiteral("Short.") : words(random, 30);
        }
        papers.append(paper);
    }
    return papers;
}

} // namespace

class TestPackedText final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void packsOnceThereIsEnoughText();
    void writesLeaveThePackingForLater();
    void reimportingPackedTextChangesNothing();
    void damagedPackedTextIsAnError();
    void clearingTheCacheForgetsTheDictionary();
    void upgradePacksAnExistingCache();
    void thumbnailsReadBackAsWritten();

private:
    // Writes days [from, to) from both sources.
    void writeDays(int from, int to);
    // Writes days from `from` on, each followed by the writer's idle step (packTextsIfDue), until
    // the cache has a dictionary; the day after the last.
    int writeUntilPacked(int from);
    qint64 count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<Connection> m_look; // a connection of the test's own
};

void TestPackedText::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
    QString error;
    m_writer = CacheWriter::open(m_paths, &error);
    QVERIFY2(m_writer, qPrintable(error));
    m_look = openDatabase(m_paths.cacheFile, SchemaSpec::cache(), false, &error);
    QVERIFY2(m_look, qPrintable(error));
}

void TestPackedText::writeDays(int from, int to)
{
    for (int day = from; day < to; ++day) {
        QString error;
        const QDate date = firstDay.addDays(day);
        QVERIFY2(m_writer->writeDigest(test::digest(date, hf, dayPapers(day, false)), &error),
                 qPrintable(error));
        QVERIFY2(
            m_writer->writeDigest(test::digest(date, digestSource, dayPapers(day, true)), &error),
            qPrintable(error));
    }
}

int TestPackedText::writeUntilPacked(int from)
{
    int day = from;
    // 200 days would be 40 MB of text: far past packed::trainingBytes.
    while (day < from + 200 && !QTest::currentTestFailed() &&
           count(QStringLiteral("SELECT count(*) FROM text_dictionaries")) == 0) {
        writeDays(day, day + 1);
        QString error;
        if (m_writer->packTextsIfDue(&error) < 0)
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        ++day;
    }
    return day;
}

qint64 TestPackedText::count(const QString& sql)
{
    QString error;
    const auto value = m_look->scalar(sql, &error);
    if (!value)
        qWarning("%s: %s", qUtf8Printable(sql), qUtf8Printable(error));
    return value ? value->toLongLong() : -1;
}

void TestPackedText::packsOnceThereIsEnoughText()
{
    // A few days: too little text to train on, so it is stored as it is.
    writeDays(0, 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sections WHERE typeof(markdown) = "
                                  "'blob'")),
             0);
    QString error;
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));
    const QString firstId = dayPapers(0, false).first().id.id();
    const auto before = reader->paper(firstId);
    QVERIFY(before);

    // Past packed::trainingBytes: one dictionary, and every long text packed, old ones too.
    const int days = writeUntilPacked(3);
    QVERIFY(count(QStringLiteral("SELECT total(length(CAST(markdown AS BLOB))) FROM sections")) <
            packed::trainingBytes); // it trained as soon as there was enough, no later
    writeDays(days, days + 2);      // and packs what comes after as it is written
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sections WHERE typeof(markdown) = "
                                  "'text'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM paper_sources WHERE source = 'hf' AND "
                                  "typeof(abstract) = 'text'")),
             0);
    // Short texts stay as they are.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM paper_sources WHERE "
                                  "ai_summary = 'Short.'")),
             count(QStringLiteral("SELECT count(*) FROM days")));
    // Packed to a third of the text or less.
    const qint64 text = count(QStringLiteral(
        "SELECT total(length(CAST(paperboy_text(markdown) AS BLOB))) FROM sections"));
    const qint64 stored = count(QStringLiteral("SELECT total(length(markdown)) FROM sections"));
    QVERIFY2(stored * 3 < text, qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(text)));

    // Everything reads what was written: the first day (packed after the fact) and the last.
    const auto after = reader->paper(firstId);
    QVERIFY(after);
    QCOMPARE(after->abstract, before->abstract);
    QCOMPARE(after->sections, before->sections);
    for (const int day : {0, days + 1}) {
        const core::Papers written = dayPapers(day, true);
        const auto read = reader->paper(written.last().id.id());
        QVERIFY(read);
        QCOMPARE(read->sections, written.last().sections);
        QCOMPARE(read->abstract, dayPapers(day, false).last().abstract);
    }
    // The index still agrees with the text it was built from, and finds words in packed text.
    QVERIFY2(m_look->exec(QStringLiteral("INSERT INTO paper_fts (paper_fts, rank) VALUES "
                                         "('integrity-check', 1)"),
                          &error),
             qPrintable(error));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM paper_fts WHERE paper_fts MATCH "
                                 "'\"멀티 모달\" OR 멀티모달'")) > 0);

    // Snippets that read their column from the view by itself quote what FTS5's own read of
    // the row gives, in every column.
    for (const char* query : {"멀티모달", "에이전트", "robust", "\"Paper 3\""}) {
        const QString both =
            QStringLiteral("SELECT paperboy_snippet(paper_fts, '[', ']', '~', 8), "
                           "paperboy_snippet(paper_fts, '[', ']', '~', 8, 'paper_fts_text') "
                           "FROM paper_fts WHERE paper_fts MATCH '%1'");
        QSqlQuery check(m_look->database());
        QVERIFY2(check.exec(both.arg(QString::fromUtf8(query))),
                 qPrintable(check.lastError().text()));
        int rows = 0;
        for (; check.next(); ++rows) {
            QVERIFY(!check.value(0).toString().isEmpty());
            QCOMPARE(check.value(1).toString(), check.value(0).toString());
        }
        QVERIFY2(rows > 0, query);
    }
}

// A write never trains the dictionary, however much text the cache holds: that would stall an
// import in its middle. The idle step after the commits packs everything written so far.
void TestPackedText::writesLeaveThePackingForLater()
{
    const QString blobs =
        QStringLiteral("SELECT count(*) FROM sections WHERE typeof(markdown) = 'blob'");
    int day = 0;
    while (day < 200 &&
           count(QStringLiteral("SELECT total(length(CAST(markdown AS BLOB))) FROM sections")) <
               2 * packed::trainingBytes) {
        writeDays(day, day + 1);
        ++day;
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 0);
    QCOMPARE(count(blobs), 0);

    QString error;
    const qint64 texts = count(QStringLiteral("SELECT count(*) FROM sections WHERE ord >= 0"));
    const long long packed = m_writer->packTextsIfDue(&error);
    QVERIFY2(packed > texts, qPrintable(error)); // the sections and the abstracts
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 1);
    QCOMPARE(count(blobs), texts);
    // Due once: the next idle step finds nothing to do, and later writes pack as they go.
    QCOMPARE(m_writer->packTextsIfDue(&error), 0);
    writeDays(day, day + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sections WHERE typeof(markdown) = "
                                  "'text' AND ord >= 0")),
             0);
}

void TestPackedText::reimportingPackedTextChangesNothing()
{
    writeUntilPacked(0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 1);
    const qint64 sequence = count(QStringLiteral("SELECT max(update_seq) FROM paper_sources"));
    // The same digest again: its texts, compared unpacked, are the same, so no row changes.
    writeDays(1, 2);
    QCOMPARE(count(QStringLiteral("SELECT max(update_seq) FROM paper_sources")), sequence);
}

void TestPackedText::damagedPackedTextIsAnError()
{
    writeUntilPacked(0);
    const qint64 row = count(QStringLiteral("SELECT min(rowid) FROM sections WHERE "
                                            "typeof(markdown) = 'blob'"));
    QVERIFY(row > 0);
    const QString read =
        QStringLiteral("SELECT paperboy_text(markdown) FROM sections WHERE rowid = %1").arg(row);
    QString error;
    QVERIFY(m_look->scalar(read, &error));
    // The frame cut short, a dictionary the cache does not hold, a BLOB that is not packed text.
    const QString damages[] = {
        QStringLiteral("substr(markdown, 1, length(markdown) / 2)"),
        QStringLiteral("CAST(X'50' || zeroblob(8) || substr(markdown, 10) AS BLOB)"),
        QStringLiteral("X'00112233445566778899'"),
        QStringLiteral("zeroblob(0)"),
    };
    for (const QString& damage : damages) {
        QVERIFY2(m_look->exec(QStringLiteral("UPDATE sections SET markdown = %1 WHERE rowid = %2")
                                  .arg(damage)
                                  .arg(row),
                              &error),
                 qPrintable(error));
        error.clear();
        QVERIFY2(!m_look->scalar(read, &error), qPrintable(damage));
        QVERIFY2(error.contains(QLatin1String(packed::unpackFunctionName)), qPrintable(error));
    }
}

void TestPackedText::clearingTheCacheForgetsTheDictionary()
{
    const int days = writeUntilPacked(0);
    const qint64 key = count(QStringLiteral("SELECT key FROM text_dictionaries"));
    QString error;
    QVERIFY2(m_writer->clearAll(&error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 0);
    // Other text, another dictionary; a connection that knew the first still reads right.
    writeUntilPacked(days);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 1);
    QVERIFY(count(QStringLiteral("SELECT key FROM text_dictionaries")) != key);
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));
    const core::Papers written = dayPapers(days, true);
    const auto read = reader->paper(written.first().id.id());
    QVERIFY(read);
    QCOMPARE(read->sections, written.first().sections);
}

void TestPackedText::upgradePacksAnExistingCache()
{
    const int days = writeUntilPacked(0);
    // The cache as schema 9 left it: every text as it is, no dictionaries, and the index's
    // columns in their old order (title first).
    const char* const toVersion9[] = {
        "UPDATE paper_sources SET abstract = paperboy_text(abstract), "
        "ai_summary = paperboy_text(ai_summary)",
        "UPDATE sections SET markdown = paperboy_text(markdown)",
        "DROP TABLE text_dictionaries",
        "DROP TRIGGER papers_arrival",
        "DROP TABLE paper_arrivals",
        "DROP TABLE paper_fts",
        "CREATE VIRTUAL TABLE paper_fts USING fts5 (title, authors, abstract, body, "
        "content = 'paper_fts_text', content_rowid = 'paper', "
        "tokenize = 'porter paperboy_bigram remove_diacritics 2')",
        "INSERT INTO paper_fts (paper_fts) VALUES ('rebuild')",
        "PRAGMA user_version = 9",
    };
    m_writer.reset();
    QString error;
    for (const char* statement : toVersion9)
        QVERIFY2(m_look->exec(QString::fromLatin1(statement), &error), qPrintable(error));
    m_look.reset();

    m_writer = CacheWriter::open(m_paths, &error);
    QVERIFY2(m_writer, qPrintable(error));
    m_look = openDatabase(m_paths.cacheFile, SchemaSpec::cache(), false, &error);
    QVERIFY2(m_look, qPrintable(error));
    QCOMPARE(count(QStringLiteral("PRAGMA user_version")), 12); // through 10 to the newest
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM text_dictionaries")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sections WHERE typeof(markdown) = "
                                  "'text'")),
             0);
    const auto sql = m_look->scalar(
        QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'paper_fts'"), &error);
    QVERIFY(sql && sql->toString().contains(QLatin1String("body, abstract, title, authors")));
    QVERIFY2(m_look->exec(QStringLiteral("INSERT INTO paper_fts (paper_fts, rank) VALUES "
                                         "('integrity-check', 1)"),
                          &error),
             qPrintable(error));
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));
    const core::Papers written = dayPapers(days - 1, true);
    const auto read = reader->paper(written.first().id.id());
    QVERIFY(read);
    QCOMPARE(read->sections, written.first().sections);
}

// Hugging Face's social thumbnail of the paper's own id is stored as "=" (SqlValues.h): every
// thumbnail still reads back as the source wrote it, through the paper and the day list, and a
// row written before, with the whole URL, is not a change when the same digest comes again.
void TestPackedText::thumbnailsReadBackAsWritten()
{
    const QString social =
        QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/%1.png");
    const QList<std::pair<QString, QString>> written = {
        {QStringLiteral("2503.00001"), social.arg(QStringLiteral("2503.00001"))},
        {QStringLiteral("2503.00002"), social.arg(QStringLiteral("2503.09999"))}, // another's
        {QStringLiteral("2503.00003"), QStringLiteral("=")},
        {QStringLiteral("2503.00004"), QStringLiteral("==x")},
        {QStringLiteral("2503.00005"), QStringLiteral("https://example.org/a.png")},
        {QStringLiteral("2503.00006"), QString()},
    };
    core::Papers papers;
    for (const auto& [id, url] : written) {
        core::Paper paper = test::paper(id, QStringLiteral("Title of ") + id);
        paper.thumbnailUrl = url;
        papers.append(paper);
    }
    QString error;
    QVERIFY2(m_writer->writeDigest(test::digest(firstDay, hf, papers), &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM paper_sources WHERE thumbnail = '='")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM paper_sources WHERE thumbnail LIKE "
                                  "'https://cdn-thumbnails%'")),
             1);

    const auto readBack = [&] {
        auto reader = CacheReader::open(m_paths, &error);
        QVERIFY2(reader, qPrintable(error));
        QHash<QString, QString> listed;
        for (const PaperListItem& item : reader->dayList(firstDay))
            listed.insert(item.id, item.thumbnailUrl);
        for (const auto& [id, url] : written) {
            const auto paper = reader->paper(id);
            QVERIFY(paper);
            QCOMPARE(paper->thumbnailUrl, url);
            QVERIFY(listed.contains(id));
            QCOMPARE(listed.value(id), url.isEmpty() ? QString() : url);
        }
    };
    readBack();
    const qint64 sequence = count(QStringLiteral("SELECT max(update_seq) FROM paper_sources"));
    QVERIFY2(m_writer->writeDigest(test::digest(firstDay, hf, papers), &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT max(update_seq) FROM paper_sources")), sequence);

    // As an older version stored it: the whole URL.
    QSqlQuery older(m_look->database());
    QVERIFY2(older.exec(QStringLiteral("UPDATE paper_sources SET thumbnail = '%1' WHERE thumbnail "
                                       "= '='")
                            .arg(social.arg(QStringLiteral("2503.00001")))),
             qPrintable(older.lastError().text()));
    readBack();
    QVERIFY2(m_writer->writeDigest(test::digest(firstDay, hf, papers), &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT max(update_seq) FROM paper_sources")), sequence);
    readBack();
}

QTEST_GUILESS_MAIN(TestPackedText)
#include "TestPackedText.moc"
