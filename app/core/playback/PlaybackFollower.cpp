#include "playback/PlaybackFollower.h"

PlaybackFollower::PlaybackFollower(QObject *parent)
    : QObject(parent)
{ }

void PlaybackFollower::setTimeline(const Timeline &timeline)
{
    m_locator = TurnLocator(timeline);
    m_turnOnly = -1;
    if (m_current != -1 || m_speaking) {
        m_current = -1;
        m_speaking = false;
        emit currentTurnChanged(-1, false);
    }
}

void PlaybackFollower::clear()
{
    setTimeline(Timeline());
}

void PlaybackFollower::setPosition(qint64 positionMs)
{
    // A turn played alone, or the current turn when repeating, ends when playback crosses its
    // end. Only a crossing counts (the previous tick inside the turn, a tick-sized step): a
    // seek far past it is the user going elsewhere.
    const int looped = m_turnOnly >= 0 ? m_turnOnly : (m_repeat ? m_current : -1);
    const qint64 previous = m_lastPosition;
    m_lastPosition = positionMs;
    if (looped >= 0) {
        const qint64 end = m_locator.endOf(looped);
        const bool crossed =
            end >= 0 && previous < end && positionMs >= end && positionMs - previous <= maxTickMs;
        if (crossed && m_repeat) {
            m_lastPosition = m_locator.startOf(looped);
            emit seekRequested(m_lastPosition);
            return;
        }
        if (crossed) {
            m_turnOnly = -1;
            emit pauseRequested();
        }
    }
    const TurnLocator::Hit hit = m_locator.at(positionMs);
    if (hit.turn == m_current && hit.speaking == m_speaking)
        return;
    const bool turnChanged = hit.turn != m_current;
    m_current = hit.turn;
    m_speaking = hit.speaking;
    emit currentTurnChanged(m_current, m_speaking);
    if (turnChanged && m_following && m_current >= 0)
        emit followTurn(m_current);
}

void PlaybackFollower::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    emit followingChanged(m_following);
    if (m_following && m_current >= 0)
        emit followTurn(m_current);
}

void PlaybackFollower::userScrolled(bool currentTurnVisible)
{
    if (m_current < 0)
        return; // nothing is being followed yet
    setFollowing(currentTurnVisible);
}

bool PlaybackFollower::playFrom(int turn)
{
    const qint64 start = m_locator.startOf(turn);
    if (start < 0)
        return false;
    m_turnOnly = -1;
    m_lastPosition = start;
    emit seekRequested(start);
    emit playRequested();
    return true;
}

bool PlaybackFollower::playTurnOnly(int turn)
{
    if (!playFrom(turn))
        return false;
    m_turnOnly = turn;
    return true;
}

void PlaybackFollower::setRepeating(bool repeat)
{
    if (repeat == m_repeat)
        return;
    m_repeat = repeat;
    emit repeatingChanged(m_repeat);
}
