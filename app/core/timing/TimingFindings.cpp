#include "timing/TimingFindings.h"

#include "timing/TimestampFormat.h"

#include <QSet>

#include <algorithm>

namespace {

// One finding for one turn; the pieces findings are built from.
struct TurnFinding
{
    int turn;
    Finding::Severity severity;
    QString message;
    QJsonObject details;
};

class Builder
{
public:
    explicit Builder(const TimingFindings::Options &options)
        : m_options(options)
    { }

    // One finding per turn, at most maxFindingsPerKind: past that the last one gathers the rest
    // (with the highest severity among them), so the list stays short on a pathological call.
    void addPerTurn(Finding::Kind kind, const QList<TurnFinding> &items,
                    const QString &overflowMessage)
    {
        const int limit = std::max(1, m_options.maxFindingsPerKind);
        const int single = items.size() <= limit ? int(items.size()) : limit - 1;
        for (int i = 0; i < single; ++i) {
            const TurnFinding &item = items.at(i);
            Finding finding;
            finding.kind = kind;
            finding.severity = item.severity;
            finding.message = item.message;
            finding.turns = {item.turn};
            finding.flagTurns = finding.turns;
            finding.details = item.details;
            m_findings.append(finding);
        }
        if (single == items.size())
            return;
        Finding rest;
        rest.kind = kind;
        rest.severity = Finding::Severity::Info;
        rest.message = overflowMessage;
        for (int i = single; i < items.size(); ++i) {
            rest.severity = std::max(rest.severity, items.at(i).severity);
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

} // namespace

QList<Finding> TimingFindings::findings(const TimingReport &report, const Options &options)
{
    Builder builder(options);
    if (report.isEmpty())
        return builder.result();

    QSet<int> deadAirTurns;
    QList<TurnFinding> silences;
    for (const TimingReport::DeadAir &silence : report.deadAir) {
        deadAirTurns.insert(silence.beforeTurn);
        const Speaker speaker = silence.speaker;
        TurnFinding item{silence.beforeTurn,
                         Finding::Severity::Warning,
                         QString(),
                         {{QStringLiteral("gapMs"), silence.gapMs}}};
        if (speaker == Speaker::Bot) {
            item.severity = Finding::Severity::Problem;
            item.message = tr("The line was silent for %1 before the assistant spoke.")
                               .arg(seconds(silence.gapMs));
        } else if (speaker == Speaker::Human) {
            item.message = tr("The line was silent for %1 before the caller spoke.")
                               .arg(seconds(silence.gapMs));
        } else {
            item.message =
                tr("The line was silent for %1 before this turn.").arg(seconds(silence.gapMs));
        }
        silences.append(item);
    }

    QList<TurnFinding> slow;
    for (const TurnLatency &latency : report.assistantLatencies) {
        if (latency.latencyMs <= options.slowResponseMs || deadAirTurns.contains(latency.turn))
            continue;
        slow.append({latency.turn,
                     Finding::Severity::Warning,
                     tr("The assistant took %1 to answer.").arg(seconds(latency.latencyMs)),
                     {{QStringLiteral("latencyMs"), latency.latencyMs}}});
    }
    builder.addPerTurn(
        Finding::Kind::SlowResponse, slow,
        tr("More answers by the assistant slower than %1.").arg(seconds(options.slowResponseMs)));
    builder.addPerTurn(
        Finding::Kind::DeadAir, silences,
        tr("More silences of %1 or longer.").arg(seconds(report.deadAirThresholdMs)));

    QList<TurnFinding> byCaller;
    QList<TurnFinding> byAssistant;
    for (const TimingReport::BargeIn &bargeIn : report.bargeIns) {
        const bool assistant = bargeIn.by == Speaker::Bot;
        const QJsonObject details{
            {QStringLiteral("by"),
             assistant ? QStringLiteral("assistant") : QStringLiteral("caller")},
            {QStringLiteral("overlapMs"), bargeIn.overlapMs}};
        if (assistant) {
            byAssistant.append(
                {bargeIn.turn, Finding::Severity::Warning,
                 tr("The assistant spoke over the caller for %1.").arg(seconds(bargeIn.overlapMs)),
                 details});
        } else {
            byCaller.append(
                {bargeIn.turn, Finding::Severity::Info,
                 tr("The caller spoke over the assistant for %1.").arg(seconds(bargeIn.overlapMs)),
                 details});
        }
    }
    builder.addPerTurn(Finding::Kind::BargeIn, byAssistant,
                       tr("More turns where the assistant spoke over the caller."));
    builder.addPerTurn(Finding::Kind::BargeIn, byCaller,
                       tr("More turns where the caller spoke over the assistant."));

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
        talk.message = tr("Speaking time: the assistant %1% (%2), the caller %3% (%4).")
                           .arg(assistantPercent)
                           .arg(TimestampFormat::clock(share.assistantMs))
                           .arg(100 - assistantPercent)
                           .arg(TimestampFormat::clock(share.callerMs));
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
