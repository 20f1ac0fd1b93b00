#pragma once

#include <QtGlobal>

#include <vector>

// Decoded audio: 16-bit samples, one vector per channel (all the same length). Recordings above
// PcmDecoder's maximum rate are decimated on decoding: voice activity needs energy, not fidelity,
// and a 4-hour stereo call then still fits in memory (16-bit halves it again against float).
struct PcmAudio
{
    int sampleRate = 0;
    std::vector<std::vector<qint16>> channels;

    int channelCount() const { return int(channels.size()); }
    qint64 frameCount() const { return channels.empty() ? 0 : qint64(channels.front().size()); }
    qint64 durationMs() const { return sampleRate > 0 ? frameCount() * 1000 / sampleRate : 0; }
};
