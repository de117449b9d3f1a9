// Enforces the include rules of docs/architecture.md over every source file of app/ and ui/:
// the table there is the one statement of the allowed directions, and this test reads it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Rule
{
    QStringList folders;   // project folders it may include ("core", "ui", ...)
    QStringList qtModules; // "Core", "Widgets", ...
};

// Row key ("app/core", "app/main.cpp", "ui/list") to its rule, read from the "## Include rules"
// table.
QHash<QString, Rule> readRules(const QString& markdownPath, QString* error)
{
    QFile file(markdownPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(markdownPath);
        return {};
    }
    QHash<QString, Rule> rules;
    bool inSection = false;
    const auto split = [](const QString& cell) {
        QStringList items = cell.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& item : items)
            item = item.trimmed();
        return items;
    };
    static const QRegularExpression row(
        QStringLiteral(R"(^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|)"));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            inSection = line.trimmed() == QLatin1String("## Include rules");
        const QRegularExpressionMatch match = row.match(line);
        if (inSection && match.hasMatch())
            rules.insert(match.captured(1),
                         Rule{split(match.captured(2)), split(match.captured(3))});
    }
    if (rules.isEmpty())
        *error = QStringLiteral("no include rules table in %1").arg(markdownPath);
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

// The row that governs a file (relative to the root), or an empty key for files no rule covers.
QString ruleKeyFor(const QString& relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() == 2)
        return relativePath; // a file directly in app/, e.g. app/main.cpp
    return parts.value(0) + QLatin1Char('/') + parts.value(1);
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
        const QString key = ruleKeyFor(path);
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
            // The parts of the window are folders of their own: "ui/list", not "ui".
            const QString folder = parts.constFirst() == QLatin1String("ui")
                                       ? parts.mid(0, 2).join(QLatin1Char('/'))
                                       : parts.constFirst();
            if (!rule.folders.contains(folder))
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

    // The checker itself: each kind of violation in a small tree, reported with file and line.
    void eachViolationIsNamed()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        writeFile(root.filePath(QStringLiteral("app/sync/Engine.cpp")),
                  "#include \"sync/Engine.h\"\n#include \"store/CacheReader.h\"\n"
                  "\n#include \"cli/Cli.h\"\n");
        writeFile(root.filePath(QStringLiteral("app/store/Reader.cpp")),
                  "#include <QString>\n#include <QWidget>\n#include \"Reader.h\"\n");
        writeFile(root.filePath(QStringLiteral("app/newthing/Thing.cpp")), "#include <QString>\n");
        writeFile(
            root.filePath(QStringLiteral("ui/list/Pane.cpp")),
            "#include \"ui/list/Pane.h\"\n#include <QtWidgets/QWidget>\n#include \"cli/Cli.h\"\n"
            "#include \"ui/window/MainWindow.h\"\n");
        const QHash<QString, Rule> rules{
            {QStringLiteral("app/store"), {{QStringLiteral("store")}, {QStringLiteral("Core")}}},
            {QStringLiteral("app/sync"),
             {{QStringLiteral("store"), QStringLiteral("sync")}, {QStringLiteral("Core")}}},
            {QStringLiteral("ui/list"),
             {{QStringLiteral("store"), QStringLiteral("ui/list")},
              {QStringLiteral("Core"), QStringLiteral("Widgets")}}},
        };
        const QStringList violations = checkTree(root.path(), rules, m_qtModules);
        const QStringList expected{
            QStringLiteral("app/newthing/Thing.cpp:1: no include rule for 'app/newthing' in "
                           "docs/architecture.md"),
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
