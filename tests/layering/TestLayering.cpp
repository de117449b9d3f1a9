// Enforces the include rules of docs/architecture.md over every source file of app/ and ui/:
// the table there is the one statement of the allowed directions, and this test reads it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Rule
{
    QStringList folders;   // project folders it may include ("core", "ui", ...)
    QStringList qtModules; // "Core", "Widgets", ...
};

// The rows of the table under the heading `section` of a markdown file: the first cell's
// `name` to the next two cells.
QHash<QString, QStringList> readTable(const QString& markdownPath, const QString& section,
                                      QString* error)
{
    QFile file(markdownPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(markdownPath);
        return {};
    }
    QHash<QString, QStringList> rows;
    bool inSection = false;
    static const QRegularExpression row(
        QStringLiteral(R"(^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|?)"));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            inSection = line.trimmed() == section;
        const QRegularExpressionMatch match = row.match(line);
        if (inSection && match.hasMatch())
            rows.insert(match.captured(1), {match.captured(2), match.captured(3)});
    }
    if (rows.isEmpty())
        *error = QStringLiteral("no table under \"%1\" in %2").arg(section, markdownPath);
    return rows;
}

// Row key ("app/core", "app/main.cpp", "ui/list", "app/store/db") to its rule, read from the
// "## Include rules" table.
QHash<QString, Rule> readRules(const QString& markdownPath, QString* error)
{
    const auto split = [](const QString& cell) {
        QStringList items = cell.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& item : items)
            item = item.trimmed();
        return items;
    };
    QHash<QString, Rule> rules;
    const QHash<QString, QStringList> rows =
        readTable(markdownPath, QStringLiteral("## Include rules"), error);
    for (auto row = rows.cbegin(); row != rows.cend(); ++row)
        rules.insert(row.key(), Rule{split(row.value().value(0)), split(row.value().value(1))});
    return rules;
}

// Qt header name ("QWidget", "QtWidgets/QWidget") to its module ("Widgets"), from Qt's own
// include folders, so the test needs no list of its own.
QHash<QString, QString> qtHeaderModules()
{
    QHash<QString, QString> modules;
    const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath));
    for (const QString& dir : headers.entryList({QStringLiteral("Qt*")}, QDir::Dirs)) {
        const QString module = dir.mid(2);
        for (const QString& header : QDir(headers.filePath(dir)).entryList(QDir::Files)) {
            modules.insert(header, module);
            modules.insert(dir + QLatin1Char('/') + header, module);
        }
    }
    return modules;
}

// The row that governs a file (relative to the root): the row of the deepest folder holding it
// that has one ("app/store/db" for app/store/db/Connection.cpp). When none has, the file's own
// folder, which has no rule then.
QString ruleKeyFor(const QString& relativePath, const QHash<QString, Rule>& rules)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() == 2)
        return relativePath; // a file directly in app/, e.g. app/main.cpp
    for (qsizetype depth = parts.size() - 1; depth >= 2; --depth) {
        const QString folder = parts.mid(0, depth).join(QLatin1Char('/'));
        if (rules.contains(folder))
            return folder;
    }
    return parts.mid(0, parts.size() - 1).join(QLatin1Char('/'));
}

// Whether an include of a header in `folder` ("store/db", "ui/list", "core") is allowed by a rule
// listing `allowed`: a listed folder allows itself and every folder under it.
bool allows(const QStringList& allowed, const QString& folder)
{
    return std::any_of(allowed.cbegin(), allowed.cend(), [&folder](const QString& entry) {
        return folder == entry || folder.startsWith(entry + QLatin1Char('/'));
    });
}

// The project files under root/app and root/ui that include <sqlite3.h>, relative to the root.
QStringList filesIncludingSqlite(const QString& root)
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*<sqlite3\.h>)"),
                                            QRegularExpression::MultilineOption);
    QStringList found;
    const QDir rootDir(root);
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(rootDir.filePath(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) &&
                include.match(QString::fromUtf8(file.readAll())).hasMatch())
                found.append(rootDir.relativeFilePath(file.fileName()));
        }
    }
    found.sort();
    return found;
}

