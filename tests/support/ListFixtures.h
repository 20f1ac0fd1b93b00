#pragma once

// Call and assistant objects as the API would send them, varied by index: calls i%3==0 are
// outbound, odd ones have a name, every 5th ended in voicemail, every 4th has no recording,
// duration (i*37)%600 s.

#include "api/CallDecoder.h"

#include <QJsonObject>
#include <QList>

inline QJsonObject fixtureCallJson(int i, const QString &modelId = QStringLiteral("m1"))
{
    QJsonObject call;
    call.insert(QStringLiteral("call_id"),
                QStringLiteral("call%1").arg(i, 5, 10, QLatin1Char('0')));
    call.insert(QStringLiteral("model_id"), modelId);
    call.insert(QStringLiteral("campaign_type"),
                i % 3 == 0 ? QStringLiteral("Outbound") : QStringLiteral("Inbound"));
    call.insert(QStringLiteral("phone_number_from"),
                QStringLiteral("+1555000%1").arg(i % 10000, 4, 10, QLatin1Char('0')));
    call.insert(QStringLiteral("phone_number_to"), QStringLiteral("+34911000111"));
    call.insert(QStringLiteral("name"), i % 2 ? QStringLiteral("Ana %1").arg(i) : QString());
    call.insert(QStringLiteral("transcript"),
                QStringLiteral("\nbot: Hello, this is the assistant.\nhuman: Hi, call %1 "
                               "here.\nbot: How can I help?")
                    .arg(i));
    call.insert(QStringLiteral("duration"), (i * 37) % 600);
    call.insert(QStringLiteral("recording_url"),
                i % 4 ? QStringLiteral("https://rec.example/%1.mp3").arg(i) : QString());
    call.insert(QStringLiteral("end_call_reason"),
                i % 5 ? QStringLiteral("human_hangup") : QStringLiteral("voicemail"));
    return call;
}

inline QJsonObject fixtureAssistantJson(int i)
{
    QJsonObject agent;
    agent.insert(QStringLiteral("language"),
                 i % 2 ? QStringLiteral("es-ES") : QStringLiteral("en-US"));
    agent.insert(QStringLiteral("prompt"), QStringLiteral("Be nice."));
    QJsonObject assistant;
    assistant.insert(QStringLiteral("model_id"), QStringLiteral("model%1").arg(i));
    assistant.insert(QStringLiteral("workspace_id"), QStringLiteral("ws1"));
    assistant.insert(QStringLiteral("type"),
                     i % 2 ? QStringLiteral("outbound") : QStringLiteral("inbound"));
    assistant.insert(QStringLiteral("name"), QStringLiteral("Assistant %1").arg(i));
    assistant.insert(QStringLiteral("phone_number"),
                     QStringLiteral("+1202555%1").arg(i, 4, 10, QLatin1Char('0')));
    assistant.insert(QStringLiteral("is_recording"), i % 2 == 0);
    assistant.insert(QStringLiteral("agent"), agent);
    return assistant;
}

inline QList<CallRecord> fixtureCalls(int first, int count)
{
    QList<CallRecord> calls;
    for (int i = first; i < first + count; ++i)
        calls.append(*CallDecoder::decodeCall(fixtureCallJson(i)).call);
    return calls;
}
