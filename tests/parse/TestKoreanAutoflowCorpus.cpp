#include "TestKoreanAutoflowReader.h"

#include "ParseTestSupport.h"
#include "parse/KoreanAutoflowReader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace paperboy;
using namespace paperboy::parse::test;
using parse::ParseResult;

namespace {

QString autoflowDir()
{
    return corpusDir() + QStringLiteral("/hf_korean_autoflow");
}

QDate dateFromName(const QString& path)
{
    return QDate::fromString(QFileInfo(path).fileName().left(10), Qt::ISODate);
}

// What the file says of one brief field, read without the reader under test: text as is,
// a list as the reader writes it (bullets for the method, commas for keywords).
QString expectedBody(const QJsonObject& entry, const QString& name)
{
    const auto text = [&entry](const char* key) {
        return entry.value(QLatin1String(key)).toString();
    };
    const auto list = [&entry](const char* key) {
        QStringList items;
        for (const QJsonValue& item : entry.value(QLatin1String(key)).toArray())
            items.append(item.toString());
        return items;
    };
    if (name == QLatin1String("Purpose"))
        return text("purpose");
    if (name == QLatin1String("Conclusion"))
        return text("conclusion");
    if (name == QLatin1String("Summary"))
        return text("translation_summary");
    if (name == QLatin1String("Pitch"))
        return text("advertising_copy");
    if (name == QLatin1String("Keywords"))
        return list("keywords").join(QStringLiteral(", "));
    QStringList bullets;
    for (const QString& item : list("method"))
        bullets.append(QStringLiteral("- ") + item);
    return bullets.join(QLatin1Char('\n'));
}

} // namespace

void TestKoreanAutoflowReader::corpusReadsWithNothingLost()
{
    if (!QDir(autoflowDir()).exists())
        QFAIL(qPrintable(QStringLiteral("corpus missing: ") + autoflowDir()));
    QStringList files;
    QDirIterator it(autoflowDir(), {QStringLiteral("*_paper_ko.json")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY2(files.size() >= 54, qPrintable(QString::number(files.size())));
    int papers = 0;
    int withBrief = 0;
    int sections = 0;
    for (const QString& path : std::as_const(files)) {
        const std::optional<QByteArray> data = readFile(path);
        QVERIFY2(data, qPrintable(path));
        const ParseResult result =
            parse::KoreanAutoflowReader::read(*data, path, dateFromName(path));
        QVERIFY2(result.ok() && result.warnings.isEmpty(), qPrintable(describe(result)));
        const QJsonArray entries = QJsonDocument::fromJson(*data).array();
        QCOMPARE(result.digest->papers.size(), entries.size());
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const QString id = entry[QLatin1String("paper")][QLatin1String("id")].toString();
            const core::Paper* paper = findPaper(result, id);
            QVERIFY2(paper, qPrintable(path + QLatin1Char(' ') + id));
            QCOMPARE(paper->titleKo, entry.value(QLatin1String("translation_title")).toString());
            QVERIFY2(!paper->title.isEmpty(), qPrintable(id));
            const QStringList names = parse::KoreanAutoflowReader::briefSectionNames();
            qsizetype next = 0;
            for (const QString& name : names) {
                const QString expected = expectedBody(entry, name);
                if (expected.isEmpty())
                    continue;
                // Every non-empty field is one section, in briefSectionNames() order.
                QVERIFY2(next < paper->sections.size(), qPrintable(id + QLatin1Char(' ') + name));
                QCOMPARE(paper->sections.at(next).name, name);
                QCOMPARE(paper->sections.at(next).markdown, expected);
                ++next;
                ++sections;
            }
            QCOMPARE(paper->sections.size(), next);
            withBrief += paper->titleKo.isEmpty() ? 0 : 1;
            ++papers;
        }
    }
    QCOMPARE(papers, 239);
    QCOMPARE(withBrief, 239);
    qInfo("%d papers, %d brief sections", papers, sections);
}
