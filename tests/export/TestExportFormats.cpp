// The citation formats: BibTeX read by Debian's bibtool without a warning (braces, TeX
// specials, Korean), RIS read back by a small reader of our own, RFC 4180 CSV read back with
// every hostile formula of tests/data/export/csv neutralised, Markdown escaping checked by
// Qt's CommonMark reader, and the year and month an arXiv id carries.
#include "export/BibTex.h"
#include "export/ExportEntry.h"
#include "export/PlainFormats.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::exporting;

namespace {

ExportEntry entry(const QString& id, const QString& title, const QStringList& authors)
{
    core::Paper paper;
    paper.id = *core::ArxivId::parse(id);
    paper.title = title;
    paper.authors = authors;
    paper.date = QDate(2024, 3, 5);
    paper.abstract = QStringLiteral("Line one, \"quoted\";\nline two.");
    return ExportEntry::fromPaper(paper);
}

ExportEntries trickyEntries()
{
    ExportEntries entries{
        entry(QStringLiteral("2403.01234"), QStringLiteral("{Braced} and unbalanced { brace"),
              {QStringLiteral("Ada Lovelace"), QStringLiteral("Research and Development Team")}),
        entry(QStringLiteral("2403.01235"), QStringLiteral("100% of $x_1$ & #tags ~ ^ \\ \"q\""),
              {QStringLiteral("O'Brien, Pat")}),
        entry(QStringLiteral("2403.01236"),
              QStringLiteral("증류 모델: 한국어 제목 } with a closing brace"),
              {QStringLiteral("김철수"), QStringLiteral("이영희")}),
        entry(QStringLiteral("hep-th/9901001"), QStringLiteral("An old_style paper"), {}),
    };
    entries[2].koreanTitle = QStringLiteral("증류 모델");
    entries[2].primaryClass = QStringLiteral("cs.CL");
    return entries;
}

// RIS records as tag -> values, read the way a reference manager reads them.
QList<QMultiHash<QString, QString>> readRis(const QString& text)
{
    QList<QMultiHash<QString, QString>> records;
    QMultiHash<QString, QString> current;
    static const QRegularExpression line(QStringLiteral("^([A-Z][A-Z0-9])  - ?(.*)$"));
    for (const QString& raw : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const auto match = line.match(raw);
        if (!match.hasMatch()) {
            qWarning("not a RIS line: %s", qPrintable(raw));
            return {};
        }
        if (match.captured(1) == QLatin1String("ER")) {
            records.append(current);
            current.clear();
        } else {
            current.insert(match.captured(1), match.captured(2));
        }
    }
    return records;
}

// RFC 4180, the reader side: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> readCsv(const QString& text)
{
    const auto next = [&text](qsizetype i) {
        return i + 1 < text.size() ? text.at(i + 1) : QChar();
    };
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && next(i) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && next(i) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// What a spreadsheet would run as a formula (OWASP's list of first characters).
bool startsLikeAFormula(const QString& cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

QJsonObject fixture(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestExportFormats final : public QObject
{
    Q_OBJECT

private slots:
    void yearAndMonthFromTheId();
    void bibTexFields();
    void bibToolReadsItWithoutWarning();
    void risReadsBack();
    void risValuesStayOnOneLine();
    void csvReadsBack();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void csvKeepsOurValuesAsTheyAre();
    void markdownIsEscaped();
    void markdownKoreanLineStartsNoBlock();
    void formatNames();
};

void TestExportFormats::yearAndMonthFromTheId()
{
    const auto month = idMonth(*core::ArxivId::parse(QStringLiteral("2311.10122")));
    QVERIFY(month);
    QCOMPARE(month->year, 2023);
    QCOMPARE(month->month, 11);
    const auto old = idMonth(*core::ArxivId::parse(QStringLiteral("hep-th/9901001")));
    QCOMPARE(old->year, 1999);
    QCOMPARE(old->month, 1);
    QCOMPARE(idMonth(*core::ArxivId::parse(QStringLiteral("math/0611800")))->year, 2006);
}

void TestExportFormats::bibTexFields()
{
    const ExportEntries entries = trickyEntries();
    const QString first = bibTexEntry(entries.at(0));
    QVERIFY2(first.startsWith(QStringLiteral("@misc{arXiv:2403.01234,\n")), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("  eprint = {2403.01234},\n")));
    QVERIFY(first.contains(QStringLiteral("  archivePrefix = {arXiv},\n")));
    QVERIFY(first.contains(QStringLiteral("  year = {2024},\n  month = mar,\n")));
    QVERIFY(first.contains(QStringLiteral("  url = {https://arxiv.org/abs/2403.01234}")));
    QVERIFY(!first.contains(QLatin1String("primaryClass")));
    // " and " inside one author's name must not split it.
    QVERIFY2(first.contains(
                 QStringLiteral("author = {Ada Lovelace and {Research and Development Team}}")),
             qPrintable(first));
    QVERIFY(first.contains(QStringLiteral(
        "title = {\\textbraceleft{}Braced\\textbraceright{} and unbalanced \\textbraceleft{} "
        "brace}")));
    const QString second = bibTexEntry(entries.at(1));
    QVERIFY2(second.contains(
                 QStringLiteral("title = {100\\% of \\$x\\_1\\$ \\& \\#tags \\textasciitilde{} "
                                "\\textasciicircum{} \\textbackslash{} {\"}q{\"}}")),
             qPrintable(second));
    QVERIFY(bibTexEntry(entries.at(2)).contains(QStringLiteral("  primaryClass = {cs.CL},\n")));
    QVERIFY(bibTexEntry(entries.at(2)).contains(QStringLiteral("author = {김철수 and 이영희}")));
    QVERIFY(bibTexEntry(entries.at(3)).contains(QStringLiteral("year = {1999}")));
}

void TestExportFormats::bibToolReadsItWithoutWarning()
{
    const QString bibtool = QStandardPaths::findExecutable(QStringLiteral("bibtool"));
    if (bibtool.isEmpty())
        QFAIL("bibtool is missing: packaging/install-deps.sh --test installs it");
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.bib"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bibTex(trickyEntries()).toUtf8());
    file.close();
    QProcess process;
    process.start(bibtool, {QStringLiteral("-o"), dir.filePath(QStringLiteral("out.bib")), input});
    QVERIFY(process.waitForFinished(30000));
    const QString messages = QString::fromUtf8(process.readAllStandardError()) +
                             QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(messages.isEmpty(), qPrintable(messages));
    QFile out(dir.filePath(QStringLiteral("out.bib")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(out.readAll());
    // bibtool rewrote every entry, keys and the Korean text intact.
    QCOMPARE(written.count(QStringLiteral("@Misc{"), Qt::CaseInsensitive), 4);
    QVERIFY2(written.contains(QStringLiteral("arXiv:2403.01236"), Qt::CaseInsensitive),
             qPrintable(written));
    QVERIFY(written.contains(QStringLiteral("증류 모델: 한국어 제목")));
}

void TestExportFormats::risReadsBack()
{
    const ExportEntries entries = trickyEntries();
    const auto records = readRis(ris(entries));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).value(QStringLiteral("TY")), QStringLiteral("UNPB"));
    QCOMPARE(records.at(0).value(QStringLiteral("TI")), entries.at(0).paper.title);
    QStringList authors = records.at(0).values(QStringLiteral("AU"));
    std::reverse(authors.begin(), authors.end()); // QMultiHash hands back the newest first
    QCOMPARE(authors, entries.at(0).paper.authors);
    QCOMPARE(records.at(0).value(QStringLiteral("PY")), QStringLiteral("2024"));
    QCOMPARE(records.at(0).value(QStringLiteral("DA")), QStringLiteral("2024/03/05/"));
    QCOMPARE(records.at(0).value(QStringLiteral("UR")),
             QStringLiteral("https://arxiv.org/abs/2403.01234"));
    QCOMPARE(records.at(0).value(QStringLiteral("DO")),
             QStringLiteral("10.48550/arXiv.2403.01234"));
    // A value never spans lines: the abstract's line break became a space.
    QCOMPARE(records.at(0).value(QStringLiteral("AB")),
             QStringLiteral("Line one, \"quoted\"; line two."));
    QCOMPARE(records.at(2).value(QStringLiteral("T2")), QStringLiteral("증류 모델"));
    QVERIFY(!records.at(3).contains(QStringLiteral("AU")));
}

// A value that tries to end its record and start another, with every kind of line break a
// reference manager might split on (CR, LF, VT, FF, NEL, the Unicode line and paragraph
// separators): still one record, each value on its own line.
void TestExportFormats::risValuesStayOnOneLine()
{
    const QString breaks = QStringLiteral("\r\n\v\f") + QChar(0x85) + QChar(0x2028) + QChar(0x2029);
    ExportEntries entries{
        entry(QStringLiteral("2403.01234"),
              QStringLiteral("Title\r\nER  - \r\nTY  - JOUR\nTI  - Forged") + breaks,
              {QStringLiteral("A\nAU  - Forged Author")})};
    entries[0].koreanTitle = QStringLiteral("제목") + breaks + QStringLiteral("ER  - ");
    const QString text = ris(entries);
    const auto records = readRis(text);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).values(QStringLiteral("TY")), QStringList{QStringLiteral("UNPB")});
    QCOMPARE(records.at(0).values(QStringLiteral("AU")).size(), 1);
    QCOMPARE(records.at(0).values(QStringLiteral("TI")).size(), 1);
    QCOMPARE(text.count(QLatin1Char('\n')), text.count(QStringLiteral("\r\n")));
    QCOMPARE(text.count(QLatin1Char('\r')), text.count(QStringLiteral("\r\n")));
    for (const QChar c : breaks.mid(2))
        QVERIFY2(!text.contains(c), qPrintable(QString::number(c.unicode(), 16)));
}

void TestExportFormats::csvReadsBack()
{
    const ExportEntries entries = trickyEntries();
    const auto rows = readCsv(csv(entries));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0),
             (QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_ko"),
                          QStringLiteral("authors"), QStringLiteral("date"), QStringLiteral("url"),
                          QStringLiteral("abstract")}));
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(rows.at(i + 1).size(), 7);
        QCOMPARE(rows.at(i + 1).at(0), entries.at(i).paper.id.id());
        QCOMPARE(rows.at(i + 1).at(1), entries.at(i).paper.title);
        QCOMPARE(rows.at(i + 1).at(6), entries.at(i).paper.abstract); // with its line break
    }
    QCOMPARE(rows.at(2).at(3), QStringLiteral("O'Brien, Pat"));
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csvField(QStringLiteral("a \"b\"")), QStringLiteral("\"a \"\"b\"\"\""));
}

