#pragma once

#include "model/AssistantRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Decodes one assistant object of a List Assistants page. Every field read is checked for
// type; unknown fields are ignored; optional fields may be missing or null. An error names
// the first field that was wrong.
class AssistantDecoder
{
    Q_DECLARE_TR_FUNCTIONS(AssistantDecoder)

public:
    struct Result
    {
        std::optional<AssistantRecord> assistant;
        QString error; // set when assistant is empty

        bool ok() const { return assistant.has_value(); }
    };

    // `where` prefixes field names in errors, e.g. "response.assistants[2]".
    static Result decodeAssistant(const QJsonObject &object, const QString &where = QString());
};
