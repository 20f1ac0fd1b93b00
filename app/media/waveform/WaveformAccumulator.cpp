#include "waveform/WaveformAccumulator.h"

#include <QAudioBuffer>

#include <algorithm>
#include <cmath>

WaveformAccumulator::WaveformAccumulator(int bucketMs)
    : m_bucketMs(qMax(1, bucketMs))
{ }

void WaveformAccumulator::add(const QAudioBuffer &buffer)
{
    const QAudioFormat format = buffer.format();
    const int channels = format.channelCount();
    if (!buffer.isValid() || channels <= 0 || format.sampleRate() <= 0)
        return;
    if (m_channels == 0) {
        m_channels = channels;
        m_bucketFrames = qMax<qint64>(1, qint64(format.sampleRate()) * m_bucketMs / 1000);
        m_lanes.resize(channels);
        m_current.fill(0.0f, channels);
    }
    const qint64 frames = buffer.frameCount();
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
        addFrames(buffer.constData<quint8>(), frames, channels, 1.0f / 128.0f, -128.0f);
        break;
    case QAudioFormat::Int16:
        addFrames(buffer.constData<qint16>(), frames, channels, 1.0f / 32768.0f, 0.0f);
        break;
    case QAudioFormat::Int32:
        addFrames(buffer.constData<qint32>(), frames, channels, 1.0f / 2147483648.0f, 0.0f);
        break;
    case QAudioFormat::Float:
        addFrames(buffer.constData<float>(), frames, channels, 1.0f, 0.0f);
        break;
    default:
        break;
    }
}

template<typename Sample>
void WaveformAccumulator::addFrames(const Sample *data, qint64 frames, int stride, float scale,
                                    float offset)
{
    // A buffer may carry more channels than the first one did: only the first m_channels count.
    const int channels = qMin(stride, m_channels);
    float *current = m_current.data();
    qint64 frame = 0;
    while (frame < frames) {
        const qint64 run = qMin(frames - frame, m_bucketFrames - m_framesInBucket);
        const Sample *p = data + frame * stride;
        for (qint64 i = 0; i < run; ++i, p += stride) {
            for (int c = 0; c < channels; ++c) {
                const float value = std::fabs((float(p[c]) + offset) * scale);
                current[c] = std::max(current[c], value);
            }
        }
        frame += run;
        m_framesInBucket += run;
        if (m_framesInBucket == m_bucketFrames) {
            for (int c = 0; c < m_channels; ++c) {
                m_lanes[c].append(std::min(current[c], 1.0f));
                current[c] = 0.0f;
            }
            m_framesInBucket = 0;
        }
    }
    m_frames += frames;
}

WaveformPeaks WaveformAccumulator::peaks() const
{
    WaveformPeaks result;
    result.bucketMs = m_bucketMs;
    result.lanes = m_lanes;
    if (m_framesInBucket > 0) {
        for (int c = 0; c < m_channels; ++c)
            result.lanes[c].append(std::min(m_current[c], 1.0f));
    }
    return result;
}
