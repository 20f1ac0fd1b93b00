#pragma once

// Writes PCM WAV files for tests and benchmarks, so media tests need no external tool.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <cmath>
#include <functional>

namespace TestWav {

// sample(frame, channel) returns a value in -1..1.
inline bool write(const QString &path, int sampleRate, int channels, qint64 frames,
                  const std::function<double(qint64, int)> &sample)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const quint32 dataBytes = quint32(frames * channels * 2);
    QByteArray header;
    const auto u32 = [&header](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        header.append(b, 4);
    };
    const auto u16 = [&header](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        header.append(b, 2);
    };
    header.append("RIFF", 4);
    u32(36 + dataBytes);
    header.append("WAVEfmt ", 8);
    u32(16);
    u16(1); // PCM
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * channels * 2));
    u16(quint16(channels * 2));
    u16(16);
    header.append("data", 4);
    u32(dataBytes);
    if (file.write(header) != header.size())
        return false;
    QByteArray chunk;
    const qint64 framesPerChunk = 65536;
    for (qint64 start = 0; start < frames; start += framesPerChunk) {
        const qint64 end = qMin(frames, start + framesPerChunk);
        chunk.resize((end - start) * channels * 2);
        char *out = chunk.data();
        for (qint64 f = start; f < end; ++f) {
            for (int c = 0; c < channels; ++c, out += 2) {
                const double v = qBound(-1.0, sample(f, c), 1.0);
                qToLittleEndian(qint16(std::lround(v * 32767.0)), out);
            }
        }
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return file.flush();
}

// A stereo file with a sine tone on the left channel only (the right channel is silent).
inline bool toneOnLeft(const QString &path, double seconds, int sampleRate = 8000,
                       double frequency = 440.0, double amplitude = 0.8)
{
    return write(path, sampleRate, 2, qint64(seconds * sampleRate), [=](qint64 f, int c) {
        return c == 0 ? amplitude * std::sin(2.0 * M_PI * frequency * double(f) / sampleRate) : 0.0;
    });
}

} // namespace TestWav
