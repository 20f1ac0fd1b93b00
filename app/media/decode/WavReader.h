#pragma once

#include "decode/AlignmentError.h"
#include "decode/PcmAudio.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

// Reads RIFF/WAVE files directly (PCM 8/16/24/32-bit, float, mu-law, A-law, extensible): no
// media stack, no event loop, and about 30 times faster than QAudioDecoder on a long call.
// Other WAVE codecs (ADPCM, GSM) are left to the media stack: status Unsupported.
class WavReader
{
    Q_DECLARE_TR_FUNCTIONS(WavReader)

public:
    enum class Status { Ok, Unsupported, Failed };
    struct Limits
    {
        int maxSampleRate = 16000; // higher rates are decimated
        qint64 maxDurationMs = 0; // 0 = no limit
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int percent)> progress;
    };
    struct Result
    {
        Status status = Status::Failed;
        PcmAudio audio;
        AlignmentError error; // when status is Failed
    };

    static bool looksLikeWav(const QByteArray &head);
    static Result read(const QString &path, const Limits &limits);
    // The same on bytes in memory (tests, fuzzing).
    static Result parse(const uchar *data, qint64 size, const Limits &limits);
};
