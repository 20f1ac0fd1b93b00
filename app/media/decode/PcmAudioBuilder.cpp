#include "decode/PcmAudioBuilder.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

qint16 fromMuLaw(quint8 byte)
{
    const int u = ~byte & 0xff;
    int t = ((u & 0x0f) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return qint16((u & 0x80) ? (0x84 - t) : (t - 0x84));
}

qint16 fromALaw(quint8 byte)
{
    const int a = byte ^ 0x55;
    int t = (a & 0x0f) << 4;
    const int seg = (a & 0x70) >> 4;
    if (seg == 0)
        t += 8;
    else if (seg == 1)
        t += 0x108;
    else
        t = (t + 0x108) << (seg - 1);
    return qint16((a & 0x80) ? t : -t);
}

qint16 clampFloat(double v)
{
    if (!(v == v)) // NaN
        return 0;
    return qint16(std::clamp(std::lround(v * 32767.0), -32768L, 32767L));
}

int bytesPerSample(PcmAudioBuilder::Format format)
{
    switch (format) {
    case PcmAudioBuilder::Format::UInt8:
    case PcmAudioBuilder::Format::MuLaw:
    case PcmAudioBuilder::Format::ALaw:
        return 1;
    case PcmAudioBuilder::Format::Int16:
        return 2;
    case PcmAudioBuilder::Format::Int24:
        return 3;
    case PcmAudioBuilder::Format::Int32:
    case PcmAudioBuilder::Format::Float32:
        return 4;
    case PcmAudioBuilder::Format::Float64:
        return 8;
    }
    return 2;
}

// One little-endian sample at p, as 16 bits.
qint16 sampleAt(const uchar *p, PcmAudioBuilder::Format format)
{
    switch (format) {
    case PcmAudioBuilder::Format::UInt8:
        return qint16((int(p[0]) - 128) * 256); // a multiply: shifting a negative value is UB
    case PcmAudioBuilder::Format::Int16:
        return qFromLittleEndian<qint16>(p);
    case PcmAudioBuilder::Format::Int24:
        return qint16(p[1] | (p[2] << 8));
    case PcmAudioBuilder::Format::Int32:
        return qint16(qFromLittleEndian<qint32>(p) >> 16);
    case PcmAudioBuilder::Format::Float32: {
        float f;
        const quint32 bits = qFromLittleEndian<quint32>(p);
        std::memcpy(&f, &bits, sizeof f);
        return clampFloat(f);
    }
    case PcmAudioBuilder::Format::Float64: {
        double d;
        const quint64 bits = qFromLittleEndian<quint64>(p);
        std::memcpy(&d, &bits, sizeof d);
        return clampFloat(d);
    }
    case PcmAudioBuilder::Format::MuLaw:
        return fromMuLaw(p[0]);
    case PcmAudioBuilder::Format::ALaw:
        return fromALaw(p[0]);
    }
    return 0;
}

} // namespace

PcmAudioBuilder::PcmAudioBuilder(int channelCount, int sampleRate, int maxSampleRate)
    : m_channels(std::max(channelCount, 0))
    , m_inputRate(sampleRate)
{
    if (maxSampleRate > 0 && sampleRate > maxSampleRate)
        m_decimation = (sampleRate + maxSampleRate - 1) / maxSampleRate;
    m_audio.sampleRate = sampleRate / m_decimation;
    m_audio.channels.resize(size_t(m_channels));
}

void PcmAudioBuilder::reserve(qint64 inputFrames)
{
    for (auto &channel : m_audio.channels)
        channel.reserve(size_t(inputFrames / m_decimation + 1));
}

void PcmAudioBuilder::append(const void *data, qint64 frames, Format format)
{
    if (m_channels == 0 || frames <= 0)
        return;
    const int sampleBytes = bytesPerSample(format);
    const qint64 frameBytes = qint64(sampleBytes) * m_channels;
    const uchar *p = static_cast<const uchar *>(data);
    m_inputFrames += frames;
    if (m_skip > 0) {
        const qint64 skipped = std::min(m_skip, frames);
        m_skip -= skipped;
        frames -= skipped;
        p += skipped * frameBytes;
    }
    // The common case (16-bit, no decimation) stays a tight loop.
    if (format == Format::Int16 && m_decimation == 1) {
        for (int c = 0; c < m_channels; ++c) {
            auto &out = m_audio.channels[size_t(c)];
            const size_t base = out.size();
            out.resize(base + size_t(frames));
            const uchar *q = p + c * 2;
            for (qint64 i = 0; i < frames; ++i, q += frameBytes)
                out[base + size_t(i)] = qFromLittleEndian<qint16>(q);
        }
        return;
    }
    for (qint64 i = 0; i < frames; ++i, p += frameBytes) {
        if (m_phase > 0) {
            --m_phase;
            continue;
        }
        m_phase = m_decimation - 1;
        for (int c = 0; c < m_channels; ++c)
            m_audio.channels[size_t(c)].push_back(sampleAt(p + c * sampleBytes, format));
    }
}

PcmAudio PcmAudioBuilder::take()
{
    PcmAudio audio = std::move(m_audio);
    m_audio = PcmAudio();
    m_audio.sampleRate = audio.sampleRate;
    m_audio.channels.resize(size_t(m_channels));
    return audio;
}
