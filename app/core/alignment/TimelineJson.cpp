#include "alignment/TimelineJson.h"

#include <QJsonArray>

#include <cmath>

namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

// An integer JSON number within [min, max], else nullopt.
std::optional<qint64> integerField(const QJsonObject &object, QLatin1StringView key, qint64 min,
                                   qint64 max)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::abs(d) > maxExactInteger)
        return std::nullopt;
    const auto i = qint64(d);
    if (i < min || i > max)
        return std::nullopt;
    return i;
}

// A channel_map entry: 0, 1 or "mixed" (ChannelMap::Mixed).
std::optional<int> channelField(const QJsonObject &map, QLatin1StringView key)
{
    const QJsonValue value = map.value(key);
    if (value.isString())
        return value.toString() == QLatin1String("mixed") ? std::optional<int>(ChannelMap::Mixed)
                                                          : std::nullopt;
    const auto channel = integerField(map, key, 0, 1);
    return channel ? std::optional<int>(int(*channel)) : std::nullopt;
}

QJsonValue channelValue(int channel)
{
    return channel == ChannelMap::Mixed ? QJsonValue(QStringLiteral("mixed")) : QJsonValue(channel);
}

} // namespace

QString TimelineJson::speakerName(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Bot:
        return QStringLiteral("bot");
    case Speaker::Human:
        return QStringLiteral("human");
    case Speaker::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject TimelineJson::toJson(const Timeline &timeline, const QList<Turn> &turns,
                                 const QString &callId)
{
    QJsonArray entries;
    const bool haveSpeakers = turns.size() == timeline.turns.size();
    for (int i = 0; i < timeline.turns.size(); ++i) {
        const TurnTiming &timing = timeline.turns.at(i);
        QJsonObject entry;
        entry.insert(QStringLiteral("turn"), i + 1);
        entry.insert(QStringLiteral("speaker"),
                     speakerName(haveSpeakers ? turns.at(i).speaker : Speaker::Unknown));
        entry.insert(QStringLiteral("start_ms"), timing.startMs);
        entry.insert(QStringLiteral("end_ms"), timing.endMs);
        entry.insert(QStringLiteral("confidence"), std::round(timing.confidence * 1000.0) / 1000.0);
        entries.append(entry);
    }
    QJsonObject map;
    map.insert(QStringLiteral("bot"), channelValue(timeline.channels.botChannel));
    map.insert(QStringLiteral("human"), channelValue(timeline.channels.humanChannel));
    QJsonObject object;
    object.insert(QStringLiteral("call_id"), callId);
    object.insert(QStringLiteral("channel_map"), map);
    object.insert(QStringLiteral("duration_ms"), timeline.durationMs);
    object.insert(QStringLiteral("turns"), entries);
    return object;
}

std::optional<TimelineJson::Document> TimelineJson::fromJson(const QJsonObject &object,
                                                             QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Document document;
    const QJsonValue callId = object.value(QLatin1String("call_id"));
    if (!callId.isString())
        return fail(tr("\"call_id\" is missing or not a string"));
    document.callId = callId.toString();

    const QJsonValue mapValue = object.value(QLatin1String("channel_map"));
    if (!mapValue.isObject())
        return fail(tr("\"channel_map\" is missing or not an object"));
    const QJsonObject map = mapValue.toObject();
    const auto bot = channelField(map, QLatin1String("bot"));
    const auto human = channelField(map, QLatin1String("human"));
    if (!bot || !human)
        return fail(tr("\"channel_map\" needs \"bot\" and \"human\", each 0, 1 or \"mixed\""));
    const bool bothMixed = *bot == ChannelMap::Mixed && *human == ChannelMap::Mixed;
    const bool distinctChannels =
        *bot != ChannelMap::Mixed && *human != ChannelMap::Mixed && *bot != *human;
    if (!bothMixed && !distinctChannels)
        return fail(tr("\"channel_map\" must give the two parties different channels, or "
                       "\"mixed\" to both"));
    document.timeline.channels.botChannel = *bot;
    document.timeline.channels.humanChannel = *human;

    constexpr qint64 maxMs = qint64(1) << 50;
    const auto duration = integerField(object, QLatin1String("duration_ms"), 0, maxMs);
    if (!duration)
        return fail(tr("\"duration_ms\" is missing or not a non-negative integer"));
    document.timeline.durationMs = *duration;

    const QJsonValue turnsValue = object.value(QLatin1String("turns"));
    if (!turnsValue.isArray())
        return fail(tr("\"turns\" is missing or not an array"));
    const QJsonArray turns = turnsValue.toArray();
    for (int i = 0; i < turns.size(); ++i) {
        const QString where = QStringLiteral("turns[%1]").arg(i);
        if (!turns.at(i).isObject())
            return fail(tr("%1 is not an object").arg(where));
        const QJsonObject entry = turns.at(i).toObject();
        const auto number = integerField(entry, QLatin1String("turn"), i + 1, i + 1);
        if (!number)
            return fail(tr("%1.turn must be %2").arg(where).arg(i + 1));
        const QString speaker = entry.value(QLatin1String("speaker")).toString();
        if (speaker == QLatin1String("bot"))
            document.speakers.append(Speaker::Bot);
        else if (speaker == QLatin1String("human"))
            document.speakers.append(Speaker::Human);
        else if (speaker == QLatin1String("unknown"))
            document.speakers.append(Speaker::Unknown);
        else
            return fail(tr("%1.speaker must be \"bot\", \"human\" or \"unknown\"").arg(where));
        TurnTiming timing;
        const auto start = integerField(entry, QLatin1String("start_ms"), 0, *duration);
        if (!start)
            return fail(tr("%1.start_ms must be an integer within the recording").arg(where));
        const auto end = integerField(entry, QLatin1String("end_ms"), *start, *duration);
        if (!end)
            return fail(
                tr("%1.end_ms must be an integer from start_ms to the recording's end").arg(where));
        const QJsonValue confidence = entry.value(QLatin1String("confidence"));
        if (!confidence.isDouble() || !(confidence.toDouble() >= 0.0)
            || !(confidence.toDouble() <= 1.0))
            return fail(tr("%1.confidence must be a number from 0 to 1").arg(where));
        timing.startMs = *start;
        timing.endMs = *end;
        timing.confidence = confidence.toDouble();
        document.timeline.turns.append(timing);
    }
    return document;
}
