#pragma once

#include "decode/PcmAudio.h"

#include <QtGlobal>

// Collects interleaved samples of any common sample format into a PcmAudio, keeping one frame
// in `decimation` (a recording above the decoder's maximum rate). Picking frames instead of
// averaging keeps the expected energy of every band, which is all voice activity needs.
class PcmAudioBuilder
{
public:
    enum class Format { UInt8, Int16, Int32, Float32, Float64, Int24, MuLaw, ALaw };

    PcmAudioBuilder(int channelCount, int sampleRate, int maxSampleRate);

    int channelCount() const { return m_channels; }
    int inputRate() const { return m_inputRate; }
    int decimation() const { return m_decimation; }
    int outputRate() const { return m_audio.sampleRate; }
    qint64 inputFrames() const { return m_inputFrames; }

    void reserve(qint64 inputFrames);
    // Appends `frames` interleaved frames (channelCount samples each) read from data.
    void append(const void *data, qint64 frames, Format format);
    // Drops the first `frames` input frames still to come (codec delay); call before append.
    void skipInputFrames(qint64 frames) { m_skip = frames; }

    PcmAudio take();

private:
    PcmAudio m_audio;
    int m_channels;
    int m_inputRate;
    int m_decimation = 1;
    int m_phase = 0; // input frames to skip before the next kept one
    qint64 m_inputFrames = 0;
    qint64 m_skip = 0;
};
