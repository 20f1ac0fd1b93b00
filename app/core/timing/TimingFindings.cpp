#include "timing/TimingFindings.h"

#include "timing/TimestampFormat.h"

#include <algorithm>
#include <functional>

namespace {

// What one per-turn finding is about; its words are written only for the findings shown.
struct Item
{
    int turn;
    Speaker speaker;
    qint64 ms;
};

using SeverityOf = std::function<Finding::Severity(const Item &)>;
using Describe = std::function<void(const Item &, Finding &)>; // message and details

class Builder
{
public:
    explicit Builder(const TimingFindings::Options &options)
        : m_options(options)
    { }

    // One finding per turn, at most maxFindingsPerKind: past that the last one gathers the rest
    // (with the highest severity among them), so the list stays short on a pathological call.
    void addPerTurn(Finding::Kind kind, const QList<Item> &items, const SeverityOf &severityOf,
                    const Describe &describe, const QString &overflowMessage)
    {
        const int limit = std::max(1, m_options.maxFindingsPerKind);
        const int single = items.size() <= limit ? int(items.size()) : limit - 1;
        for (int i = 0; i < single; ++i) {
            const Item &item = items.at(i);
            Finding finding;
            finding.kind = kind;
            finding.severity = severityOf(item);
            finding.turns = {item.turn};
            finding.flagTurns = finding.turns;
            describe(item, finding);
            m_findings.append(finding);
        }
        if (single == items.size())
            return;
        Finding rest;
        rest.kind = kind;
        rest.severity = Finding::Severity::Info;
        rest.message = overflowMessage;
        for (int i = single; i < items.size(); ++i) {
            rest.severity = std::max(rest.severity, severityOf(items.at(i)));
            if (rest.turns.size() < m_options.maxTurnsPerFinding)
                rest.turns.append(items.at(i).turn);
        }
        std::sort(rest.turns.begin(), rest.turns.end());
        rest.flagTurns = rest.turns;
        rest.details = {{QStringLiteral("turns"), qint64(items.size() - single)}};
        m_findings.append(rest);
    }

    void add(Finding finding) { m_findings.append(std::move(finding)); }
    QList<Finding> result() const { return m_findings; }

private:
    const TimingFindings::Options &m_options;
    QList<Finding> m_findings;
};

QString seconds(qint64 ms)
{
    return TimestampFormat::seconds(ms);
}

QString byKey(Speaker speaker)
{
    return speaker == Speaker::Bot ? QStringLiteral("assistant") : QStringLiteral("caller");
}

} // namespace

