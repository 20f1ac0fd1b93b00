#pragma once

// Calls for export tests: hostile and multilingual text, personal data to redact.
#include "api/CallDecoder.h"
#include "model/CallRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace SampleCalls {

inline QByteArray envelope(const QJsonObject &call)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("response"),
                              QJsonObject{{QStringLiteral("calls"), QJsonArray{call}}}},
                         })
        .toJson(QJsonDocument::Compact);
}

inline QJsonObject callObject(const QString &callId, const QString &transcript)
{
    return QJsonObject{
        {QStringLiteral("call_id"), callId},
        {QStringLiteral("model_id"), QStringLiteral("1725526325346x892123579587048600")},
        {QStringLiteral("campaign_type"), QStringLiteral("Inbound")},
        {QStringLiteral("phone_number_from"), QStringLiteral("+14155550123")},
        {QStringLiteral("phone_number_to"), QStringLiteral("+34 612 34 56 78")},
        {QStringLiteral("name"), QStringLiteral("Jane Roe")},
        {QStringLiteral("transcript"), transcript},
        {QStringLiteral("duration"), 66},
        {QStringLiteral("recording_url"), QStringLiteral("https://rec.example/RE1.wav")},
        {QStringLiteral("end_call_reason"), QStringLiteral("human_hangup")},
    };
}

// A whole Get Call answer for a short, valid call (what the batch suites' fake API serves).
inline QByteArray greetingResponse(const QString &callId)
{
    return envelope(callObject(
        callId, QStringLiteral("bot: Hello, this is %1.\nhuman: Hi there.\n").arg(callId)));
}

inline CallRecord decode(const QJsonObject &object)
{
    const CallDecoder::Result result = CallDecoder::decodeResponse(envelope(object));
    Q_ASSERT(result.ok());
    return *result.call;
}

// Turn texts of hostileCall(), in order (one utterance each except the third).
inline QStringList hostileTurnTexts()
{
    return {
        QStringLiteral(
            "Hello <script>alert('x')</script> & welcome to **Acme** [link](http://evil.example)"),
        QStringLiteral("# not a heading | a, \"quoted\" cell"),
        QStringLiteral(
            "=HYPERLINK(\"http://evil.example\")\n- second line `code` _under_ ~strike~ 1. one"),
        QStringLiteral("مرحبا، كيف يمكنني مساعدتك اليوم؟"),
        QStringLiteral("你好，我想预约明天下午的门诊。"),
        QStringLiteral("@SUM(A1) +plus -minus <b>bold</b> &amp; \\backslash"),
    };
}

inline CallRecord hostileCall()
{
    const QStringList texts = hostileTurnTexts();
    QString transcript;
    for (int i = 0; i < texts.size(); ++i)
        transcript += (i % 2 == 0 ? QStringLiteral("bot: ") : QStringLiteral("human: "))
            + texts.at(i) + u'\n';
    return decode(callObject(QStringLiteral("hostile-1"), transcript));
}

// Phone numbers and e-mails in many notations, all of which redaction must hide.
inline QStringList phoneNumbers()
{
    return {
        QStringLiteral("+1 (415) 555-0123"), QStringLiteral("415.555.0123"),
        QStringLiteral("4155550123"),        QStringLiteral("+34 612 34 56 78"),
        QStringLiteral("(020) 7946 0958"),   QStringLiteral("+44 20 7946 0958"),
        QStringLiteral("0049-30-901820"),    QStringLiteral("+14155550123"),
        QStringLiteral("٠٥٥١٢٣٤٥٦٧"), // Arabic-Indic digits
    };
}

inline QStringList emails()
{
    return {QStringLiteral("jane.roe@example.com"), QStringLiteral("J_R+tag@mail.example.co.uk"),
            QStringLiteral("ann1985@example.org")};
}

inline CallRecord personalDataCall()
{
    const QStringList phones = phoneNumbers();
    const QStringList mails = emails();
    QString transcript = QStringLiteral("bot: Hi Jane Roe, can I reach you at %1 or %2?\n")
                             .arg(phones.at(0), phones.at(1));
    transcript += QStringLiteral("human: Use %1, or my cell %2. Mail %3.\n")
                      .arg(phones.at(2), phones.at(3), mails.at(0));
    transcript += QStringLiteral("bot: Office %1 / %2, fax %3, home %4.\n")
                      .arg(phones.at(4), phones.at(5), phones.at(6), phones.at(7));
    transcript += QStringLiteral("human: Or %1, %2 and %3 — roe said jane.\n")
                      .arg(phones.at(8), mails.at(1), mails.at(2));
    QJsonObject object = callObject(QStringLiteral("pii-1"), transcript);
    object.insert(QStringLiteral("notes"), QStringLiteral("callback %1").arg(phones.at(5)));
    return decode(object);
}

// What must not survive redaction: any run of 7+ digits once separators are ignored, any '@'
// between word characters.
inline QStringList leakedPersonalData(const QString &text)
{
    QStringList leaks;
    static const QRegularExpression phoneLike(QStringLiteral(R"(\d(?:[ \t().\-/]{0,3}\d){6,})"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression emailLike(QStringLiteral(R"(\w@\w)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    for (const QRegularExpression *re : {&phoneLike, &emailLike}) {
        auto it = re->globalMatch(text);
        while (it.hasNext())
            leaks.append(it.next().captured());
    }
    for (const QString &phone : phoneNumbers()) {
        static const QRegularExpression digitRun(QStringLiteral(R"(\d{3,})"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
        auto runs = digitRun.globalMatch(phone);
        while (runs.hasNext()) {
            const QString run = runs.next().captured();
            if (text.contains(run))
                leaks.append(run);
        }
    }
    return leaks;
}

} // namespace SampleCalls
