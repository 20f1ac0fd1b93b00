#pragma once

#include "Turn.h"

#include <QCoreApplication>
#include <QString>

// How call fields read to a person. Shared by the window and every export format.
class CallFormatting
{
    Q_DECLARE_TR_FUNCTIONS(CallFormatting)

public:
    static QString duration(qint64 seconds);          // "1:06", "1:02:03"
    static QString endReason(const QString &code);    // "Human pick-up cut off"
    static QString direction(const QString &campaignType); // "Inbound", "Outbound", as given
    static QString speakerName(Speaker speaker);      // "Assistant", "Caller"
    static QString nameOrUnknown(const QString &name); // "unknown" when empty
};
