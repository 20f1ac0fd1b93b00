#pragma once

#include <QString>

// Tells the audio container of a downloaded recording from its first bytes (Twilio serves WAV
// without an extension), for the file name offered by "Save recording as…".
class RecordingFormat
{
public:
    // "wav", "mp3", "opus", "ogg", "flac", "m4a"; "audio" when unknown or unreadable.
    static QString suffixOf(const QString &localFile);
    static QString suffixOfHeader(const QByteArray &header);
};
