#include "api/CallDecoder.h"

#include "base/JsonEscapes.h"
#include "base/JsonFields.h"
#include "transcript/TranscriptParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const QString &where)
        : m_object(object)
        , m_where(where)
    { }

    // Reads a string field. Required fields must be non-empty strings; optional ones may be
    // missing or null.
    QString string(QLatin1StringView key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            QString text = value.toString();
            if (required && text.trimmed().isEmpty())
                fail(CallDecoder::tr("field \"%1\" is empty").arg(JsonFields::path(m_where, key)));
            return text;
        }
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        fail(CallDecoder::tr("field \"%1\" should be a string but is %2")
                 .arg(JsonFields::path(m_where, key), JsonFields::typeName(value)));
        return {};
    }

    // Reads a whole, non-negative number of seconds. A numeric string ("66") is tolerated,
    // since the API documents some numbers as strings elsewhere.
    qint64 seconds(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return 0;
        double number = -1;
        bool ok = false;
        if (value.isDouble()) {
            number = value.toDouble();
            ok = true;
        } else if (value.isString()) {
            number = value.toString().trimmed().toDouble(&ok);
        }
        // 10 years in seconds: anything longer is not a phone call.
        constexpr double maxSeconds = 10.0 * 365 * 24 * 3600;
        if (!ok || !std::isfinite(number) || number < 0 || number > maxSeconds) {
            fail(
                CallDecoder::tr("field \"%1\" should be a non-negative number of seconds but is %2")
                    .arg(JsonFields::path(m_where, key),
                         value.isDouble() || value.isString() ? CallDecoder::tr("out of range")
                                                              : JsonFields::typeName(value)));
            return 0;
        }
        return qRound64(number);
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error; // keep the first problem: it is the one to fix
    }

    const QJsonObject &m_object;
    QString m_where;
    QString m_error;
};

CallDecoder::Result failure(const QString &error)
{
    return {std::nullopt, error};
}

} // namespace

CallDecoder::Result CallDecoder::decodeResponse(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return failure(tr("the response is empty"));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(JsonEscapes::simplified(json), &parseError);
    if (parseError.error != QJsonParseError::NoError) // report the error where the server put it
        document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool looksLikeHtml = json.trimmed().startsWith('<');
        return failure(looksLikeHtml ? tr("the response is an HTML page, not JSON")
                                     : tr("the response is not valid JSON (%1 at byte %2)")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
    }
    if (!document.isObject())
        return failure(tr("the response is not a JSON object"));
    const QJsonObject root = document.object();

    const QJsonValue status = root.value(QLatin1StringView("status"));
    if (!status.isString())
        return failure(
            tr("field \"status\" should be a string but is %1").arg(JsonFields::typeName(status)));
    if (status.toString() != u"ok")
        return failure(tr("the API answered with status \"%1\" instead of \"ok\"")
                           .arg(status.toString().left(80)));

    const QJsonValue response = root.value(QLatin1StringView("response"));
    if (!response.isObject())
        return failure(tr("field \"response\" should be an object but is %1")
                           .arg(JsonFields::typeName(response)));
    const QJsonValue calls = response.toObject().value(QLatin1StringView("calls"));
    if (!calls.isArray())
        return failure(tr("field \"response.calls\" should be an array but is %1")
                           .arg(JsonFields::typeName(calls)));
    const QJsonArray array = calls.toArray();
    if (array.isEmpty())
        return failure(tr("field \"response.calls\" is empty: the response holds no call"));
    if (array.size() > 1)
        return failure(
            tr("field \"response.calls\" holds %1 calls where one was expected").arg(array.size()));
    const QJsonValue call = array.first();
    if (!call.isObject())
        return failure(tr("field \"response.calls[0]\" should be an object but is %1")
                           .arg(JsonFields::typeName(call)));
    return decodeCall(call.toObject(), QStringLiteral("response.calls[0]"));
}

CallDecoder::Result CallDecoder::decodeCall(const QJsonObject &object, const QString &where)
{
    FieldReader read(object, where);
    CallRecord call;
    call.callId = read.string(QLatin1StringView("call_id"), true);
    call.modelId = read.string(QLatin1StringView("model_id"), false);
    call.campaignType = read.string(QLatin1StringView("campaign_type"), false);
    call.phoneNumberFrom = read.string(QLatin1StringView("phone_number_from"), false);
    call.phoneNumberTo = read.string(QLatin1StringView("phone_number_to"), false);
    call.name = read.string(QLatin1StringView("name"), false);
    call.transcript = read.string(QLatin1StringView("transcript"), false);
    call.durationSeconds = read.seconds(QLatin1StringView("duration"));
    call.recordingUrl = read.string(QLatin1StringView("recording_url"), false);
    call.endCallReason = read.string(QLatin1StringView("end_call_reason"), false);
    if (read.failed())
        return failure(read.error());
    call.turns = TranscriptParser::parse(call.transcript);
    call.raw = object;
    return {std::move(call), QString()};
}
