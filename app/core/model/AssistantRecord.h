#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One assistant as List Assistants described it, after every field used was checked for type.
// Optional fields that were missing or null are empty (isRecording: no value).
struct AssistantRecord
{
    QString modelId; // the assistant's ID: what List Calls takes as model_id
    QString workspaceId;
    QString type; // "inbound", "outbound" ... an open set
    QString name;
    QString description;
    QString phoneNumber;
    QString language; // agent.language, e.g. "en-US"
    std::optional<bool> isRecording;

    QJsonObject raw; // the assistant object exactly as received (for --json)
};
