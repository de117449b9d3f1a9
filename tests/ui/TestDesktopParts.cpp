// The desktop side of the reader: one instance per data folder (files handed over through the
// local socket), the shortcuts list read from the real window, and the About credits.
#include "UiTestSupport.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/window/SingleInstance.h"

#include <QAction>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QtConcurrent>

using namespace paperboy;
using namespace paperboy::ui;

class TestDesktopParts final : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsItsFilesToTheFirst()
    {
        QTemporaryDir data;
        SingleInstance first(data.path());
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activated);

        // The second start runs in another process in real life: here another thread, because
        // handOver blocks while the first instance's event loop must answer.
        SingleInstance second(data.path());
        const QStringList files{QStringLiteral("/tmp/2025-01-16.md"), QStringLiteral("/tmp/x y")};
        QFuture<bool> handed =
            QtConcurrent::run([&second, files] { return second.handOver(files); });
        QVERIFY(activated.wait(5000));
        QVERIFY(QTest::qWaitFor([&handed] { return handed.isFinished(); }));
        QVERIFY(handed.result());
        QCOMPARE(activated.constFirst().constFirst().toStringList(), files);

        // A third start on the same folder cannot listen: a reader runs there.
        SingleInstance third(data.path());
        QVERIFY(!third.listen());
    }

    void otherFoldersHaveTheirOwnReader()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        QVERIFY(SingleInstance::serverName(one.path()) != SingleInstance::serverName(two.path()));
        SingleInstance first(one.path());
        SingleInstance second(two.path());
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        QVERIFY(!SingleInstance(QTemporaryDir().path()).handOver({}, 200));
    }

    void aCrashedReadersSocketIsTakenOver()
    {
        QTemporaryDir data;
        const QString name = SingleInstance::serverName(data.path());
        // What a killed reader leaves: the socket file, with nobody listening on it.
        {
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(name));
            const QString socketFile = crashed.fullServerName();
            crashed.close();
            QFile marker(socketFile); // close() removed it; put a dead one back
            QVERIFY(!QFileInfo::exists(socketFile) || marker.remove());
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        SingleInstance reader(data.path());
        QVERIFY(reader.listen());
    }

    void aHostileClientIsIgnored()
    {
        QTemporaryDir data;
        SingleInstance reader(data.path());
        QVERIFY(reader.listen());
        QSignalSpy activated(&reader, &SingleInstance::activated);
        // Relative paths and non-strings are dropped; the reader itself keeps running.
        QLocalSocket client;
        client.connectToServer(SingleInstance::serverName(data.path()));
        QVERIFY(client.waitForConnected(1000));
        client.write(R"({"files": ["relative.md", 7, "/abs/ok.md"]})"
                     "\n");
        QVERIFY(activated.wait(2000));
        QCOMPARE(activated.constFirst().constFirst().toStringList(),
                 QStringList{QStringLiteral("/abs/ok.md")});
        // More than a megabyte without a line end is not a request: the connection is cut.
        QLocalSocket flood;
        flood.connectToServer(SingleInstance::serverName(data.path()));
        QVERIFY(flood.waitForConnected(1000));
        flood.write(QByteArray(2 << 20, 'x'));
        QVERIFY(QTest::qWaitFor(
            [&flood] {
                flood.waitForBytesWritten(50);
                return flood.state() == QLocalSocket::UnconnectedState;
            },
            5000));
        QCOMPARE(activated.size(), 1);
    }

    void shortcutsListEveryActionWithAKey()
    {
        QTemporaryDir data;
        const auto window = uitest::openWindow(data.path());
        const ShortcutsDialog dialog(window.get());
        const auto rows = dialog.rows();
        int withKeys = 0;
        for (const QAction* action : window->QWidget::actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withKeys;
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            const bool listed = std::any_of(rows.begin(), rows.end(), [&key](const auto& row) {
                return row.second.split(QStringLiteral(", ")).contains(key);
            });
            QVERIFY2(listed, qPrintable(action->objectName()));
        }
        // Besides the actions, the Read view's four keys of its own (J and K scroll there).
        QCOMPARE(rows.size(), withKeys + 4);
        QVERIFY(rows.contains(
            qMakePair(QStringLiteral("Next screen"), QStringLiteral("J, Page Down, Space"))));
        QVERIFY(rows.contains(qMakePair(QStringLiteral("Read"), QStringLiteral("R"))));
        const auto goTo = std::find_if(rows.begin(), rows.end(), [](const auto& row) {
            return row.second == QStringLiteral("Ctrl+G");
        });
        QVERIFY(goTo != rows.end());
        QCOMPARE(goTo->first, QStringLiteral("Go to Date")); // no "&", no ellipsis
        // Grouped by menu, in the menu bar's order.
        QCOMPARE(dialog.groups().mid(0, 3),
                 (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                              QStringLiteral("Bookmarks")}));
    }

    void shortcutsDropEveryFormOfMnemonic()
    {
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&Quit")), QStringLiteral("Quit"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("종료(&Q)")), QStringLiteral("종료"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("날짜로 이동(&G)\u2026")),
                 QStringLiteral("날짜로 이동"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Q&&A (&X)")), QStringLiteral("Q&A"));
    }

    void aboutCreditsEverySourceWithItsLicence()
    {
        const QStringList credits = AboutDialog::sourceCredits();
        const QString all = credits.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("daily_papers_ko")));
        QVERIFY(all.contains(QStringLiteral("CC BY-NC-ND 4.0")));
        QVERIFY(all.contains(QStringLiteral("hf-daily-paper-korean-autoflow")));
        QVERIFY(all.contains(QStringLiteral("Apache-2.0")));
        QVERIFY(all.contains(QStringLiteral("Hugging Face's terms")));
        // The data folder is the user's text: shown as plain text, whatever it holds.
        const AboutDialog dialog(QStringLiteral("/home/<b>x</b>"), nullptr);
        const auto labels = dialog.findChildren<QLabel*>();
        const auto folder = std::find_if(labels.begin(), labels.end(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("<b>x</b>"));
        });
        QVERIFY(folder != labels.end());
        QCOMPARE((*folder)->textFormat(), Qt::PlainText);
        // The program's own licence, as the LICENSE file and the metainfo name it.
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("GPL-3.0-or-later"));
        }));
    }
};

PAPERBOY_UI_TEST_MAIN(TestDesktopParts)
#include "TestDesktopParts.moc"
