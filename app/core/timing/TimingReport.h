#pragma once

#include "model/Turn.h"
#include "timing/ResponseLatency.h"

#include <QList>

// What the timeline of a call says about its pace: the value TimingAnalyzer produces and the
// findings, the `--findings` JSON and the review report read. Turn indexes are 0-based (the
// JSON shows them 1-based); times are milliseconds from the start of the recording.
struct TimingReport
{
    // Nearest-rank percentiles of a list of latencies; -1 when the list is empty.
    struct LatencySummary
    {
        int count = 0;
        qint64 p50Ms = -1;
        qint64 p90Ms = -1;
        qint64 maxMs = -1;
        int maxTurn = -1; // the turn with the longest latency (the first of equals)

        bool isEmpty() const { return count == 0; }
    };

    // A turn that started before the other party's previous turn had ended.
    struct BargeIn
    {
        int turn = -1;
        Speaker by = Speaker::Unknown; // who spoke over the other
        qint64 overlapMs = 0; // how long both spoke at once (> 0)
    };

    // A silence of at least the threshold before a turn.
    struct DeadAir
    {
        int beforeTurn = -1;
        Speaker speaker = Speaker::Unknown; // who broke the silence
        qint64 gapMs = 0;
    };

    // Speaking time per party: the union of each party's turn intervals, so a party's own
    // overlapping turns (a misaligned split) count once.
    struct TalkShare
    {
        qint64 assistantMs = 0;
        qint64 callerMs = 0;

        bool isEmpty() const { return assistantMs + callerMs <= 0; }
        double assistant() const { return isEmpty() ? 0.0 : double(assistantMs) / total(); }
        double caller() const { return isEmpty() ? 0.0 : double(callerMs) / total(); }

    private:
        double total() const { return double(assistantMs) + double(callerMs); }
    };

    // The longest single turn. A turn already gathers a speaker's consecutive utterances, so a
    // "run of one speaker" is a turn; what only the audio tells is how long it lasted.
    struct Monologue
    {
        int turn = -1; // -1: no timed turn
        Speaker speaker = Speaker::Unknown;
        qint64 ms = 0;
    };

    QList<TurnLatency> latencies; // every answer, in turn order (ResponseLatency::measure)
    QList<TurnLatency> assistantLatencies; // the assistant answering the caller
    QList<TurnLatency> callerLatencies; // the caller answering the assistant
    LatencySummary assistantLatency; // of assistantLatencies, barge-ins (negative) included
    QList<BargeIn> bargeIns; // in turn order
    QList<DeadAir> deadAir; // in turn order
    qint64 deadAirThresholdMs = 0; // the threshold deadAir was measured with
    TalkShare talkShare;
    Monologue longestMonologue;
    qint64 firstAssistantWordMs = -1; // start of the first assistant turn; -1 when unknown
    int firstAssistantTurn = -1;
    int timedTurns = 0; // turns with a valid timing

    bool isEmpty() const { return timedTurns == 0; }
};
