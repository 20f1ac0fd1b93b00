#include "timing/ResponseLatency.h"

#include <QJsonObject>

#include <algorithm>

QList<TurnLatency> ResponseLatency::measure(const QList<Turn> &turns, const Timeline &timeline)
{
    QList<TurnLatency> latencies;
    const qsizetype count = std::min(turns.size(), timeline.turns.size());
    for (qsizetype k = 1; k < count; ++k) {
        const Speaker speaker = turns.at(k).speaker;
        const Speaker previous = turns.at(k - 1).speaker;
        if (speaker == Speaker::Unknown || previous == Speaker::Unknown || speaker == previous)
            continue;
        const TurnTiming &timing = timeline.turns.at(k);
        const TurnTiming &before = timeline.turns.at(k - 1);
        if (!timing.isValid() || !before.isValid())
            continue;
        latencies.append({int(k), speaker, timing.startMs - before.endMs});
    }
    return latencies;
}

QJsonArray ResponseLatency::toJson(const QList<TurnLatency> &latencies)
{
    QJsonArray array;
    for (const TurnLatency &latency : latencies) {
        array.append(QJsonObject{{QStringLiteral("turn"), latency.turn + 1},
                                 {QStringLiteral("latency_ms"), latency.latencyMs}});
    }
    return array;
}
