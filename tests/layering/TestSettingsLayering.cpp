// Settings have one home (docs/architecture.md, "Settings"): over every source file of app/ and
// ui/, QSettings and core::settingsFile() are named only by the settings layer of app/core,
// and a settings key (a "group/name" of a group the table uses) is written only in the
// table, app/core/SettingsKeys.h.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString tablePath = QStringLiteral("app/core/SettingsKeys.h");

// The files that open the settings file or read and write it for everyone else.
bool isSettingsLayer(const QString& relativePath)
{
    static const QSet<QString> layer{
        QStringLiteral("app/core/Settings.h"), QStringLiteral("app/core/Settings.cpp"),
        QStringLiteral("app/core/SettingsFile.h"), QStringLiteral("app/core/SettingsFile.cpp")};
    return layer.contains(relativePath);
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The key names declared in the table: the first string of each `...Key<T> name{"group/name"`.
QStringList tableKeys(const QString& root)
{
    static const QRegularExpression declaration(
        QStringLiteral("Key<[^>]+>\\s+\\w+\\{\\s*\"([^\"]+)\""));
    QStringList keys;
    const QString text = readText(QDir(root).filePath(tablePath));
    for (auto it = declaration.globalMatch(text); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

// Every violation as "path:line: what", over the .h/.cpp files of root/app and root/ui.
QStringList checkTree(const QString& root)
{
    const QStringList keys = tableKeys(root);
    if (keys.isEmpty())
        return {QStringLiteral("%1:1: no settings keys found").arg(tablePath)};
    QSet<QString> groups;
    for (const QString& key : keys)
        groups.insert(key.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/'));

    // Naming either is opening the file behind the table's back.
    static const QRegularExpression opener(QStringLiteral("\\b(QSettings|settingsFile)\\b"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    // The form of a key (TestSettings holds the table to it): project headers are not keys.
    static const QRegularExpression keyForm(QStringLiteral("^[a-z]+/[a-z][A-Za-z]*$"));
    const QDir rootDir(root);
    QStringList files;
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(rootDir.filePath(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(rootDir.relativeFilePath(it.next()));
    }
    files.sort();
    QStringList violations;
    for (const QString& path : files) {
        if (path == tablePath)
            continue;
        const bool layer = isSettingsLayer(path);
        const QStringList lines = readText(rootDir.filePath(path)).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString where = QStringLiteral("%1:%2: ").arg(path).arg(i + 1);
            const QRegularExpressionMatch opens = opener.match(lines[i]);
            if (!layer && opens.hasMatch())
                violations.append(where + QStringLiteral("%1 outside the settings layer (read and "
                                                         "write through core::Settings)")
                                              .arg(opens.captured(1)));
            for (auto it = literal.globalMatch(lines[i]); it.hasNext();) {
                const QString text = it.next().captured(1);
                const QString group = text.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
                if (keyForm.match(text).hasMatch() && groups.contains(group))
                    violations.append(
                        where +
                        QStringLiteral("settings key \"%1\" outside %2").arg(text, tablePath));
            }
        }
    }
    return violations;
}

} // namespace

class TestSettingsLayering final : public QObject
{
    Q_OBJECT

private:
    static void writeFile(const QString& path, const QByteArray& contents)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private slots:
    void theTableHasTheKeys()
    {
        const QStringList keys = tableKeys(QStringLiteral(PAPERBOY_SOURCE_DIR));
        QVERIFY(keys.contains(QStringLiteral("window/geometry")));
        QVERIFY(keys.contains(QStringLiteral("summaries/endpoint")));
    }

    void theTreeKeepsSettingsInOnePlace()
    {
        const QStringList violations = checkTree(QStringLiteral(PAPERBOY_SOURCE_DIR));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    // The checker itself, on a small tree: each kind of violation is named with file and line,
    // and what the layer and the table may do passes.
    void eachViolationIsNamed()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        writeFile(
            root.filePath(tablePath),
            "inline const PreferenceKey<int> pdfMaxMb{\"pdf/maxMb\", 100};\n"
            "inline const SessionKey<QByteArray> windowGeometry{\n    \"window/geometry\", {}};\n");
        writeFile(root.filePath(QStringLiteral("app/core/Settings.cpp")),
                  "#include <QSettings>\nQSettings file;\n");
        writeFile(root.filePath(QStringLiteral("app/pdf/PdfSettings.cpp")),
                  "#include \"core/Settings.h\"\n"
                  "int maxMb() { return core::Settings().read(core::preference::pdfMaxMb); }\n"
                  "QString url = QStringLiteral(\"/pdf/\") + id; // not a key: no group before /\n"
                  "int old = QSettings().value(QStringLiteral(\"pdf/maxMb\")).toInt();\n"
                  "auto file = core::settingsFile();\n");
        writeFile(root.filePath(QStringLiteral("ui/list/Pane.cpp")),
                  "#include <QSettings>\n// keeps \"window/splitterSizes\" too\n");
        const QStringList expected{
            QStringLiteral("app/pdf/PdfSettings.cpp:4: QSettings outside the settings layer (read "
                           "and write through core::Settings)"),
            QStringLiteral("app/pdf/PdfSettings.cpp:4: settings key \"pdf/maxMb\" outside "
                           "app/core/SettingsKeys.h"),
            QStringLiteral("app/pdf/PdfSettings.cpp:5: settingsFile outside the settings layer "
                           "(read and write through core::Settings)"),
            QStringLiteral("ui/list/Pane.cpp:1: QSettings outside the settings layer (read and "
                           "write through core::Settings)"),
            QStringLiteral("ui/list/Pane.cpp:2: settings key \"window/splitterSizes\" outside "
                           "app/core/SettingsKeys.h"),
        };
        QCOMPARE(checkTree(root.path()), expected);
    }
};

QTEST_GUILESS_MAIN(TestSettingsLayering)
#include "TestSettingsLayering.moc"
