#pragma once

#include <QByteArray>
#include <QtGlobal>

// The start offset an MP3 decoder adds: the encoder's delay (LAME: 576 samples) plus the
// decoder's own 529-sample filter delay, 138 ms at 8 kHz. GStreamer 1.22 (Debian 12) outputs
// both as leading silence for a file without a LAME tag (measured: 1,105 samples on a sox/LAME
// 8 kHz file against its WAV source); with a LAME tag its parser may already trim them, which
// framesToSkip() tells from the decoded length.
class Mp3Delay
{
public:
    static constexpr int decoderDelay = 529;
    static constexpr int defaultEncoderDelay = 576; // LAME, the usual encoder; untagged files

    struct Info
    {
        bool isMp3 = false;
        int sampleRate = 0;
        int samplesPerFrame = 0;
        bool hasLameTag = false;
        int encoderDelay = defaultEncoderDelay;
        int encoderPadding = 0;
        qint64 frameCount = 0; // from a Xing/Info header, else 0
    };

    // head: the file's first bytes (64 KiB is plenty: ID3v2 tags with pictures are skipped).
    static Info probe(const QByteArray &head, qint64 fileSize);
    // Frames (at the file's rate) to drop from the start of what the decoder produced.
    static qint64 framesToSkip(const Info &info, qint64 decodedFrames);
};