QList<Finding> TimingFindings::findings(const TimingReport &report, const Options &options)
{
    Builder builder(options);
    if (report.isEmpty())
        return builder.result();

    // Slow answers, except those already reported as dead air (both lists are in turn order).
    QList<Item> slow;
    auto silence = report.deadAir.cbegin();
    for (const TurnLatency &latency : report.assistantLatencies) {
        while (silence != report.deadAir.cend() && silence->beforeTurn < latency.turn)
            ++silence;
        const bool deadAir =
            silence != report.deadAir.cend() && silence->beforeTurn == latency.turn;
        if (latency.latencyMs > options.slowResponseMs && !deadAir)
            slow.append({latency.turn, latency.speaker, latency.latencyMs});
    }
    builder.addPerTurn(
        Finding::Kind::SlowResponse, slow, [](const Item &) { return Finding::Severity::Warning; },
        [](const Item &item, Finding &finding) {
            finding.message = tr("The assistant took %1 to answer.").arg(seconds(item.ms));
            finding.details = {{QStringLiteral("latencyMs"), item.ms}};
        },
        tr("More answers by the assistant slower than %1.").arg(seconds(options.slowResponseMs)));

    QList<Item> silences;
    for (const TimingReport::DeadAir &deadAir : report.deadAir)
        silences.append({deadAir.beforeTurn, deadAir.speaker, deadAir.gapMs});
    builder.addPerTurn(
        Finding::Kind::DeadAir, silences,
        [](const Item &item) {
            // The caller was left waiting for the assistant.
            return item.speaker == Speaker::Bot ? Finding::Severity::Problem
                                                : Finding::Severity::Warning;
        },
        [](const Item &item, Finding &finding) {
            const QString gap = seconds(item.ms);
            if (item.speaker == Speaker::Bot)
                finding.message =
                    tr("The line was silent for %1 before the assistant spoke.").arg(gap);
            else if (item.speaker == Speaker::Human)
                finding.message =
                    tr("The line was silent for %1 before the caller spoke.").arg(gap);
            else
                finding.message = tr("The line was silent for %1 before this turn.").arg(gap);
            finding.details = {{QStringLiteral("gapMs"), item.ms}};
        },
        tr("More silences of %1 or longer.").arg(seconds(report.deadAirThresholdMs)));

    QList<Item> byAssistant;
    QList<Item> byCaller;
    for (const TimingReport::BargeIn &bargeIn : report.bargeIns)
        (bargeIn.by == Speaker::Bot ? byAssistant : byCaller)
            .append({bargeIn.turn, bargeIn.by, bargeIn.overlapMs});
    const Describe describeBargeIn = [](const Item &item, Finding &finding) {
        finding.message = item.speaker == Speaker::Bot
            ? tr("The assistant spoke over the caller for %1.").arg(seconds(item.ms))
            : tr("The caller spoke over the assistant for %1.").arg(seconds(item.ms));
        finding.details = {{QStringLiteral("by"), byKey(item.speaker)},
                           {QStringLiteral("overlapMs"), item.ms}};
    };
    builder.addPerTurn(
        Finding::Kind::BargeIn, byAssistant,
        [](const Item &) { return Finding::Severity::Warning; }, describeBargeIn,
        tr("More turns where the assistant spoke over the caller."));
    // Callers talk over assistants often and for good reason: worth seeing, not a warning.
    builder.addPerTurn(
        Finding::Kind::BargeIn, byCaller, [](const Item &) { return Finding::Severity::Info; },
        describeBargeIn, tr("More turns where the caller spoke over the assistant."));

    const TimingReport::LatencySummary &latency = report.assistantLatency;
    if (!latency.isEmpty()) {
        Finding summary;
        summary.kind = Finding::Kind::ResponseTime;
        summary.severity = latency.p90Ms > options.slowResponseMs ? Finding::Severity::Warning
                                                                  : Finding::Severity::Info;
        // Without an English translation file %n gives "1 times": say it apart.
        summary.message = latency.count == 1
            ? tr("The assistant answered once, in %1.").arg(seconds(latency.maxMs))
            : tr("The assistant answered %n times: median %1, 90th percentile %2, slowest %3.",
                 nullptr, latency.count)
                  .arg(seconds(latency.p50Ms), seconds(latency.p90Ms), seconds(latency.maxMs));
        summary.turns = {latency.maxTurn};
        summary.details = {{QStringLiteral("answers"), latency.count},
                           {QStringLiteral("p50Ms"), latency.p50Ms},
                           {QStringLiteral("p90Ms"), latency.p90Ms},
                           {QStringLiteral("maxMs"), latency.maxMs}};
        builder.add(summary);
    }

    if (report.firstAssistantWordMs >= 0) {
        Finding first;
        first.kind = Finding::Kind::FirstWord;
        first.message = tr("The assistant first spoke %1 into the call.")
                            .arg(seconds(report.firstAssistantWordMs));
        first.turns = {report.firstAssistantTurn};
        first.details = {{QStringLiteral("ms"), report.firstAssistantWordMs}};
        builder.add(first);
    }

    const TimingReport::TalkShare &share = report.talkShare;
    if (!share.isEmpty()) {
        const qint64 total = share.assistantMs + share.callerMs;
        const int assistantPercent = int((share.assistantMs * 100 + total / 2) / total);
        Finding talk;
        talk.kind = Finding::Kind::TalkTime;
        talk.message =
            tr("Speaking time: the assistant %1% (%2), the caller %3% (%4).")
                .arg(QString::number(assistantPercent), TimestampFormat::clock(share.assistantMs),
                     QString::number(100 - assistantPercent),
                     TimestampFormat::clock(share.callerMs));
        talk.details = {{QStringLiteral("assistantMs"), share.assistantMs},
                        {QStringLiteral("callerMs"), share.callerMs},
                        {QStringLiteral("assistantPercent"), assistantPercent}};
        builder.add(talk);
    }

    const TimingReport::Monologue &longest = report.longestMonologue;
    if (longest.turn >= 0) {
        Finding turn;
        turn.kind = Finding::Kind::LongestTurn;
        turn.message = longest.speaker == Speaker::Bot
            ? tr("The longest turn, by the assistant, lasted %1.").arg(seconds(longest.ms))
            : tr("The longest turn, by the caller, lasted %1.").arg(seconds(longest.ms));
        turn.turns = {longest.turn};
        turn.flagTurns = turn.turns;
        turn.details = {{QStringLiteral("ms"), longest.ms}};
        builder.add(turn);
    }
    return builder.result();
}
