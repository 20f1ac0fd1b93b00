#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// Which calls of one assistant to sample for review, and how many (issue 16). A value, stored
// with each batch as JSON so the batch can be drawn again and checked.
struct AssignmentRule
{
    enum class Size : quint8 { Count, Percent };

    QString assistantId; // the List Calls model_id
    std::optional<QDate> from; // inclusive, by the call's date (see AssignmentPlanner::callDate)
    std::optional<QDate> to; // inclusive
    Size size = Size::Count;
    int count = 10; // Count: this many calls (fewer when fewer match)
    double percent = 10; // Percent: this share of the matching calls, rounded up ...
    int minimum = 0; // ... but at least this many (when that many match)
    QStringList endReasons; // end_call_reason codes; empty: any
    int minSeconds = -1; // duration bounds, inclusive; negative: none
    int maxSeconds = -1;
    QString findingKind; // Finding::kindKey(); empty: any
    quint64 seed = 1;

    // How many of `eligible` matching calls the rule takes.
    int sampleSize(int eligible) const;

    QJsonObject toJson() const; // the seed as a decimal string (JSON numbers lose 64-bit values)
    static std::optional<AssignmentRule> fromJson(const QJsonObject &json);

    friend bool operator==(const AssignmentRule &a, const AssignmentRule &b)
    {
        return a.toJson() == b.toJson();
    }
};
