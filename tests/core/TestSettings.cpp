// The settings table (core/SettingsKeys.h) and its typed access (core/Settings.h), over a
// settings file of the test's own (XDG_CONFIG_HOME in a temporary folder, set before Qt starts).
#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy::core;

namespace {

// The file core::settingsFile() opens, written and cleared behind the typed layer's back.
QSettings rawFile()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Paperboy"),
                     QStringLiteral("Paperboy"));
}

template <typename T, SettingScope Scope> bool readsDefault(const SettingKey<T, Scope>& key)
{
    return Settings().read(key) == key.defaultValue;
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init() { rawFile().clear(); }

    void everyKeyIsInTheTableOnce()
    {
        const QList<SettingInfo> table = allSettings();
        QSet<QString> names;
        static const QRegularExpression form(QStringLiteral("^[a-z]+/[a-z][A-Za-z]*$"));
        for (const SettingInfo& setting : table) {
            QVERIFY2(!names.contains(setting.name), qPrintable(setting.name));
            names.insert(setting.name);
            QVERIFY2(form.match(setting.name).hasMatch(), qPrintable(setting.name));
            QVERIFY2(setting.type.isValid(), qPrintable(setting.name));
            QCOMPARE(setting.defaultValue.metaType(), setting.type);
        }
        // allSettings() lists what SettingsKeys.h declares: a key declared but not listed would
        // escape these checks.
        QFile header(QStringLiteral(PAPERBOY_SOURCE_DIR "/app/core/SettingsKeys.h"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        static const QRegularExpression declaration(
            QStringLiteral("(Preference|Session)Key<[^>]+>\\s+\\w+\\{\\s*\"([^\"]+)\""));
        QSet<QString> declared;
        for (auto it = declaration.globalMatch(QString::fromUtf8(header.readAll())); it.hasNext();)
            declared.insert(it.next().captured(2));
        QCOMPARE(declared, names);
    }

    // Preferences and session state never share a group of the file, so that one glance at a
    // group ([sync], [window]) tells which kind it holds.
    void scopesKeepApart()
    {
        static_assert(decltype(preference::summaryEndpoint)::scope == SettingScope::Preference);
        static_assert(decltype(session::windowGeometry)::scope == SettingScope::Session);
        QHash<QString, SettingScope> groupScope;
        int preferences = 0;
        int sessionKeys = 0;
        for (const SettingInfo& setting : allSettings()) {
            const QString group = setting.name.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(groupScope.value(group, setting.scope) == setting.scope,
                     qPrintable(setting.name));
            groupScope.insert(group, setting.scope);
            (setting.scope == SettingScope::Preference ? preferences : sessionKeys) += 1;
        }
        QVERIFY(preferences > 0);
        QVERIFY(sessionKeys > 0);
        QCOMPARE(groupScope.value(QStringLiteral("summaries")), SettingScope::Preference);
        QCOMPARE(groupScope.value(QStringLiteral("window")), SettingScope::Session);
        QCOMPARE(groupScope.value(QStringLiteral("trends")), SettingScope::Session);
    }

    void anAbsentKeyReadsAsItsDefault()
    {
        QVERIFY(!Settings().contains(preference::summaryEndpoint));
        QCOMPARE(Settings().read(preference::summaryEndpoint),
                 QStringLiteral("https://api.openai.com/v1"));
        QCOMPARE(Settings().read(preference::thumbnailDiskLimitMb), 512);
        QCOMPARE(Settings().read(preference::syncOnStart), true);
        QCOMPARE(Settings().read(session::trendsQueries),
                 QStringList({QStringLiteral("diffusion"), QStringLiteral("\"world model\"")}));
        QVERIFY(!Settings().read(session::day).isValid());
        QVERIFY(Settings().read(session::windowGeometry).isEmpty());
        QVERIFY(readsDefault(preference::language));
        QVERIFY(readsDefault(session::exportFormat));
        QVERIFY(rawFile().allKeys().isEmpty()); // reading wrote nothing
    }

    void eachTypeRoundTrips()
    {
        const QByteArray geometry("\x01\xd9\x00\xff", 4);
        const QStringList hosts{QStringLiteral("a.example.org")}; // one item: no list on disk
        {
            Settings settings;
            settings.write(preference::summaryModel, QStringLiteral("llama3"));
            settings.write(preference::pdfMaxMb, 7);
            settings.write(preference::summaryDownloadPdf, true);
            settings.write(preference::thumbnailAllowedHosts, hosts);
            settings.write(session::windowGeometry, geometry);
            settings.write(session::trendsFrom, QDate(2025, 2, 28));
        }
        const Settings settings;
        QCOMPARE(settings.read(preference::summaryModel), QStringLiteral("llama3"));
        QCOMPARE(settings.read(preference::pdfMaxMb), 7);
        QCOMPARE(settings.read(preference::summaryDownloadPdf), true);
        QCOMPARE(settings.read(preference::thumbnailAllowedHosts), hosts);
        QCOMPARE(settings.read(session::windowGeometry), geometry);
        QCOMPARE(settings.read(session::trendsFrom), QDate(2025, 2, 28));
        // Days are kept as ISO text, the form reader/day has always had in the file.
        QCOMPARE(rawFile().value(QLatin1String(session::trendsFrom.name)),
                 QVariant(QStringLiteral("2025-02-28")));
        QVERIFY(!settings.contains(preference::pdfBaseUrl)); // only what was written
    }

    void aValueOfTheWrongFormReadsAsTheDefault()
    {
        {
            QSettings file = rawFile();
            file.setValue(QLatin1String(preference::pdfMaxMb.name), QStringLiteral("lots"));
            file.setValue(QLatin1String(session::day.name), QStringLiteral("yesterday"));
        }
        QCOMPARE(Settings().read(preference::pdfMaxMb), 100);
        QVERIFY(!Settings().read(session::day).isValid());
    }

    // tests/data/settings/Paperboy.conf was written by the code before the table (each feature
    // with its own QSettings calls: QDate values for trends, ISO text for reader/day, lists,
    // byte arrays). Every value in it reads back through the table.
    void aFileFromBeforeTheTableReadsBack()
    {
        const QString path = rawFile().fileName();
        QFile::remove(path);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath())); // no setting was written yet
        QVERIFY(
            QFile::copy(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/settings/Paperboy.conf"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(rawFile().allKeys().size(), allSettings().size()); // the fixture sets them all

        const Settings old;
        QCOMPARE(old.read(preference::language), QStringLiteral("ko"));
        QCOMPARE(old.read(preference::theme), QStringLiteral("dark"));
        QCOMPARE(old.read(preference::detailFontPoints), 15);
        QCOMPARE(old.read(preference::syncOnStart), false);
        QCOMPARE(old.read(preference::syncRecentDays), 30);
        QCOMPARE(old.read(preference::syncIntervalMinutes), 0);
        QCOMPARE(old.read(preference::trayIcon), false);
        QCOMPARE(old.read(preference::cacheLimitMb), 2048);
        QCOMPARE(old.read(preference::pdfDownloadBookmarked), false);
        QCOMPARE(old.read(preference::pdfBaseUrl), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(old.read(preference::pdfMaxMb), 250);
        QCOMPARE(old.read(preference::summaryEndpoint),
                 QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(old.read(preference::summaryModel), QStringLiteral("qwen2.5:14b"));
        QCOMPARE(old.read(preference::summaryConcurrency), 3);
        QCOMPARE(old.read(preference::summaryUsePdfText), false);
        QCOMPARE(old.read(preference::summaryDownloadPdf), true);
        QCOMPARE(old.read(preference::summaryPdfTokenBudget), 12000);
        QCOMPARE(old.read(preference::summaryTimeoutSeconds), 600);
        QCOMPARE(old.read(preference::summariesAfterSync), true);
        QCOMPARE(
            old.read(preference::thumbnailAllowedHosts),
            QStringList({QStringLiteral("images.example.org"), QStringLiteral("cdn.example.com")}));
        QCOMPARE(old.read(preference::thumbnailPrefetchAfterSync), false);
        QCOMPARE(old.read(preference::thumbnailDiskLimitMb), 1024);

        QCOMPARE(old.read(session::windowGeometry), QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6));
        QCOMPARE(old.read(session::windowState), QByteArray("\x00\x00\x00\xff", 4));
        QCOMPARE(old.read(session::splitterState), QByteArray("\x00\x00\x00\x0a\x01", 5));
        QCOMPARE(old.read(session::navigatorTab), 3);
        QCOMPARE(old.read(session::calendarHeight), 240);
        QCOMPARE(old.read(session::day), QDate(2024, 3, 5));
        QCOMPARE(old.read(session::paperId), QStringLiteral("2403.01234"));
        QCOMPARE(old.read(session::latestDayAtExit), QDate(2024, 3, 7));
        QCOMPARE(old.read(session::sortMode), 2);
        QCOMPARE(old.read(session::koreanTitles), true);
        QCOMPARE(old.read(session::searchSort), 1);
        QCOMPARE(old.read(session::exportFormat), QStringLiteral("csv"));
        QCOMPARE(old.read(session::digestFolder), QStringLiteral("/home/reader/digests"));
        QCOMPARE(old.read(session::trendsQueries),
                 QStringList({QStringLiteral("agents"), QStringLiteral("\"world model\""),
                              QStringLiteral("diffusion")}));
        QCOMPARE(old.read(session::trendsGrain), QStringLiteral("month"));
        QCOMPARE(old.read(session::trendsValues), QStringLiteral("count"));
        QCOMPARE(old.read(session::trendsFrom), QDate(2024, 1, 1));
        QCOMPARE(old.read(session::trendsTo), QDate(2024, 6, 30));
        QCOMPARE(old.read(session::trendsHiddenTerms), QStringList{QStringLiteral("llm")});
        QCOMPARE(old.read(session::trendsLastChart), QByteArray("{\"grain\":\"month\"}"));
    }
};

int main(int argc, char** argv)
{
    QTemporaryDir home; // before Qt reads XDG_CONFIG_HOME, so no user's file is ever touched
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSettings.moc"
