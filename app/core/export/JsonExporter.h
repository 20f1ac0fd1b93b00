#pragma once

#include "alignment/Timeline.h"
#include "model/CallRecord.h"

#include <QByteArray>

// The call as JSON, pretty-printed: the call object exactly as the API sent it ("call"),
// plus the transcript parsed into turns ("turns": number, speaker "bot"/"human", text).
class JsonExporter
{
public:
    // With a timeline, every placed turn gains start_ms and end_ms.
    static QByteArray render(const CallRecord &call, bool redacted,
                             const Timeline *timeline = nullptr);
};
