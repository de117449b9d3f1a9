// Imports the shared folder of Korean briefs (hf-daily-paper-korean-autoflow) through the real
// CLI and checks, against the raw files read here with plain QJsonDocument, that every paper
// has its Korean title and every brief field as a section of source korean_autoflow, with the
// text exactly as published. Fails, never skips, when the corpus is missing.
#include "common/CliRunner.h"
#include "common/Corpus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace paperboy::testing;

namespace {

QString briefDir()
{
    return corpusDir() + QStringLiteral("/hf_korean_autoflow");
}

// The sections a brief entry must become, as (name, text) in order.
QList<QPair<QString, QString>> expectedSections(const QJsonObject& entry)
{
    const auto text = [&entry](const char* key) { return entry[QLatin1String(key)].toString(); };
    QStringList method;
    for (const QJsonValue& item : entry[QLatin1String("method")].toArray())
        method.append(QStringLiteral("- ") + item.toString());
    QStringList keywords;
    for (const QJsonValue& item : entry[QLatin1String("keywords")].toArray())
        keywords.append(item.toString());
    const QList<QPair<QString, QString>> all = {
        {QStringLiteral("Purpose"), text("purpose")},
        {QStringLiteral("Method"), method.join(QLatin1Char('\n'))},
        {QStringLiteral("Conclusion"), text("conclusion")},
        {QStringLiteral("Summary"), text("translation_summary")},
        {QStringLiteral("Pitch"), text("advertising_copy")},
        {QStringLiteral("Keywords"), keywords.join(QStringLiteral(", "))},
    };
    QList<QPair<QString, QString>> present;
    for (const auto& section : all) {
        if (!section.second.isEmpty())
            present.append(section);
    }
    return present;
}

} // namespace

class TestAutoflowImport final : public QObject
{
    Q_OBJECT

private slots:
    void wholeFolderKeepsEveryBrief();
};

void TestAutoflowImport::wholeFolderKeepsEveryBrief()
{
    PAPERBOY_REQUIRE_CORPUS();
    const QDir dir(briefDir());
    const QStringList names = dir.entryList({QStringLiteral("*_paper_ko.json")}, QDir::Files);
    QCOMPARE(names.size(), 54);
    QTemporaryDir data;
    const CliResult result = runCli(data.path(), {QStringLiteral("import"), briefDir()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err.left(4000)));
    QVERIFY2(result.err.trimmed().isEmpty(), qPrintable(result.err.left(4000))); // no warnings

    int papers = 0;
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
        const QString day = name.left(10);
        const CliResult list =
            runCli(data.path(), {QStringLiteral("list"), day, QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QHash<QString, QJsonObject> listed;
        for (const QJsonValue& paper : list.json().array())
            listed.insert(paper[QStringLiteral("id")].toString(), paper.toObject());
        QCOMPARE(listed.size(), entries.size());
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const QString id = entry[QStringLiteral("paper")][QStringLiteral("id")].toString();
            QVERIFY2(listed.contains(id), qPrintable(day + QLatin1Char(' ') + id));
            const QJsonObject paper = listed.value(id);
            QCOMPARE(paper[QStringLiteral("title_ko")].toString(),
                     entry[QStringLiteral("translation_title")].toString());
            QCOMPARE(paper[QStringLiteral("sources")].toArray(),
                     QJsonArray{QStringLiteral("korean_autoflow")});
            const QJsonArray sections = paper[QStringLiteral("sections")].toArray();
            const auto expected = expectedSections(entry);
            QCOMPARE(sections.size(), expected.size());
            for (qsizetype i = 0; i < sections.size(); ++i) {
                QCOMPARE(sections.at(i)[QStringLiteral("name")].toString(), expected.at(i).first);
                QCOMPARE(sections.at(i)[QStringLiteral("markdown")].toString(),
                         expected.at(i).second);
                QCOMPARE(sections.at(i)[QStringLiteral("source")].toString(),
                         QStringLiteral("korean_autoflow"));
            }
            ++papers;
        }
    }
    QCOMPARE(papers, 239);
}

QTEST_GUILESS_MAIN(TestAutoflowImport)
#include "TestAutoflowImport.moc"
