#include "scorecards/ScorecardResult.h"

#include <QJsonArray>

namespace {

QJsonValue scoreValue(const std::optional<double> &score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

} // namespace

const ScorecardResult::QuestionScore *ScorecardResult::question(const QString &id) const
{
    for (const QuestionScore &candidate : questions) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QJsonObject ScorecardResult::toJson() const
{
    QJsonArray groupArray;
    for (const GroupScore &group : groups) {
        groupArray.append(QJsonObject{{QStringLiteral("name"), group.name},
                                      {QStringLiteral("score"), scoreValue(group.score)}});
    }
    return {{QStringLiteral("score"), scoreValue(score)},
            {QStringLiteral("critical_score"), scoreValue(criticalScore)},
            {QStringLiteral("fatal"), QJsonArray::fromStringList(fatal)},
            {QStringLiteral("groups"), groupArray}};
}