// Every violation as "path:line: what", over the .h/.cpp files of root/app and root/ui.
QStringList checkTree(const QString& root, const QHash<QString, Rule>& rules,
                      const QHash<QString, QString>& qtModules)
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QStringList violations;
    const QDir rootDir(root);
    QStringList files;
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(rootDir.filePath(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(rootDir.relativeFilePath(it.next()));
    }
    files.sort();
    for (const QString& path : files) {
        const QString key = ruleKeyFor(path, rules);
        if (!rules.contains(key)) {
            violations.append(QStringLiteral("%1:1: no include rule for '%2' in "
                                             "docs/architecture.md")
                                  .arg(path, key));
            continue;
        }
        const Rule& rule = rules[key];
        QFile file(rootDir.filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            violations.append(QStringLiteral("%1:1: cannot read").arg(path));
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch match = include.match(lines[i]);
            if (!match.hasMatch())
                continue;
            const QString where = QStringLiteral("%1:%2: ").arg(path).arg(i + 1);
            const QString target = match.captured(2);
            if (match.captured(1) == QLatin1String("<")) {
                const QString module = qtModules.value(target);
                if (!module.isEmpty() && !rule.qtModules.contains(module))
                    violations.append(where + QStringLiteral("<%1> is from Qt%2, which %3 may "
                                                             "not use")
                                                  .arg(target, module, key));
                continue;
            }
            if (target.endsWith(QLatin1String(".moc")))
                continue;
            const QStringList parts = target.split(QLatin1Char('/'));
            if (parts.size() < 2) {
                violations.append(where +
                                  QStringLiteral("\"%1\" does not name its folder").arg(target));
                continue;
            }
            // The header's folder, "ui/list" or "store/db": a row may allow it or one above it.
            const QString folder = parts.mid(0, parts.size() - 1).join(QLatin1Char('/'));
            if (!allows(rule.folders, folder))
                violations.append(where +
                                  QStringLiteral("%1 may not include \"%2\" (allowed: %3)")
                                      .arg(key, target, rule.folders.join(QStringLiteral(", "))));
        }
    }
    return violations;
}

} // namespace