void TestExportFormats::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/export/csv"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 7);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// Each fixture puts one hostile value into one content field; the cell a spreadsheet reads
// must be the value behind a ', and the file must hold it quoted exactly as the fixture says.
void TestExportFormats::csvNeutralisesFormulas()
{
    QFETCH(QString, path);
    const QJsonObject json = fixture(path);
    const QString field = json[QStringLiteral("field")].toString();
    const QJsonValue value = json[QStringLiteral("value")];
    ExportEntry hostile =
        entry(QStringLiteral("2403.01234"), QStringLiteral("A title"), {QStringLiteral("A")});
    if (field == QLatin1String("title"))
        hostile.paper.title = value.toString();
    else if (field == QLatin1String("title_ko"))
        hostile.koreanTitle = value.toString();
    else if (field == QLatin1String("abstract"))
        hostile.paper.abstract = value.toString();
    else if (field == QLatin1String("authors"))
        hostile.paper.authors = value.toVariant().toStringList();
    else
        QFAIL(qPrintable(QStringLiteral("unknown field ") + field));

    const QString text = csv({hostile});
    const auto rows = readCsv(text);
    QCOMPARE(rows.size(), 2);
    const qsizetype column = rows.at(0).indexOf(field);
    QVERIFY(column > 0);
    QCOMPARE(rows.at(1).size(), rows.at(0).size());
    QCOMPARE(rows.at(1).at(column), json[QStringLiteral("cell")].toString());
    const QString after =
        column == rows.at(0).size() - 1 ? QStringLiteral("\r\n") : QStringLiteral(",");
    QVERIFY2(text.contains(QLatin1Char(',') + json[QStringLiteral("raw")].toString() + after),
             qPrintable(text));
    for (const QString& cell : rows.at(1))
        QVERIFY2(!startsLikeAFormula(cell), qPrintable(cell));
}

