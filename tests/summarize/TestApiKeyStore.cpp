// The API key in a real Secret Service (a private gnome-keyring, see with-keyring.sh): kept,
// read back, overridden by $PAPERBOY_LLM_API_KEY, forgotten; and never in a file of ours.
#include "summarize/ApiKeyStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace paperboy::summarize;

namespace {

const QString secret = QStringLiteral("sk-keyring-test-0123456789");

// The key read (first) and the error (second).
QPair<QString, QString> readKey()
{
    ApiKeyStore store;
    QSignalSpy read(&store, &ApiKeyStore::keyRead);
    store.read();
    if (!read.wait(10000))
        return {{}, QStringLiteral("no answer")};
    return {read.at(0).at(0).toString(), read.at(0).at(1).toString()};
}

bool writeKey(const QString& key, QString* error)
{
    ApiKeyStore store;
    QSignalSpy written(&store, &ApiKeyStore::keyWritten);
    if (key.isEmpty())
        store.remove();
    else
        store.write(key);
    if (!written.wait(10000)) {
        *error = QStringLiteral("no answer");
        return false;
    }
    *error = written.at(0).at(1).toString();
    return written.at(0).at(0).toBool();
}

} // namespace

class TestApiKeyStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through with-keyring.sh");
        qunsetenv("PAPERBOY_LLM_API_KEY");
    }

    void keptReadAndForgotten()
    {
        QString error;
        QVERIFY2(writeKey(secret, &error), qPrintable(error));
        auto [key, readError] = readKey();
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(key, secret);

        // The environment wins, even empty (a local endpoint that needs no key).
        qputenv("PAPERBOY_LLM_API_KEY", "sk-from-the-environment");
        QCOMPARE(readKey().first, QStringLiteral("sk-from-the-environment"));
        qputenv("PAPERBOY_LLM_API_KEY", "");
        QCOMPARE(readKey().first, QString());
        qunsetenv("PAPERBOY_LLM_API_KEY");

        // Nothing of ours holds it: not the settings, not any file under the config folder.
        QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy")).sync();
        QDirIterator it(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }

        QVERIFY2(writeKey({}, &error), qPrintable(error));
        std::tie(key, readError) = readKey();
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(key, QString());
    }

    void storeGoneBeforeTheKeyringAnswersIsNoCrash()
    {
        // The Settings page may close before the keyring answers.
        for (int i = 0; i < 5; ++i) {
            auto* store = new ApiKeyStore;
            store->read();
            delete store;
        }
        QTest::qWait(500);
        QCOMPARE(readKey().second, QString());
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "TestApiKeyStore.moc"
