// Issue 13's targets with a 50,000-turn aligned call playing: updating the current turn costs
// < 1 ms per position tick; a click on a turn gets to the seek in < 50 ms (the window's part of
// click-to-play; the player's own seek comes after).
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   -DCALLREVIEW_BUILD_BENCHMARKS=ON cmake --build build-release --target bench_PlaybackFollower
//   build-release/tests/bench/bench_PlaybackFollower
#include "playback/PlaybackFollower.h"

#include <QElapsedTimer>
#include <QTest>

namespace {
constexpr int turnCount = 50000;

Timeline bigTimeline()
{
    Timeline timeline;
    timeline.turns.reserve(turnCount);
    for (int i = 0; i < turnCount; ++i) // 2.4 s of speech, 0.6 s pause, a barge-in every 7th
        timeline.turns.append({i * 3000LL - (i % 7 == 0 ? 400 : 0), i * 3000LL + 2400, 0.9});
    timeline.durationMs = turnCount * 3000LL;
    return timeline;
}
} // namespace

class bench_PlaybackFollower : public QObject
{
    Q_OBJECT

private slots:
    // 1000 ticks of 100 ms spread over the call (every one may change turn).
    void positionTick()
    {
        PlaybackFollower follower;
        follower.setTimeline(bigTimeline());
        int followed = 0;
        connect(&follower, &PlaybackFollower::followTurn, this, [&followed] { ++followed; });
        qint64 position = 0;
        QBENCHMARK
        {
            for (int i = 0; i < 1000; ++i) {
                position = (position + 150'037) % (turnCount * 3000LL);
                follower.setPosition(position);
            }
        }
        QVERIFY(followed > 0);
    }

    void clickToSeek()
    {
        PlaybackFollower follower;
        follower.setTimeline(bigTimeline());
        qint64 seekTo = -1;
        connect(&follower, &PlaybackFollower::seekRequested, this,
                [&seekTo](qint64 ms) { seekTo = ms; });
        int turn = 0;
        QBENCHMARK
        {
            turn = (turn + 7919) % turnCount;
            follower.playFrom(turn);
        }
        QCOMPARE(seekTo, follower.locator().startOf(turn));
    }

    void buildTheIndex()
    {
        const Timeline timeline = bigTimeline();
        QBENCHMARK
        {
            PlaybackFollower follower;
            follower.setTimeline(timeline);
        }
    }
};

QTEST_GUILESS_MAIN(bench_PlaybackFollower)
#include "bench_PlaybackFollower.moc"
