#pragma once

#include <QByteArray>
#include <QString>

// Shared bits of the hostile-input suites: a call ID, a key that must never leak, and a
// well-formed Get Call answer.
namespace HostileFixtures {

inline const QString callId = QStringLiteral("1725527007259x327898249603432960");
// Distinctive, so a scan of logs and files for it cannot match anything by chance.
inline const QString apiKey = QStringLiteral("sk-test-Zq7uN3pXv9Lk2Rt8Wm4Hc6Yd");

inline QByteArray callObject(const QString &id = callId,
                             const QByteArray &recordingUrl = "https://cdn.example.test/r.wav")
{
    return R"({"call_id":")" + id.toUtf8()
        + R"(","model_id":"m1","campaign_type":"Inbound","phone_number_from":"+14155550123",)"
          R"("phone_number_to":"+14155554471","name":"Marta","duration":66,)"
          R"("transcript":"\nbot: Hello.\nhuman: Hi.\n","recording_url":")"
        + recordingUrl + R"(","end_call_reason":"customer-ended-call"})";
}

inline QByteArray callResponse(const QString &id = callId,
                               const QByteArray &recordingUrl = "https://cdn.example.test/r.wav")
{
    return R"({"status":"ok","response":{"calls":[)" + callObject(id, recordingUrl) + "]}}";
}

inline QByteArray callPath(const QString &id = callId)
{
    return "/v2/calls/" + id.toUtf8();
}

} // namespace HostileFixtures
