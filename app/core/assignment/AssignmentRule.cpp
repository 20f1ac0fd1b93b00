#include "assignment/AssignmentRule.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

std::optional<QDate> dateFrom(const QJsonValue &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

int AssignmentRule::sampleSize(int eligible) const
{
    if (eligible <= 0)
        return 0;
    if (size == Size::Count)
        return std::clamp(count, 0, eligible);
    // Rounded up: 10 % of 5 calls is one call, not none. The small epsilon keeps 10 % of 30
    // at 3 despite 30 * 10 / 100 not being exactly 3 in binary.
    const int share = int(std::ceil(eligible * std::clamp(percent, 0.0, 100.0) / 100.0 - 1e-9));
    return std::clamp(std::max(share, minimum), 0, eligible);
}

QJsonObject AssignmentRule::toJson() const
{
    return {
        {QStringLiteral("assistant_id"), assistantId},
        {QStringLiteral("from"), dateText(from)},
        {QStringLiteral("to"), dateText(to)},
        {QStringLiteral("size"),
         size == Size::Count ? QStringLiteral("count") : QStringLiteral("percent")},
        {QStringLiteral("count"), count},
        {QStringLiteral("percent"), percent},
        {QStringLiteral("minimum"), minimum},
        {QStringLiteral("end_reasons"), QJsonArray::fromStringList(endReasons)},
        {QStringLiteral("min_seconds"), minSeconds},
        {QStringLiteral("max_seconds"), maxSeconds},
        {QStringLiteral("finding_kind"), findingKind},
        {QStringLiteral("seed"), QString::number(seed)},
    };
}

std::optional<AssignmentRule> AssignmentRule::fromJson(const QJsonObject &json)
{
    AssignmentRule rule;
    const QString size = json.value(QStringLiteral("size")).toString();
    if (size != u"count" && size != u"percent")
        return std::nullopt;
    bool seedOk = false;
    rule.seed = json.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    if (!seedOk)
        return std::nullopt;
    rule.size = size == u"count" ? Size::Count : Size::Percent;
    rule.assistantId = json.value(QStringLiteral("assistant_id")).toString();
    rule.from = dateFrom(json.value(QStringLiteral("from")));
    rule.to = dateFrom(json.value(QStringLiteral("to")));
    rule.count = json.value(QStringLiteral("count")).toInt();
    rule.percent = json.value(QStringLiteral("percent")).toDouble();
    rule.minimum = json.value(QStringLiteral("minimum")).toInt();
    for (const QJsonValue &reason : json.value(QStringLiteral("end_reasons")).toArray())
        rule.endReasons.append(reason.toString());
    rule.minSeconds = json.value(QStringLiteral("min_seconds")).toInt(-1);
    rule.maxSeconds = json.value(QStringLiteral("max_seconds")).toInt(-1);
    rule.findingKind = json.value(QStringLiteral("finding_kind")).toString();
    return rule;
}
