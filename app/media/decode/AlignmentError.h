#pragma once

#include <QString>

// Why a recording could not be aligned. The kind is for code (the command line maps every kind
// to exit 4, the window picks an icon); the message is translated and says what to do.
struct AlignmentError
{
    enum class Kind {
        None,
        Unreadable, // the file cannot be opened or read
        NotAudio, // no known audio container or codec (random bytes, HTML, an empty file)
        Truncated, // the data ends before its header says, or far before the call's duration
        Empty, // a valid container holding no audio frames
        NoChannels, // the header declares zero channels
        Silent, // audio, but no speech on any channel
        TooLong, // longer than the call by hours, or past the engine's hard limit
        DecodeFailed, // the codec failed (no decoder installed, corrupt stream, stalled decoder)
        Canceled, // cancel() was called
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};
