// TurnLocator: position -> turn and turn -> position, on hand-made timelines (gaps, barge-ins,
// unplaced turns, unsorted input) and on a generated call's true timeline.
#include "GeneratedCall.h"
#include "playback/TurnLocator.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
Timeline timelineOf(const QList<TurnTiming> &turns)
{
    Timeline timeline;
    timeline.turns = turns;
    return timeline;
}
} // namespace

class tst_TurnLocator : public QObject
{
    Q_OBJECT

private slots:
    void positionToTurn_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<int>("turn");
        QTest::addColumn<bool>("speaking");
        // turn 0: 1000-2000, turn 1: 2500-4000, turn 2 unplaced, turn 3: 3500-5000 (barge-in)
        QTest::newRow("before everything") << qint64(0) << -1 << false;
        QTest::newRow("first sample of turn 0") << qint64(1000) << 0 << true;
        QTest::newRow("inside turn 0") << qint64(1500) << 0 << true;
        QTest::newRow("last sample of turn 0") << qint64(2000) << 0 << true;
        QTest::newRow("gap after turn 0") << qint64(2200) << 0 << false;
        QTest::newRow("turn 1") << qint64(3000) << 1 << true;
        QTest::newRow("barge-in: the later start wins") << qint64(3600) << 3 << true;
        QTest::newRow("after the end") << qint64(99000) << 3 << false;
    }
    void positionToTurn()
    {
        QFETCH(qint64, position);
        QFETCH(int, turn);
        QFETCH(bool, speaking);
        const TurnLocator locator(
            timelineOf({{1000, 2000, 1}, {2500, 4000, 1}, {}, {3500, 5000, 0.5}}));
        const TurnLocator::Hit hit = locator.at(position);
        QCOMPARE(hit.turn, turn);
        QCOMPARE(hit.speaking, speaking);
    }

    void turnToPosition()
    {
        const TurnLocator locator(timelineOf({{1000, 2000, 1}, {}, {2500, 4000, 1}}));
        QCOMPARE(locator.startOf(0), 1000);
        QCOMPARE(locator.endOf(0), 2000);
        QCOMPARE(locator.startOf(1), -1); // not placed
        QCOMPARE(locator.startOf(2), 2500);
        QCOMPARE(locator.startOf(3), -1); // out of range
        QCOMPARE(locator.startOf(-1), -1);
    }

    void emptyAndUnsortedTimelines()
    {
        QVERIFY(TurnLocator().isEmpty());
        QCOMPARE(TurnLocator().at(5000).turn, -1);
        QVERIFY(TurnLocator(timelineOf({{}, {}})).isEmpty());
        // A timeline from a file may be out of order; lookups still work.
        const TurnLocator locator(timelineOf({{5000, 6000, 1}, {1000, 2000, 1}}));
        QCOMPARE(locator.at(1500).turn, 1);
        QCOMPARE(locator.at(5500).turn, 0);
    }

    // Every position of a real (generated) call maps to the turn the truth says is speaking.
    void generatedCallRoundTrips()
    {
        QTemporaryDir dir;
        const GeneratedCall::Call call = GeneratedCall::make(
            {QStringLiteral("--seed"), QStringLiteral("21"), QStringLiteral("--turns"),
             QStringLiteral("10"), QStringLiteral("--barge"), QStringLiteral("0")},
            dir.path());
        QVERIFY2(call.error.isEmpty(), qPrintable(call.error));
        const TurnLocator locator(call.timeline);
        for (int i = 0; i < call.timeline.turns.size(); ++i) {
            const TurnTiming &t = call.timeline.turns.at(i);
            QCOMPARE(locator.startOf(i), t.startMs);
            QCOMPARE(locator.at(t.startMs).turn, i);
            QCOMPARE(locator.at((t.startMs + t.endMs) / 2).turn, i);
            QVERIFY(locator.at(t.endMs).speaking);
        }
    }
};

QTEST_GUILESS_MAIN(tst_TurnLocator)
#include "tst_TurnLocator.moc"
