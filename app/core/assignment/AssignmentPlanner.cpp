#include "assignment/AssignmentPlanner.h"

#include "assignment/SeededShuffle.h"

#include <QSet>

std::optional<QDateTime> AssignmentPlanner::callDate(const CallRecord &call)
{
    for (const QString &key : {QStringLiteral("created_at"), QStringLiteral("start_time"),
                               QStringLiteral("started_at")}) {
        const QDateTime time =
            QDateTime::fromString(call.raw.value(key).toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time.toUTC();
    }
    return std::nullopt;
}

bool AssignmentPlanner::matches(const AssignmentRule &rule, const CallRecord &call,
                                const FindingPredicate &hasFinding)
{
    if (!rule.assistantId.isEmpty() && call.modelId != rule.assistantId)
        return false;
    if (!rule.endReasons.isEmpty() && !rule.endReasons.contains(call.endCallReason))
        return false;
    if (rule.minSeconds >= 0 && call.durationSeconds < rule.minSeconds)
        return false;
    if (rule.maxSeconds >= 0 && call.durationSeconds > rule.maxSeconds)
        return false;
    if (!rule.findingKind.isEmpty() && !(hasFinding && hasFinding(call, rule.findingKind)))
        return false;
    return true;
}

AssignmentPlanner::Plan AssignmentPlanner::plan(const AssignmentRule &rule,
                                                const QList<CallRecord> &candidates,
                                                const QStringList &reviewers,
                                                const FindingPredicate &hasFinding)
{
    Plan result;
    QSet<QString> seen;
    for (const CallRecord &call : candidates) {
        if (call.callId.isEmpty() || seen.contains(call.callId))
            continue;
        if (rule.from || rule.to) {
            const std::optional<QDateTime> when = callDate(call);
            if (!when) {
                ++result.undated;
                continue;
            }
            if ((rule.from && when->date() < *rule.from) || (rule.to && when->date() > *rule.to))
                continue;
        }
        if (!matches(rule, call, hasFinding))
            continue;
        seen.insert(call.callId);
        result.eligible.append(call.callId);
    }
    result.eligible.sort();
    QStringList drawn = result.eligible;
    SeededShuffle(rule.seed).shuffle(drawn);
    result.sample = drawn.mid(0, rule.sampleSize(int(drawn.size())));
    for (const QString &reviewer : reviewers) {
        const QString name = reviewer.trimmed();
        if (!name.isEmpty() && !result.reviewers.contains(name))
            result.reviewers.append(name);
    }
    result.byReviewer = split(result.sample, result.reviewers);
    return result;
}

QMap<QString, QStringList> AssignmentPlanner::split(const QStringList &sample,
                                                    const QStringList &reviewers)
{
    QMap<QString, QStringList> result;
    if (reviewers.isEmpty())
        return result;
    for (const QString &reviewer : reviewers)
        result.insert(reviewer, {});
    for (int i = 0; i < sample.size(); ++i)
        result[reviewers.at(i % reviewers.size())].append(sample.at(i));
    return result;
}
