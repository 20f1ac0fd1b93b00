#include "api/AssistantDecoder.h"

#include "base/JsonFields.h"

namespace {

class Reader
{
public:
    Reader(const QJsonObject &object, const QString &where)
        : m_object(object)
        , m_where(where)
    { }

    QString string(QLatin1StringView key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            if (required && value.toString().trimmed().isEmpty())
                fail(AssistantDecoder::tr("field \"%1\" is empty").arg(path(key)));
            return value.toString();
        }
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        fail(AssistantDecoder::tr("field \"%1\" should be a string but is %2")
                 .arg(path(key), JsonFields::typeName(value)));
        return {};
    }

    std::optional<bool> boolean(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isBool())
            return value.toBool();
        if (!value.isUndefined() && !value.isNull()) {
            fail(AssistantDecoder::tr("field \"%1\" should be a boolean but is %2")
                     .arg(path(key), JsonFields::typeName(value)));
        }
        return std::nullopt;
    }

    // An optional nested object: a reader for it (over an empty object when missing or null).
    Reader object(QLatin1StringView key, QJsonObject *storage)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isObject())
            *storage = value.toObject();
        else if (!value.isUndefined() && !value.isNull())
            fail(AssistantDecoder::tr("field \"%1\" should be an object but is %2")
                     .arg(path(key), JsonFields::typeName(value)));
        return Reader(*storage, path(key));
    }

    void adopt(const Reader &nested) { fail(nested.m_error); }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QString path(QLatin1StringView key) const { return JsonFields::path(m_where, key); }
    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error; // the first problem is the one to fix
    }

    const QJsonObject &m_object;
    QString m_where;
    QString m_error;
};

} // namespace

AssistantDecoder::Result AssistantDecoder::decodeAssistant(const QJsonObject &object,
                                                           const QString &where)
{
    Reader read(object, where);
    AssistantRecord assistant;
    assistant.modelId = read.string(QLatin1StringView("model_id"), true);
    assistant.workspaceId = read.string(QLatin1StringView("workspace_id"), false);
    assistant.type = read.string(QLatin1StringView("type"), false);
    assistant.name = read.string(QLatin1StringView("name"), false);
    assistant.description = read.string(QLatin1StringView("description"), false);
    assistant.phoneNumber = read.string(QLatin1StringView("phone_number"), false);
    assistant.isRecording = read.boolean(QLatin1StringView("is_recording"));
    QJsonObject agentObject;
    Reader agent = read.object(QLatin1StringView("agent"), &agentObject);
    assistant.language = agent.string(QLatin1StringView("language"), false);
    read.adopt(agent);
    if (read.failed())
        return {std::nullopt, read.error()};
    assistant.raw = object;
    return {std::move(assistant), QString()};
}
