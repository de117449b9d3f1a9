// The window's search thread on a real cache: answers come back as values, only for the
// newest request of each kind, and a stale answer never replaces a newer one.
#include "store/StoreTestSupport.h"
#include "store/cache/CacheWriter.h"
#include "ui/search/SearchService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using paperboy::ui::SearchService;

class TestSearchService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Answer
    {
        SearchService::Kind kind;
        quint64 ticket;
        QStringList ids;
    };

    static void collect(SearchService& service, QList<Answer>* answers)
    {
        QObject::connect(&service, &SearchService::answered, &service,
                         [answers](SearchService::Kind kind, quint64 ticket,
                                   const QList<search::SearchHit>& hits) {
                             QStringList ids;
                             for (const search::SearchHit& hit : hits)
                                 ids.append(hit.id);
                             answers->append({kind, ticket, ids});
                         });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        auto writer = store::CacheWriter::open(store::DataPaths::inDirectory(m_dir.path()), &error);
        QVERIFY2(writer, qPrintable(error));
        core::Papers papers;
        for (int i = 0; i < 40; ++i) {
            core::Paper paper = store::test::paper(
                QStringLiteral("2401.%1").arg(10000 + i),
                (i % 2 ? QStringLiteral("Sparse attention ") : QStringLiteral("Video diffusion ")) +
                    QString::number(i));
            paper.votes = i;
            papers.append(paper);
        }
        QVERIFY2(
            writer->writeDigest(
                store::test::digest(QDate(2024, 1, 8), core::huggingFaceSource(), papers), &error),
            qPrintable(error));
    }

    // Typing "s", "sp", ... "sparse video" fast: only the last query's answer arrives, and it
    // is that query's result.
    void newerKeystrokeSupersedesOlder()
    {
        SearchService service(store::DataPaths::inDirectory(m_dir.path()));
        QList<Answer> answers;
        collect(service, &answers);
        const QStringList typed = {QStringLiteral("v"), QStringLiteral("vi"), QStringLiteral("vid"),
                                   QStringLiteral("video"), QStringLiteral("sparse")};
        quint64 last = 0;
        for (const QString& text : typed)
            last = service.search(text, {search::Sort::Votes, 50});
        QTRY_COMPARE(answers.size(), 1);
        QTest::qWait(50); // nothing older arrives later
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().ticket, last);
        QCOMPARE(answers.first().ids.size(), 20);
        QCOMPARE(answers.first().ids.first(), QStringLiteral("2401.10039")); // most votes
        QVERIFY(service.executedCount() <= typed.size());
    }

    // A search whose answer is on its way when a newer one is asked for is dropped, even
    // though its work finished first.
    void staleAnswerNeverOverwritesNewer()
    {
        SearchService service(store::DataPaths::inDirectory(m_dir.path()));
        QList<Answer> answers;
        collect(service, &answers);
        service.search(QStringLiteral("video"), {});
        QTRY_COMPARE(service.executedCount(), 1);                           // the first one ran ...
        const quint64 newer = service.search(QStringLiteral("sparse"), {}); // ... then this
        QTRY_VERIFY(!answers.isEmpty() && answers.last().ticket == newer);
        for (const Answer& answer : std::as_const(answers))
            QVERIFY(answer.ticket == newer || answer.ticket == 1);
        QVERIFY(answers.last().ids.contains(QStringLiteral("2401.10001")));
        QVERIFY(!answers.last().ids.contains(QStringLiteral("2401.10000")));
    }

    // Kinds do not supersede each other: a top and a related request both get answers.
    void kindsAreIndependent()
    {
        SearchService service(store::DataPaths::inDirectory(m_dir.path()));
        QList<Answer> answers;
        collect(service, &answers);
        service.search(QStringLiteral("video"), {});
        service.top(QDate(2024, 1, 8), QDate(2024, 1, 14), 5);
        service.related(QStringLiteral("2401.10001"), 5);
        QTRY_COMPARE(answers.size(), 3);
        for (const Answer& answer : std::as_const(answers)) {
            if (answer.kind == SearchService::Kind::Top) {
                QCOMPARE(answer.ids.size(), 5);
                QCOMPARE(answer.ids.first(), QStringLiteral("2401.10039"));
            } else if (answer.kind == SearchService::Kind::Related) {
                QVERIFY(!answer.ids.contains(QStringLiteral("2401.10001")));
                QCOMPARE(answer.ids.size(), 5);
            } else {
                QCOMPARE(answer.ids.size(), 20);
            }
        }
    }
};

QTEST_MAIN(TestSearchService)
#include "TestSearchService.moc"
