#include "scorecards/ScorecardQuestion.h"

#include <algorithm>

double ScorecardQuestion::possiblePoints() const
{
    switch (type) {
    case Type::YesNo:
        return 1.0;
    case Type::Scale:
        return double(max) - double(min);
    case Type::Choice:
        break;
    }
    double best = 0.0;
    for (const Option &candidate : options)
        best = std::max(best, candidate.points);
    return best;
}

double ScorecardQuestion::lowestPoints() const
{
    if (type != Type::Choice || options.isEmpty())
        return 0.0; // no, or the scale's min (value - min = 0)
    double lowest = options.first().points;
    for (const Option &candidate : options)
        lowest = std::min(lowest, candidate.points);
    return lowest;
}

const ScorecardQuestion::Option *ScorecardQuestion::option(const QString &label) const
{
    for (const Option &candidate : options) {
        if (candidate.label == label)
            return &candidate;
    }
    return nullptr;
}

QString ScorecardQuestion::typeKey(Type type)
{
    switch (type) {
    case Type::YesNo:
        return QStringLiteral("yes_no");
    case Type::Scale:
        return QStringLiteral("scale");
    case Type::Choice:
        break;
    }
    return QStringLiteral("choice");
}

std::optional<ScorecardQuestion::Type> ScorecardQuestion::typeFromKey(const QString &key)
{
    for (Type type : {Type::YesNo, Type::Scale, Type::Choice}) {
        if (typeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString ScorecardQuestion::commentRuleKey(CommentRule rule)
{
    switch (rule) {
    case CommentRule::Never:
        return QStringLiteral("never");
    case CommentRule::OnFail:
        return QStringLiteral("on_fail");
    case CommentRule::Always:
        break;
    }
    return QStringLiteral("always");
}

std::optional<ScorecardQuestion::CommentRule>
ScorecardQuestion::commentRuleFromKey(const QString &key)
{
    for (CommentRule rule : {CommentRule::Never, CommentRule::OnFail, CommentRule::Always}) {
        if (commentRuleKey(rule) == key)
            return rule;
    }
    return std::nullopt;
}
