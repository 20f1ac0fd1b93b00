#pragma once

#include "model/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The call's fields as label/value pairs a person reads, in the order every export format
// shows them (Markdown table, HTML header, PDF header).
class CallSummary
{
    Q_DECLARE_TR_FUNCTIONS(CallSummary)

public:
    struct Field
    {
        QString label;
        QString value;
    };

    static QList<Field> fields(const CallRecord &call);
    static QString title(const CallRecord &call); // "Call 1725…"
};
