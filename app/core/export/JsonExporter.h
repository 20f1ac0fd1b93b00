#pragma once

#include "model/CallRecord.h"

#include <QByteArray>

// The call as JSON, pretty-printed: the call object exactly as the API sent it ("call"),
// plus the transcript parsed into turns ("turns": number, speaker "bot"/"human", text).
class JsonExporter
{
public:
    static QByteArray render(const CallRecord &call, bool redacted);
};
