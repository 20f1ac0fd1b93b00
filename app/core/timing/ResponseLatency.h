#pragma once

#include "alignment/Timeline.h"
#include "model/Turn.h"

#include <QJsonArray>
#include <QList>

// How long a turn waited for the other speaker to finish: its start minus the end of the turn
// before it, when that turn is the other speaker's. Negative: it started while the other was
// still speaking (a barge-in).
struct TurnLatency
{
    int turn = -1; // 0-based, as TranscriptModel rows
    Speaker speaker = Speaker::Unknown; // who answered
    qint64 latencyMs = 0;

    friend bool operator==(const TurnLatency &a, const TurnLatency &b)
    {
        return a.turn == b.turn && a.speaker == b.speaker && a.latencyMs == b.latencyMs;
    }
};

// The per-turn response latencies of an aligned call: shared by the timing findings and the
// "latencies" list of `--timeline` (issue 12), so both always agree.
class ResponseLatency
{
public:
    // Every turn k (assistant or caller) whose previous turn k - 1 is the other party's, both
    // with a valid timing, in turn order. A turn next to one the aligner could not place gets
    // none: the silence between them is unknown. Turns past the shorter of the two lists are
    // ignored; an unlabeled turn neither answers nor is answered.
    static QList<TurnLatency> measure(const QList<Turn> &turns, const Timeline &timeline);

    // [{"turn": k + 1, "latency_ms": ms}, ...], turn numbers 1-based as in the window.
    static QJsonArray toJson(const QList<TurnLatency> &latencies);
};
