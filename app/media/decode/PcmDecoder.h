#pragma once

#include "decode/AlignmentError.h"
#include "decode/PcmAudio.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

// Decodes a recording file to per-channel PCM, blocking (run it off the UI thread). WAV is read
// directly (WavReader); MP3, Ogg/Opus, FLAC, AAC... go through QAudioDecoder (MediaDecoder),
// and an MP3's codec delay is removed (Mp3Delay) so that times match the source. Files with no
// known audio signature are refused before any decoder sees them: the media stack's type
// finder would otherwise "decode" random bytes as MPEG noise.
class PcmDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PcmDecoder)

public:
    enum class Container { Unknown, Wav, Mp3, Ogg, Flac, Mp4, Matroska, Aiff, Amr, Aac };

    struct Options
    {
        int maxSampleRate = 16000; // higher rates are decimated (energy is all we need)
        qint64 maxDurationMs = qint64(8) * 3600 * 1000; // TooLong past this
        qint64 expectedDurationMs = 0; // progress of compressed formats (0 = unknown)
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int percent)> progress;
    };
    struct Result
    {
        PcmAudio audio;
        AlignmentError error;
        Container container = Container::Unknown;
        qint64 codecDelayFrames = 0; // removed from the start, at the file's own rate

        bool ok() const { return !error.isError(); }
    };

    static Result decode(const QString &path, const Options &options);
    static Result decode(const QString &path) { return decode(path, Options()); }
    static Container sniff(const QByteArray &head);
};
