#pragma once

#include "model/CallRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Decodes Anunzi API responses. Every field is checked for type; unknown fields are ignored;
// an error names the field that was wrong.
class CallDecoder
{
    Q_DECLARE_TR_FUNCTIONS(CallDecoder)

public:
    struct Result
    {
        std::optional<CallRecord> call;
        QString error; // set when call is empty

        bool ok() const { return call.has_value(); }
    };

    // A whole Get Call response: {"status":"ok","response":{"calls":[CALL]}}.
    static Result decodeResponse(const QByteArray &json);
    // One call object (also used for the entries of a List Calls page).
    // `where` prefixes field names in errors, e.g. "response.calls[0]".
    static Result decodeCall(const QJsonObject &object, const QString &where = QString());
};
