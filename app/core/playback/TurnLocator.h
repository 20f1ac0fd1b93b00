#pragma once

#include "alignment/Timeline.h"

#include <QList>

// Which turn is being spoken at a playback position, and where a turn starts: the bridge
// between the player's clock and the transcript rows. Built once per timeline; every lookup is
// a binary search over the placed turns' starts (O(log n): 50,000 turns, ~16 comparisons), so
// the player's position ticks never scan the transcript.
class TurnLocator
{
public:
    struct Hit
    {
        int turn = -1; // the latest turn that started at or before the position (-1: none yet)
        bool speaking = false; // the position is inside that turn (start..end)
    };

    TurnLocator() = default;
    explicit TurnLocator(const Timeline &timeline);

    bool isEmpty() const { return m_starts.isEmpty(); }
    Hit at(qint64 positionMs) const;
    // Where playback of turn `turn` begins / ends; -1 when the aligner did not place it.
    qint64 startOf(int turn) const;
    qint64 endOf(int turn) const;

private:
    struct Entry
    {
        qint64 startMs;
        qint64 endMs;
        int turn;
    };
    QList<Entry> m_starts; // placed turns, ordered by start (then turn)
    QList<qint64> m_startOfTurn; // by turn index, -1 when not placed
    QList<qint64> m_endOfTurn;
};
