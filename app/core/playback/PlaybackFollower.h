#pragma once

#include "playback/TurnLocator.h"

#include <QObject>

// What the transcript does while the recording plays, without widgets: which turn is being
// spoken (on every position tick, a binary search), keeping it in view unless the reader
// scrolled away (follow mode), playing from a turn, playing one turn only, repeating a turn.
// The window connects the player's position to setPosition() and the signals to the view and
// the player.
class PlaybackFollower : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackFollower(QObject *parent = nullptr);

    void setTimeline(const Timeline &timeline); // resets the current turn and any turn-only play
    void clear();
    bool hasTimeline() const { return !m_locator.isEmpty(); }
    const TurnLocator &locator() const { return m_locator; }

    int currentTurn() const { return m_current; }
    bool isSpeaking() const { return m_speaking; }
    bool isFollowing() const { return m_following; }
    bool isRepeating() const { return m_repeat; }
    int turnOnly() const { return m_turnOnly; } // -1 unless "play this turn only" runs

public slots:
    // A position tick from the player.
    void setPosition(qint64 positionMs);
    // The follow button/key; turning it on brings the current turn back into view.
    void setFollowing(bool following);
    // The reader scrolled by hand (not a scroll this class asked for). Following pauses,
    // unless the current turn is still in view: returning to it resumes following.
    void userScrolled(bool currentTurnVisible);
    // Playback from the start of a turn (click on a bubble's time, Enter).
    bool playFrom(int turn);
    // Plays the turn and pauses at its end (or starts it again when repeating).
    // Repeating without "turn only" plays the current turn again each time it ends.
    bool playTurnOnly(int turn);
    void setRepeating(bool repeat);

signals:
    void currentTurnChanged(int turn, bool speaking);
    void followTurn(int turn); // scroll this turn into view
    void followingChanged(bool following);
    void repeatingChanged(bool repeat);
    void seekRequested(qint64 positionMs);
    void playRequested();
    void pauseRequested();

private:
    TurnLocator m_locator;
    int m_current = -1;
    bool m_speaking = false;
    bool m_following = true;
    bool m_repeat = false;
    int m_turnOnly = -1;
    qint64 m_lastPosition = -1;
    // Position ticks come every 50-250 ms while playing; a bigger step is a seek.
    static constexpr qint64 maxTickMs = 1000;
};
