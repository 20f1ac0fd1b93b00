#include "CallResponses.h"

#include <QJsonDocument>

namespace CallResponses {

QJsonObject sampleCall(const QString &callId)
{
    return QJsonObject{
        {QStringLiteral("call_id"), callId},
        {QStringLiteral("model_id"), QStringLiteral("1725526325346x892123579587048600")},
        {QStringLiteral("campaign_type"), QStringLiteral("Inbound")},
        {QStringLiteral("phone_number_from"), QStringLiteral("+11234567890")},
        {QStringLiteral("phone_number_to"), QStringLiteral("+1098765432")},
        {QStringLiteral("name"), QStringLiteral("Eddie")},
        {QStringLiteral("transcript"),
         QStringLiteral("\nbot: Hello, how may I help?\nhuman: I would like to know my "
                        "preferences.\nbot: One moment, please.\n")},
        {QStringLiteral("duration"), 66},
        {QStringLiteral("recording_url"),
         QStringLiteral("https://recordings.example/RE68bd7f.mp3")},
        {QStringLiteral("end_call_reason"), QStringLiteral("human_pick_up_cut_off")},
    };
}

QByteArray envelope(const QJsonArray &calls)
{
    const QJsonObject root{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("calls"), calls}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray envelope(const QJsonObject &call)
{
    return envelope(QJsonArray{call});
}

QString longTranscriptTurnText(int i)
{
    QString text = QStringLiteral("turn ") + QString::number(i);
    for (int r = 0; r < 1 + i % 7; ++r)
        text += QStringLiteral(" lorem ipsum dolor sit amet");
    return text;
}

QString longTranscript(int turns)
{
    QString out;
    out.reserve(qsizetype(turns) * 130);
    for (int i = 0; i < turns; ++i) {
        out += (i % 2 == 0) ? QStringLiteral("bot: ") : QStringLiteral("human: ");
        out += longTranscriptTurnText(i);
        out += u'\n';
    }
    return out;
}

QByteArray longCallResponse(int turns, const QString &callId)
{
    QJsonObject call = sampleCall(callId);
    call.insert(QStringLiteral("transcript"), longTranscript(turns));
    return envelope(call);
}

} // namespace CallResponses
