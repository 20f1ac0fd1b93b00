// PlaybackFollower: the spoken turn follows the position, follow mode pauses when the reader
// scrolls away and resumes when they come back, play from a turn / this turn only / repeat.
#include "playback/PlaybackFollower.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// turn 0: 1000-2000, turn 1: 2500-4000, turn 2: 4500-6000
Timeline threeTurns()
{
    Timeline timeline;
    timeline.turns = {{1000, 2000, 1}, {2500, 4000, 1}, {4500, 6000, 1}};
    return timeline;
}
} // namespace

class tst_PlaybackFollower : public QObject
{
    Q_OBJECT

private slots:
    void currentTurnFollowsThePosition()
    {
        PlaybackFollower follower;
        follower.setTimeline(threeTurns());
        QSignalSpy changed(&follower, &PlaybackFollower::currentTurnChanged);
        QSignalSpy follow(&follower, &PlaybackFollower::followTurn);
        follower.setPosition(500);
        QCOMPARE(changed.count(), 0); // nothing spoken yet, nothing changed
        follower.setPosition(1200);
        QCOMPARE(follower.currentTurn(), 0);
        QVERIFY(follower.isSpeaking());
        QCOMPARE(follow.count(), 1);
        follower.setPosition(1300); // same turn: no signal
        QCOMPARE(changed.count(), 1);
        follower.setPosition(2200); // the pause after turn 0: still turn 0, not speaking
        QCOMPARE(changed.count(), 2);
        QVERIFY(!follower.isSpeaking());
        QCOMPARE(follow.count(), 1); // the view does not scroll for a pause
        follower.setPosition(2600);
        QCOMPARE(follower.currentTurn(), 1);
        QCOMPARE(follow.last().at(0).toInt(), 1);
    }

    void scrollingAwayPausesFollowingUntilTheReaderReturns()
    {
        PlaybackFollower follower;
        follower.setTimeline(threeTurns());
        QSignalSpy follow(&follower, &PlaybackFollower::followTurn);
        QSignalSpy following(&follower, &PlaybackFollower::followingChanged);
        follower.setPosition(1200);
        QCOMPARE(follow.count(), 1);
        follower.userScrolled(false); // the reader scrolled the spoken turn out of view
        QVERIFY(!follower.isFollowing());
        QCOMPARE(following.count(), 1);
        follower.setPosition(2600); // playback goes on: the view is left alone
        QCOMPARE(follow.count(), 1);
        QCOMPARE(follower.currentTurn(), 1);
        follower.userScrolled(true); // they scrolled back to the spoken turn: follow again
        QVERIFY(follower.isFollowing());
        QCOMPARE(follow.count(), 2);
        follower.userScrolled(false);
        follower.setFollowing(true); // the resume button/key
        QCOMPARE(follow.count(), 3);
        QCOMPARE(follow.last().at(0).toInt(), 1);
    }

    void playFromAndTurnOnly()
    {
        PlaybackFollower follower;
        follower.setTimeline(threeTurns());
        QSignalSpy seek(&follower, &PlaybackFollower::seekRequested);
        QSignalSpy play(&follower, &PlaybackFollower::playRequested);
        QSignalSpy pause(&follower, &PlaybackFollower::pauseRequested);
        QVERIFY(follower.playFrom(1));
        QCOMPARE(seek.last().at(0).toLongLong(), 2500);
        QCOMPARE(play.count(), 1);
        follower.setPosition(4100); // plays on past turn 1: no pause
        QCOMPARE(pause.count(), 0);

        QVERIFY(follower.playTurnOnly(1));
        QCOMPARE(seek.last().at(0).toLongLong(), 2500);
        follower.setPosition(2500);
        follower.setPosition(3900);
        QCOMPARE(pause.count(), 0);
        follower.setPosition(4050); // crossed turn 1's end
        QCOMPARE(pause.count(), 1);
        QCOMPARE(follower.turnOnly(), -1);
        QVERIFY(!follower.playFrom(7)); // no such turn: nothing happens
        QCOMPARE(play.count(), 2);
    }

    void repeatLoopsTheTurnButNotASeek()
    {
        PlaybackFollower follower;
        follower.setTimeline(threeTurns());
        QSignalSpy seek(&follower, &PlaybackFollower::seekRequested);
        QSignalSpy pause(&follower, &PlaybackFollower::pauseRequested);
        follower.setRepeating(true);
        QVERIFY(follower.playTurnOnly(0));
        follower.setPosition(1000);
        follower.setPosition(1950);
        follower.setPosition(2050); // crossed the end: back to the start, no pause
        QCOMPARE(seek.last().at(0).toLongLong(), 1000);
        QCOMPARE(pause.count(), 0);
        QCOMPARE(follower.turnOnly(), 0);
        // Repeating while playing normally loops the current turn ...
        follower.setTimeline(threeTurns());
        follower.setPosition(2600);
        follower.setPosition(3950);
        const int seeks = seek.count();
        follower.setPosition(4100);
        QCOMPARE(seek.count(), seeks + 1);
        QCOMPARE(seek.last().at(0).toLongLong(), 2500);
        // ... but a seek far past its end is the user going elsewhere.
        follower.setPosition(3950);
        follower.setPosition(5000);
        QCOMPARE(seek.count(), seeks + 1);
    }

    void newTimelineResets()
    {
        PlaybackFollower follower;
        follower.setTimeline(threeTurns());
        follower.setPosition(1200);
        QSignalSpy changed(&follower, &PlaybackFollower::currentTurnChanged);
        follower.clear();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(follower.currentTurn(), -1);
        QVERIFY(!follower.hasTimeline());
        follower.setPosition(1200); // no timeline: nothing to follow
        QCOMPARE(follower.currentTurn(), -1);
    }
};

QTEST_GUILESS_MAIN(tst_PlaybackFollower)
#include "tst_PlaybackFollower.moc"
