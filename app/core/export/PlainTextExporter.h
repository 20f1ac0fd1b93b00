#pragma once

#include "model/CallRecord.h"

#include <QCoreApplication>
#include <QString>

// The call as plain text: a short header, then every turn under its speaker, in order.
class PlainTextExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextExporter)

public:
    static QString render(const CallRecord &call);
};
