#pragma once

#include "model/CallRecord.h"

#include <QCoreApplication>

class QMimeData;

// "Copy transcript": the call as Markdown (text/markdown) and plain text (text/plain), so a
// rich editor pastes formatted text and a terminal or form gets plain text.
class TranscriptClipboard
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptClipboard)

public:
    static QMimeData *mimeData(const CallRecord &call); // caller owns it
    static bool copy(const CallRecord &call); // false when no call is open
};
