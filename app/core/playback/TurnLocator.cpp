#include "playback/TurnLocator.h"

#include <algorithm>

TurnLocator::TurnLocator(const Timeline &timeline)
{
    m_startOfTurn.resize(timeline.turns.size(), -1);
    m_endOfTurn.resize(timeline.turns.size(), -1);
    m_starts.reserve(timeline.turns.size());
    for (int i = 0; i < timeline.turns.size(); ++i) {
        const TurnTiming &timing = timeline.turns.at(i);
        if (!timing.isValid())
            continue;
        m_starts.append({timing.startMs, timing.endMs, i});
        m_startOfTurn[i] = timing.startMs;
        m_endOfTurn[i] = timing.endMs;
    }
    // The aligner is monotonic, so this is already sorted; a timeline read from elsewhere
    // (cache, tests) may not be.
    if (!std::is_sorted(m_starts.cbegin(), m_starts.cend(), [](const Entry &a, const Entry &b) {
            return a.startMs < b.startMs || (a.startMs == b.startMs && a.turn < b.turn);
        })) {
        std::stable_sort(m_starts.begin(), m_starts.end(),
                         [](const Entry &a, const Entry &b) { return a.startMs < b.startMs; });
    }
}

TurnLocator::Hit TurnLocator::at(qint64 positionMs) const
{
    // The first entry starting after the position; the one before it is the latest started.
    const auto after = std::upper_bound(
        m_starts.cbegin(), m_starts.cend(), positionMs,
        [](qint64 position, const Entry &entry) { return position < entry.startMs; });
    if (after == m_starts.cbegin())
        return {};
    const Entry &latest = *(after - 1);
    Hit hit{latest.turn, positionMs <= latest.endMs};
    // A barge-in: the latest turn may have started inside a longer previous one that is still
    // going; the latest start wins (it is what the listener hears begin).
    return hit;
}

qint64 TurnLocator::startOf(int turn) const
{
    return turn >= 0 && turn < m_startOfTurn.size() ? m_startOfTurn.at(turn) : -1;
}

qint64 TurnLocator::endOf(int turn) const
{
    return turn >= 0 && turn < m_endOfTurn.size() ? m_endOfTurn.at(turn) : -1;
}
