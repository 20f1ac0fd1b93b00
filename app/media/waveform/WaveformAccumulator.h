#pragma once

#include "waveform/WaveformPeaks.h"

class QAudioBuffer;

// Turns decoded audio, buffer by buffer, into per-channel peaks (see WaveformPeaks). Pure
// computation, no Qt objects: the analyzer feeds it on its worker thread, tests feed it directly.
class WaveformAccumulator
{
public:
    explicit WaveformAccumulator(int bucketMs = 20);

    void add(const QAudioBuffer &buffer);
    // Peaks so far, the bucket being filled included.
    WaveformPeaks peaks() const;
    qint64 frameCount() const { return m_frames; }

private:
    template<typename Sample>
    void addFrames(const Sample *data, qint64 frames, int stride, float scale, float offset);

    int m_bucketMs;
    int m_channels = 0;
    qint64 m_bucketFrames = 0;
    qint64 m_framesInBucket = 0;
    qint64 m_frames = 0;
    QList<QList<float>> m_lanes;
    QList<float> m_current; // the loudest sample per channel in the bucket being filled
};