void TestExportFormats::csvKeepsOurValuesAsTheyAre()
{
    // Numbers and values we make stay what they are: a negative number is not content text.
    QCOMPARE(csvField(QStringLiteral("-3")), QStringLiteral("-3"));
    QCOMPARE(csvField(QStringLiteral("42")), QStringLiteral("42"));
    QCOMPARE(csvTextField(QStringLiteral("-3")), QStringLiteral("\"'-3\""));
    QCOMPARE(csvTextField(QStringLiteral("Plain, with a comma")),
             QStringLiteral("\"Plain, with a comma\""));
    QCOMPARE(csvTextField(QString()), QString());
    const auto rows = readCsv(csv(
        {entry(QStringLiteral("hep-th/9901001"), QStringLiteral("Old"), {QStringLiteral("A")})}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("hep-th/9901001"));
    QCOMPARE(rows.at(1).at(4), QStringLiteral("2024-03-05"));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("https://arxiv.org/abs/hep-th/9901001"));
}

void TestExportFormats::markdownIsEscaped()
{
    ExportEntries entries{entry(QStringLiteral("2403.01234"),
                                QStringLiteral("*Bold* [link](http://x) <b>html</b> _u_"),
                                {QStringLiteral("A_B")})};
    const QString text = markdown(entries);
    QCOMPARE(text, QStringLiteral("- [\\*Bold\\* \\[link\\](http://x) \\<b\\>html\\</b\\> \\_u\\_]"
                                  "(https://arxiv.org/abs/2403.01234) — A\\_B (2024-03-05)\n"));
}

