#include "timing/TimingAnalyzer.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace {

using Interval = std::pair<qint64, qint64>;

// Total length of the union of the intervals.
qint64 unionLength(std::vector<Interval> &intervals)
{
    if (!std::is_sorted(intervals.begin(), intervals.end()))
        std::sort(intervals.begin(), intervals.end());
    qint64 total = 0;
    bool open = false;
    qint64 runStart = 0;
    qint64 runEnd = 0;
    for (const Interval &interval : intervals) {
        if (open && interval.first <= runEnd) {
            runEnd = std::max(runEnd, interval.second);
            continue;
        }
        if (open)
            total += runEnd - runStart;
        open = true;
        runStart = interval.first;
        runEnd = interval.second;
    }
    return open ? total + (runEnd - runStart) : total;
}

TimingReport::LatencySummary summarize(const QList<TurnLatency> &latencies)
{
    TimingReport::LatencySummary summary;
    if (latencies.isEmpty())
        return summary;
    QList<qint64> sorted;
    sorted.reserve(latencies.size());
    for (const TurnLatency &latency : latencies) {
        sorted.append(latency.latencyMs);
        if (summary.maxTurn < 0 || latency.latencyMs > summary.maxMs) {
            summary.maxMs = latency.latencyMs;
            summary.maxTurn = latency.turn;
        }
    }
    std::sort(sorted.begin(), sorted.end());
    summary.count = int(sorted.size());
    summary.p50Ms = TimingAnalyzer::percentile(sorted, 50);
    summary.p90Ms = TimingAnalyzer::percentile(sorted, 90);
    return summary;
}

int partyIndex(Speaker speaker)
{
    return speaker == Speaker::Bot ? 0 : 1;
}

} // namespace

qint64 TimingAnalyzer::percentile(const QList<qint64> &sorted, int percent)
{
    if (sorted.isEmpty())
        return -1;
    const qint64 n = sorted.size();
    const qint64 clamped = std::clamp(percent, 0, 100);
    const qint64 rank = std::max<qint64>(1, (clamped * n + 99) / 100); // ceil(p / 100 * n)
    return sorted.at(rank - 1);
}

TimingReport TimingAnalyzer::analyze(const QList<Turn> &turns, const Timeline &timeline,
                                     const Options &options)
{
    TimingReport report;
    report.deadAirThresholdMs = options.deadAirMs;
    report.latencies = ResponseLatency::measure(turns, timeline);
    for (const TurnLatency &latency : std::as_const(report.latencies)) {
        if (latency.speaker == Speaker::Bot)
            report.assistantLatencies.append(latency);
        else
            report.callerLatencies.append(latency);
    }
    report.assistantLatency = summarize(report.assistantLatencies);

    const int count = int(std::min(turns.size(), timeline.turns.size()));
    int lastTurnOf[2] = {-1, -1}; // latest timed turn of the assistant, of the caller
    std::vector<Interval> intervalsOf[2];
    qint64 latestEnd = 0; // of every timed turn so far; the recording starts at 0
    bool firstAssistantSeen = false;
    for (int k = 0; k < count; ++k) {
        const Speaker speaker = turns.at(k).speaker;
        const TurnTiming &timing = timeline.turns.at(k);
        if (speaker == Speaker::Bot && !firstAssistantSeen) {
            // Only the first assistant turn says when the assistant first spoke: a later one
            // would give a wrong figure when the first could not be placed.
            firstAssistantSeen = true;
            if (timing.isValid()) {
                report.firstAssistantWordMs = timing.startMs;
                report.firstAssistantTurn = k;
            }
        }
        if (!timing.isValid())
            continue;
        ++report.timedTurns;

        // A silence next to a turn that could not be placed is unknown: not dead air.
        if (k == 0 || timeline.turns.at(k - 1).isValid()) {
            const qint64 gap = timing.startMs - latestEnd;
            if (gap >= options.deadAirMs)
                report.deadAir.append({k, speaker, gap});
        }
        latestEnd = std::max(latestEnd, timing.endMs);

        if (speaker == Speaker::Unknown)
            continue;
        const int party = partyIndex(speaker);
        const int other = lastTurnOf[1 - party];
        if (other >= 0) {
            const TurnTiming &theirs = timeline.turns.at(other);
            const qint64 overlap =
                std::min(theirs.endMs, timing.endMs) - std::max(theirs.startMs, timing.startMs);
            if (timing.startMs < theirs.endMs && overlap > 0)
                report.bargeIns.append({k, speaker, overlap});
        }
        lastTurnOf[party] = k;
        intervalsOf[party].emplace_back(timing.startMs, timing.endMs);

        const qint64 length = timing.endMs - timing.startMs;
        if (report.longestMonologue.turn < 0 || length > report.longestMonologue.ms)
            report.longestMonologue = {k, speaker, length};
    }
    report.talkShare.assistantMs = unionLength(intervalsOf[0]);
    report.talkShare.callerMs = unionLength(intervalsOf[1]);
    return report;
}