class TestLayering final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Rule> m_rules;
    QHash<QString, QString> m_qtModules;

    static void writeFile(const QString& path, const QByteArray& contents)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_rules = readRules(QStringLiteral(PAPERBOY_SOURCE_DIR "/docs/architecture.md"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_rules.contains(QStringLiteral("app/core")));
        QVERIFY(m_rules.contains(QStringLiteral("ui/window")));
        m_qtModules = qtHeaderModules();
        QCOMPARE(m_qtModules.value(QStringLiteral("QWidget")), QStringLiteral("Widgets"));
        QCOMPARE(m_qtModules.value(QStringLiteral("QtCore/QString")), QStringLiteral("Core"));
    }

    void theTreeFollowsTheRules()
    {
        const QStringList violations =
            checkTree(QStringLiteral(PAPERBOY_SOURCE_DIR), m_rules, m_qtModules);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    // Qt's driver is the one way to talk to SQLite; the few files that need SQLite's own API are
    // listed in docs/architecture.md with the reason, and the list is kept true both ways.
    void sqliteApiOnlyWhereListed()
    {
        QString error;
        const QHash<QString, QStringList> rows =
            readTable(QStringLiteral(PAPERBOY_SOURCE_DIR "/docs/architecture.md"),
                      QStringLiteral("## SQLite's own API"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList listed = rows.keys();
        listed.sort();
        for (const QString& file : std::as_const(listed))
            QVERIFY2(!rows[file].value(0).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 gives no reason").arg(file)));
        const QStringList including = filesIncludingSqlite(QStringLiteral(PAPERBOY_SOURCE_DIR));
        QStringList wrong;
        for (const QString& file : including)
            if (!listed.contains(file))
                wrong.append(file + QStringLiteral(" includes <sqlite3.h> but is not listed"));
        for (const QString& file : std::as_const(listed))
            if (!including.contains(file))
                wrong.append(file + QStringLiteral(" is listed but does not include <sqlite3.h>"));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(!including.isEmpty()); // the scan itself found the files it should
    }

    // The checker itself: each kind of violation in a small tree, reported with file and line.
    void eachViolationIsNamed()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        writeFile(root.filePath(QStringLiteral("app/sync/Engine.cpp")),
                  "#include \"sync/Engine.h\"\n#include \"store/CacheReader.h\"\n"
                  "\n#include \"cli/Cli.h\"\n#include \"store/db/Connection.h\"\n");
        writeFile(root.filePath(QStringLiteral("app/store/Reader.cpp")),
                  "#include <QString>\n#include <QWidget>\n#include \"Reader.h\"\n");
        writeFile(root.filePath(QStringLiteral("app/newthing/Thing.cpp")), "#include <QString>\n");
        // A subfolder follows its own row; a folder without one (app/shelf/loose) its parent's.
        writeFile(root.filePath(QStringLiteral("app/shelf/fts/Rank.cpp")),
                  "#include \"shelf/fts/Rank.h\"\n#include \"shelf/user/Notes.h\"\n");
        writeFile(root.filePath(QStringLiteral("app/shelf/loose/Item.cpp")),
                  "#include \"shelf/user/Notes.h\"\n#include \"shelf/fts/Rank.h\"\n");
        // Rows for subfolders only: a file beside them has no rule.
        writeFile(root.filePath(QStringLiteral("app/crate/Loose.cpp")), "#include <QString>\n");
        writeFile(root.filePath(QStringLiteral("app/crate/db/Row.cpp")), "#include <QString>\n");
        writeFile(
            root.filePath(QStringLiteral("ui/list/Pane.cpp")),
            "#include \"ui/list/Pane.h\"\n#include <QtWidgets/QWidget>\n#include \"cli/Cli.h\"\n"
            "#include \"ui/window/MainWindow.h\"\n");
        const QHash<QString, Rule> rules{
            {QStringLiteral("app/store"), {{QStringLiteral("store")}, {QStringLiteral("Core")}}},
            {QStringLiteral("app/sync"),
             {{QStringLiteral("store"), QStringLiteral("sync")}, {QStringLiteral("Core")}}},
            {QStringLiteral("app/shelf"), {{QStringLiteral("shelf/user")}, {}}},
            {QStringLiteral("app/crate/db"),
             {{QStringLiteral("crate/db")}, {QStringLiteral("Core")}}},
            {QStringLiteral("app/shelf/fts"), {{QStringLiteral("shelf/fts")}, {}}},
            {QStringLiteral("ui/list"),
             {{QStringLiteral("store"), QStringLiteral("ui/list")},
              {QStringLiteral("Core"), QStringLiteral("Widgets")}}},
        };
        const QStringList violations = checkTree(root.path(), rules, m_qtModules);
        const QStringList expected{
            QStringLiteral("app/crate/Loose.cpp:1: no include rule for 'app/crate' in "
                           "docs/architecture.md"),
            QStringLiteral("app/newthing/Thing.cpp:1: no include rule for 'app/newthing' in "
                           "docs/architecture.md"),
            QStringLiteral("app/shelf/fts/Rank.cpp:2: app/shelf/fts may not include "
                           "\"shelf/user/Notes.h\" (allowed: shelf/fts)"),
            QStringLiteral("app/shelf/loose/Item.cpp:2: app/shelf may not include "
                           "\"shelf/fts/Rank.h\" (allowed: shelf/user)"),
            QStringLiteral("app/store/Reader.cpp:2: <QWidget> is from QtWidgets, which app/store "
                           "may not use"),
            QStringLiteral("app/store/Reader.cpp:3: \"Reader.h\" does not name its folder"),
            QStringLiteral("app/sync/Engine.cpp:4: app/sync may not include \"cli/Cli.h\" "
                           "(allowed: store, sync)"),
            QStringLiteral("ui/list/Pane.cpp:3: ui/list may not include \"cli/Cli.h\" (allowed: "
                           "store, ui/list)"),
            QStringLiteral("ui/list/Pane.cpp:4: ui/list may not include "
                           "\"ui/window/MainWindow.h\" (allowed: store, ui/list)"),
        };
        QCOMPARE(violations, expected);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
