#include "export/JsonExporter.h"

#include "transcript/TranscriptParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A record built in the app (not decoded) has no raw object: describe it from its fields.
QJsonObject callObject(const CallRecord &call)
{
    if (!call.raw.isEmpty())
        return call.raw;
    return QJsonObject{
        {QStringLiteral("call_id"), call.callId},
        {QStringLiteral("model_id"), call.modelId},
        {QStringLiteral("campaign_type"), call.campaignType},
        {QStringLiteral("phone_number_from"), call.phoneNumberFrom},
        {QStringLiteral("phone_number_to"), call.phoneNumberTo},
        {QStringLiteral("name"), call.name},
        {QStringLiteral("transcript"), call.transcript},
        {QStringLiteral("duration"), call.durationSeconds},
        {QStringLiteral("recording_url"), call.recordingUrl},
        {QStringLiteral("end_call_reason"), call.endCallReason},
    };
}

} // namespace

QByteArray JsonExporter::render(const CallRecord &call, bool redacted, const Timeline *timeline)
{
    QJsonArray turns;
    for (qsizetype i = 0; i < call.turns.size(); ++i) {
        const Turn &turn = call.turns.at(i);
        QJsonObject object{
            {QStringLiteral("number"), i + 1},
            {QStringLiteral("speaker"),
             turn.speaker == Speaker::Unknown ? QStringLiteral("unknown")
                                              : TranscriptParser::speakerLabel(turn.speaker)},
            {QStringLiteral("text"), turn.text},
        };
        if (const TurnTiming *timing = timeline ? timeline->timingOf(i) : nullptr) {
            object.insert(QStringLiteral("start_ms"), timing->startMs);
            object.insert(QStringLiteral("end_ms"), timing->endMs);
        }
        turns.append(object);
    }
    const QJsonObject document{
        {QStringLiteral("exported_by"),
         QString(QStringLiteral("callreview ") + QCoreApplication::applicationVersion())},
        {QStringLiteral("redacted"), redacted},
        {QStringLiteral("call"), callObject(call)},
        {QStringLiteral("turns"), turns},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
