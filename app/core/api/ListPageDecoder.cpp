#include "api/ListPageDecoder.h"

#include "api/ApiEndpoint.h"
#include "api/AssistantDecoder.h"
#include "api/CallDecoder.h"
#include "base/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// The array inside the envelope, or an error.
QJsonArray envelopeArray(const QByteArray &json, QLatin1StringView key, QString *error)
{
    if (json.trimmed().isEmpty()) {
        *error = ListPageDecoder::tr("the response is empty");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = json.trimmed().startsWith('<')
            ? ListPageDecoder::tr("the response is an HTML page, not JSON")
            : ListPageDecoder::tr("the response is not valid JSON (%1 at byte %2)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return {};
    }
    if (!document.isObject()) {
        *error = ListPageDecoder::tr("the response is not a JSON object");
        return {};
    }
    const QJsonObject root = document.object();
    const QJsonValue status = root.value(QLatin1StringView("status"));
    if (!status.isString()) {
        *error = ListPageDecoder::tr("field \"status\" should be a string but is %1")
                     .arg(JsonFields::typeName(status));
        return {};
    }
    if (status.toString() != u"ok") {
        *error = ListPageDecoder::tr("the API answered with status \"%1\" instead of \"ok\"")
                     .arg(status.toString().left(80));
        return {};
    }
    const QJsonValue response = root.value(QLatin1StringView("response"));
    if (!response.isObject()) {
        *error = ListPageDecoder::tr("field \"response\" should be an object but is %1")
                     .arg(JsonFields::typeName(response));
        return {};
    }
    const QJsonValue array = response.toObject().value(key);
    if (!array.isArray()) {
        *error = ListPageDecoder::tr("field \"%1\" should be an array but is %2")
                     .arg(JsonFields::path(QStringLiteral("response"), key),
                          JsonFields::typeName(array));
        return {};
    }
    return array.toArray();
}

// The ID of a malformed entry when it can be read: a string field that passes the ID rules
// (which also keeps control characters and other junk out of the messages that name it).
QString readableId(const QJsonValue &entry, QLatin1StringView idField,
                   bool (*isValid)(const QString &))
{
    const QJsonValue id = entry.toObject().value(idField);
    const QString text = id.isString() ? id.toString().trimmed() : QString();
    return !text.isEmpty() && isValid(text) ? text : QString();
}

// Decodes every entry with `decode`, keeping the good ones and reporting the bad ones.
template<typename Page, typename Record, typename Decode>
Page decodeEntries(const QByteArray &json, QLatin1StringView key, QList<Record> Page::*records,
                   QLatin1StringView idField, bool (*isValidId)(const QString &), Decode decode)
{
    Page page;
    const QJsonArray array = envelopeArray(json, key, &page.error);
    if (!page.error.isEmpty())
        return page;
    page.entryCount = int(array.size());
    (page.*records).reserve(array.size());
    const QString prefix = QStringLiteral("response.") + key;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = prefix + u'[' + QString::number(i) + u']';
        const QJsonValue entry = array.at(i);
        if (!entry.isObject()) {
            page.rejected.append({i,
                                  ListPageDecoder::tr("field \"%1\" should be an object but is %2")
                                      .arg(where, JsonFields::typeName(entry)),
                                  QString()}); // no object, no ID to read
            continue;
        }
        auto result = decode(entry.toObject(), where);
        if (result.first)
            (page.*records).append(std::move(*result.first));
        else
            page.rejected.append({i, result.second, readableId(entry, idField, isValidId)});
    }
    return page;
}

} // namespace

ListPageDecoder::CallPage ListPageDecoder::decodeCalls(const QByteArray &json)
{
    return decodeEntries<CallPage, CallRecord>(
        json, QLatin1StringView("calls"), &CallPage::calls, QLatin1StringView("call_id"),
        &ApiEndpoint::isValidCallId, [](const QJsonObject &object, const QString &where) {
            CallDecoder::Result result = CallDecoder::decodeCall(object, where);
            return std::make_pair(std::move(result.call), result.error);
        });
}

ListPageDecoder::AssistantPage ListPageDecoder::decodeAssistants(const QByteArray &json)
{
    return decodeEntries<AssistantPage, AssistantRecord>(
        json, QLatin1StringView("assistants"), &AssistantPage::assistants,
        QLatin1StringView("model_id"), &ApiEndpoint::isValidModelId,
        [](const QJsonObject &object, const QString &where) {
            AssistantDecoder::Result result = AssistantDecoder::decodeAssistant(object, where);
            return std::make_pair(std::move(result.assistant), result.error);
        });
}
