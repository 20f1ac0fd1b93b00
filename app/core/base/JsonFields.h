#pragma once

#include <QJsonValue>
#include <QString>

// Small helpers shared by the decoders of API objects: how a JSON value's type and a field's
// path read in an error message.
namespace JsonFields {
QString typeName(const QJsonValue &value); // "a string", "null", "missing" ...
QString path(const QString &where, QLatin1StringView key); // "response.calls[3].name"
} // namespace JsonFields
