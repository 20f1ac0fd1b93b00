#include "timing/TimingReportJson.h"

#include <QJsonArray>

#include <cmath>

namespace {

QJsonValue millisecondsOrNull(qint64 ms, bool known)
{
    return known ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

double fraction(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

QJsonObject TimingReportJson::toJson(const TimingReport &report)
{
    const TimingReport::LatencySummary &assistant = report.assistantLatency;
    const bool answered = !assistant.isEmpty();

    QJsonArray bargeIns;
    for (const TimingReport::BargeIn &bargeIn : report.bargeIns) {
        bargeIns.append(QJsonObject{
            {QStringLiteral("turn"), bargeIn.turn + 1},
            {QStringLiteral("by"),
             bargeIn.by == Speaker::Bot ? QStringLiteral("assistant") : QStringLiteral("caller")},
            {QStringLiteral("overlap_ms"), bargeIn.overlapMs},
        });
    }

    QJsonArray deadAir;
    for (const TimingReport::DeadAir &silence : report.deadAir) {
        deadAir.append(QJsonObject{{QStringLiteral("before_turn"), silence.beforeTurn + 1},
                                   {QStringLiteral("gap_ms"), silence.gapMs}});
    }

    const TimingReport::TalkShare &share = report.talkShare;
    const QJsonValue talkShare = share.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(QJsonObject{{QStringLiteral("assistant"), fraction(share.assistant())},
                                 {QStringLiteral("caller"), fraction(share.caller())}});

    const TimingReport::Monologue &longest = report.longestMonologue;
    const QJsonValue monologue = longest.turn < 0
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(QJsonObject{{QStringLiteral("turn"), longest.turn + 1},
                                 {QStringLiteral("ms"), longest.ms}});

    return QJsonObject{
        {QStringLiteral("latencies"), ResponseLatency::toJson(report.latencies)},
        {QStringLiteral("assistant_latency"),
         QJsonObject{
             {QStringLiteral("p50_ms"), millisecondsOrNull(assistant.p50Ms, answered)},
             {QStringLiteral("p90_ms"), millisecondsOrNull(assistant.p90Ms, answered)},
             {QStringLiteral("max_ms"), millisecondsOrNull(assistant.maxMs, answered)},
         }},
        {QStringLiteral("barge_ins"), bargeIns},
        {QStringLiteral("dead_air"), deadAir},
        {QStringLiteral("talk_share"), talkShare},
        {QStringLiteral("longest_monologue"), monologue},
        {QStringLiteral("first_assistant_word_ms"),
         millisecondsOrNull(report.firstAssistantWordMs, report.firstAssistantWordMs >= 0)},
    };
}
