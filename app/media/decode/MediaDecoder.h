#pragma once

#include "decode/AlignmentError.h"
#include "decode/PcmAudio.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

// Decodes any recording the media stack plays (MP3, Ogg/Opus, FLAC, AAC...) with QAudioDecoder,
// blocking: it runs a local event loop in the calling thread, which may be any thread with a
// QCoreApplication alive (a QtConcurrent worker included). A stalled decoder is abandoned after
// stallTimeoutMs without output, so a hostile file never hangs the caller.
class MediaDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MediaDecoder)

public:
    struct Limits
    {
        int maxSampleRate = 16000;
        qint64 maxDurationMs = 0; // 0 = no limit
        qint64 expectedDurationMs = 0; // for progress only (0 = unknown)
        int stallTimeoutMs = 15000;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int percent)> progress;
    };
    struct Result
    {
        PcmAudio audio;
        AlignmentError error;
        qint64 firstBufferUs = 0; // the decoder's timestamp of the first sample delivered
    };

    static Result decode(const QString &path, const Limits &limits);
};
