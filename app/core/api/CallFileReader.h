#pragma once

#include "api/CallDecoder.h"

#include <QCoreApplication>
#include <QString>

// Reads a saved Get Call response (--open FILE.json, drag and drop) or the bundled demo call.
class CallFileReader
{
    Q_DECLARE_TR_FUNCTIONS(CallFileReader)

public:
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    // error says what went wrong; readFailed tells an unreadable file from invalid content.
    static CallDecoder::Result read(const QString &path, bool *readFailed = nullptr);
    static CallDecoder::Result demoCall();
    static QString demoCallPath() { return QStringLiteral(":/demo/demo-call.json"); }
    static QString demoRecordingPath() { return QStringLiteral(":/demo/demo-recording.opus"); }
};
