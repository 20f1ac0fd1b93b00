#pragma once

#include "model/Turn.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One call as the Anunzi API described it, after every field was checked for type.
// Optional fields that were missing or null are empty strings.
struct CallRecord
{
    QString callId;
    QString modelId;
    QString campaignType; // "Inbound", "Outbound", "Test" ... an open set
    QString phoneNumberFrom;
    QString phoneNumberTo;
    QString name;
    QString transcript; // raw text as received
    qint64 durationSeconds = 0;
    QString recordingUrl;
    QString endCallReason;
    // A recording shipped with the app (a resource path), used instead of recordingUrl. Set only
    // by CallFileReader::demoCall(), never from API data, so the URL policy stays http/https.
    QString bundledRecording;

    QList<Turn> turns; // transcript parsed into turns
    QJsonObject raw; // the call object exactly as received (for JSON export)
};
