#include <QTest>
class TestArxivId final : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestArxivId)
#include "TestArxivId.moc"