// The Korean title stands on a line of its own: whatever it starts with, Qt's CommonMark
// reader (md4c) must see one list of one item per paper, no heading and no nested list.
void TestExportFormats::markdownKoreanLineStartsNoBlock()
{
    const QStringList koreanTitles{
        QStringLiteral("==="),        QStringLiteral("---"),       QStringLiteral("- 목록"),
        QStringLiteral("+ 더하기"),   QStringLiteral("1. 첫째"),   QStringLiteral("2024) 연도"),
        QStringLiteral("* 별"),       QStringLiteral("# 제목"),    QStringLiteral("> 인용"),
        QStringLiteral("```"),        QStringLiteral("<div>"),     QStringLiteral("- - -"),
        QStringLiteral("[x]: /evil"), QStringLiteral("| a | b |"), QStringLiteral("평범한 제목")};
    ExportEntries entries;
    for (int i = 0; i < koreanTitles.size(); ++i) {
        entries.append(entry(QStringLiteral("2403.%1").arg(10000 + i), QStringLiteral("Title"),
                             {QStringLiteral("A")}));
        entries.last().koreanTitle = koreanTitles.at(i);
    }
    const QString text = markdown(entries);
    QCOMPARE(text.count(QLatin1Char('\n')), 2 * entries.size());
    QTextDocument document;
    document.setMarkdown(text);
    QList<QTextBlock> items;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QVERIFY2(block.blockFormat().headingLevel() == 0, qPrintable(block.text()));
        if (!block.text().isEmpty())
            items.append(block);
    }
    QCOMPARE(items.size(), entries.size());
    for (int i = 0; i < items.size(); ++i) {
        const QTextBlock& item = items.at(i);
        QVERIFY2(item.textList(), qPrintable(item.text()));
        QCOMPARE(item.textList(), items.first().textList());
        QCOMPARE(item.textList()->format().indent(), 1);
        QVERIFY2(item.text().endsWith(koreanTitles.at(i)), qPrintable(item.text()));
    }
}

void TestExportFormats::formatNames()
{
    QCOMPARE(formatFromName(QStringLiteral("BibTeX")), std::optional<Format>(Format::BibTex));
    QCOMPARE(formatFromName(QStringLiteral("md")), std::optional<Format>(Format::Markdown));
    QVERIFY(!formatFromName(QStringLiteral("docx")));
}

QTEST_MAIN(TestExportFormats) // QTextDocument wants a QGuiApplication
#include "TestExportFormats.moc"
