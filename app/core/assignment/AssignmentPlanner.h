#pragma once

#include "assignment/AssignmentRule.h"
#include "model/CallRecord.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

// Draws the calls a rule selects from the List Calls results and splits them across the
// reviewers (issue 16). Pure: no network, no database.
//
// - Filters: the rule's assistant, date range, end reasons, duration bounds and "has a finding
//   of kind X" (asked of a predicate, since findings come from the transcript and the planner
//   stays testable without them).
// - Sample: the eligible call IDs are sorted (List Calls documents no order, so arrival order
//   must not matter), shuffled with SeededShuffle(rule.seed) and the first sampleSize() taken:
//   the same seed and the same candidates give the same sample on every machine.
// - Split: round robin over the reviewers in the order given, so each gets the sample's calls
//   in sample order and the counts differ by at most one.
class AssignmentPlanner
{
public:
    // Whether the call has a finding of this kind (Finding::kindKey()).
    using FindingPredicate = std::function<bool(const CallRecord &call, const QString &kind)>;

    struct Plan
    {
        QStringList eligible; // every call that passed the filters, sorted
        QStringList sample; // in draw order
        QStringList reviewers; // as split over: trimmed, each once
        QMap<QString, QStringList> byReviewer;
        int undated = 0; // calls left out because the rule has a date range and they no date
    };

    // The API documents no timestamp for a call; when the call object carries one anyway
    // (created_at, start_time or started_at as ISO-8601) it is used, else nullopt.
    static std::optional<QDateTime> callDate(const CallRecord &call);

    // Whether the call passes the rule's filters (the date range not included: see plan()).
    static bool matches(const AssignmentRule &rule, const CallRecord &call,
                        const FindingPredicate &hasFinding);

    static Plan plan(const AssignmentRule &rule, const QList<CallRecord> &candidates,
                     const QStringList &reviewers, const FindingPredicate &hasFinding = {});

    // The sample split round robin (see above); empty when there is no reviewer.
    static QMap<QString, QStringList> split(const QStringList &sample,
                                            const QStringList &reviewers);
};
