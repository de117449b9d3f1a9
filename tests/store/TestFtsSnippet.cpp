#include "store/db/Connection.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy::store;

namespace {

// Words w0 w1 ... w<count-1>, with `insert` put in place of the words at the given indexes.
QString words(int count, const QMap<int, QString>& insert = {})
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(insert.value(i, QStringLiteral("w") + QString::number(i)));
    return list.join(QLatin1Char(' '));
}

} // namespace

// paperboy_snippet (store/fts/FtsSnippet.h) against texts whose right snippet is known.
class TestFtsSnippet final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;
    qint64 m_nextRow = 1;

    QString snippetOf(const QString& title, const QString& body, const QString& match)
    {
        const qint64 row = m_nextRow++;
        QString error;
        PreparedQuery insert(
            *m_db, QStringLiteral("INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)"), &error);
        if (!insert || !insert.exec({row, title, body}, &error))
            qFatal("%s", qPrintable(error));
        PreparedQuery select(
            *m_db,
            QStringLiteral("SELECT paperboy_snippet(t, '[', ']', '...', 16) FROM t "
                           "WHERE t MATCH ? AND rowid = ?"),
            &error);
        if (!select || !select.exec({match, row}, &error))
            qFatal("%s", qPrintable(error));
        return select->next() ? select->value(0).toString() : QStringLiteral("<no row>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Connection::open(m_dir.filePath(QStringLiteral("snippets.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(
            m_db->exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5 (title, body, "
                                      "tokenize = 'porter paperboy_bigram remove_diacritics 2')"),
                       &error),
            qPrintable(error));
    }

    void shortColumnWhole()
    {
        QCOMPARE(snippetOf(QStringLiteral("Diffusion Models for Video."), QString(),
                           QStringLiteral("model")),
                 QStringLiteral("Diffusion [Models] for Video."));
    }

    // A hit deep in a long text: a window of 16 tokens led by a quarter of it, ellipses on
    // both sides, and only that window was needed.
    void windowAroundDeepHit()
    {
        const QString body = words(200, {{120, QStringLiteral("needle")}});
        QCOMPARE(snippetOf(QStringLiteral("title"), body, QStringLiteral("needle")),
                 QStringLiteral("...w116 w117 w118 w119 [needle] w121 w122 w123 w124 w125 "
                                "w126 w127 w128 w129 w130 w131..."));
    }

    // At the end of the text the window moves back to keep its 16 tokens, and quotes up to
    // the text's end, punctuation included.
    void windowAtTheEnd()
    {
        const QString body = words(40, {{39, QStringLiteral("needle")}}) + QStringLiteral(".");
        QCOMPARE(snippetOf(QStringLiteral("title"), body, QStringLiteral("needle")),
                 QStringLiteral("...w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 "
                                "[needle]."));
    }

    // The column holding the words is quoted, not the first one.
    void columnWithTheWords()
    {
        QCOMPARE(snippetOf(QStringLiteral("nothing here"), QStringLiteral("a needle found"),
                           QStringLiteral("needle")),
                 QStringLiteral("a [needle] found"));
    }

    // The window holding both words wins over an earlier hit of one.
    void mostWordsWin()
    {
        const QString body = words(120, {{5, QStringLiteral("alpha")},
                                         {80, QStringLiteral("alpha")},
                                         {83, QStringLiteral("beta")}});
        const QString snippet =
            snippetOf(QStringLiteral("title"), body, QStringLiteral("alpha AND beta"));
        QVERIFY2(snippet.contains(QStringLiteral("[alpha] w81 w82 [beta]")), qPrintable(snippet));
        QVERIFY2(!snippet.contains(QStringLiteral("w5 ")), qPrintable(snippet));
    }

    // Korean words are phrases of overlapping pieces: each is highlighted whole, including
    // one that starts before the window would have. (Here the densest window starts a
    // quarter of its length before a hit, inside the hit before it, whether or not the index
    // holds each run's last character on its own.)
    void koreanWordsWhole()
    {
        const QString body = QStringLiteral("멀티모달 ") + words(20) +
                             QStringLiteral(" 멀티모달 가나다 멀티모달 가나다 멀티모달 x y "
                                            "멀티모달 가 멀티모달 멀티모달 가 ") +
                             words(20);
        const QString snippet =
            snippetOf(QStringLiteral("제목"), body, QStringLiteral("\"멀티모달\""));
        QVERIFY2(snippet.count(QStringLiteral("[멀티모달]")) >= 3, qPrintable(snippet));
        QCOMPARE(snippet.count(QLatin1Char('[')), snippet.count(QStringLiteral("[멀티모달]")));
        QVERIFY2(!snippet.contains(QStringLiteral("w0 ")), qPrintable(snippet));
    }

    // Markup in the text stays text, and nothing but the markers marks it.
    void textAsText()
    {
        QCOMPARE(snippetOf(QStringLiteral("<b>x</b> & <i>needle</i>"), QString(),
                           QStringLiteral("needle")),
                 QStringLiteral("<b>x</b> & <i>[needle]</i>"));
    }
};

QTEST_GUILESS_MAIN(TestFtsSnippet)
#include "TestFtsSnippet.moc"
