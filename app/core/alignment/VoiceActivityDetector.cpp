#include "alignment/VoiceActivityDetector.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int frameBlocks = ChannelActivity::frameMs; // 1 ms blocks per frame
constexpr int floorChunkFrames = 50; // minimum statistics over 0.5 s chunks...
constexpr int floorChunkReach = 5; // ...and the 5 chunks either side (about +-2.75 s)
constexpr float silenceDb = -120;

float toDb(double meanSquare)
{
    return meanSquare > 1e-12 ? float(10.0 * std::log10(meanSquare)) : silenceDb;
}

float percentile(std::vector<float> values, double fraction)
{
    if (values.empty())
        return silenceDb;
    const auto k = size_t(std::clamp(fraction, 0.0, 1.0) * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + qint64(k), values.end());
    return values[k];
}

// Levels of one channel at the two resolutions the detector works at.
struct Levels
{
    std::vector<float> blockDb; // 1 ms blocks, smoothed over 5 ms
    std::vector<float> frameDb; // 10 ms frames
    std::vector<float> floorDb; // adaptive noise floor per frame
    float speechDb = silenceDb;
    bool hasSpeech = false;
    float marginDb = 9; // decision margin over the floor, smaller when the noise is high
    float edgeMarginDb = 5;
};

Levels levelsOf(const std::vector<float> &blocks)
{
    Levels levels;
    const size_t nBlocks = blocks.size();
    levels.blockDb.resize(nBlocks);
    double running = 0;
    // Centred 5-block moving mean: edges blur by 2 ms at most.
    for (size_t i = 0; i < nBlocks + 2; ++i) {
        if (i < nBlocks)
            running += blocks[i];
        if (i >= 5)
            running -= blocks[i - 5];
        if (i >= 2) {
            const size_t centre = i - 2;
            const size_t lo = centre >= 2 ? centre - 2 : 0;
            const size_t hi = std::min(nBlocks - 1, centre + 2);
            levels.blockDb[centre] = toDb(std::max(0.0, running) / double(hi - lo + 1));
        }
    }
    const size_t nFrames = nBlocks / frameBlocks;
    levels.frameDb.resize(nFrames);
    for (size_t f = 0; f < nFrames; ++f) {
        double sum = 0;
        for (int b = 0; b < frameBlocks; ++b)
            sum += blocks[f * frameBlocks + size_t(b)];
        levels.frameDb[f] = toDb(sum / frameBlocks);
    }
    if (nFrames == 0)
        return levels;

    // Minimum statistics on 50 ms means: the floor follows a noise level that changes during
    // the call, yet never rises into speech while a pause of 50 ms remains within reach.
    std::vector<float> smooth(nFrames);
    for (size_t f = 0; f < nFrames; ++f) {
        double sum = 0;
        int n = 0;
        for (size_t g = f >= 2 ? f - 2 : 0; g <= std::min(nFrames - 1, f + 2); ++g, ++n)
            sum += std::pow(10.0, levels.frameDb[g] / 10.0);
        smooth[f] = toDb(sum / n);
    }
    const size_t nChunks = (nFrames + floorChunkFrames - 1) / floorChunkFrames;
    std::vector<float> chunkMin(nChunks, 0.0f);
    for (size_t c = 0; c < nChunks; ++c) {
        const auto begin = smooth.begin() + qint64(c * floorChunkFrames);
        const auto end = smooth.begin() + qint64(std::min(nFrames, (c + 1) * floorChunkFrames));
        chunkMin[c] = *std::min_element(begin, end);
    }
    const float globalFloor = percentile(levels.frameDb, 0.05);
    levels.floorDb.resize(nFrames);
    for (size_t f = 0; f < nFrames; ++f) {
        const size_t c = f / floorChunkFrames;
        float m = chunkMin[c];
        for (size_t d = 1; d <= floorChunkReach; ++d) {
            if (c >= d)
                m = std::min(m, chunkMin[c - d]);
            if (c + d < nChunks)
                m = std::min(m, chunkMin[c + d]);
        }
        // +1 dB: the minimum of 50 ms means sits that much under the noise's mean.
        levels.floorDb[f] = std::clamp(m + 1.0f, globalFloor, globalFloor + 15.0f);
    }

    std::vector<float> loud;
    for (size_t f = 0; f < nFrames; ++f) {
        if (levels.frameDb[f] > levels.floorDb[f] + 6)
            loud.push_back(levels.frameDb[f]);
    }
    if (loud.size() >= 20) { // 200 ms of clearly loud frames
        levels.speechDb = percentile(loud, 0.8);
        levels.hasSpeech = true;
    }
    return levels;
}

float median(const std::vector<float> &values)
{
    return percentile(values, 0.5);
}

// A noisy line leaves speech only 10-15 dB over the noise: the margins shrink with the
// signal-to-noise ratio, down to 3 dB (four standard deviations of a 10 ms noise frame).
void setMargins(Levels &levels, const VoiceActivityDetector::Settings &s)
{
    const float snr = levels.speechDb - median(levels.floorDb);
    levels.marginDb = std::clamp(0.35f * snr, 3.0f, s.marginDb);
    levels.edgeMarginDb = std::clamp(0.6f * levels.marginDb, 2.0f, s.edgeMarginDb);
}

} // namespace

std::vector<float> VoiceActivityDetector::blockEnergy(const std::vector<qint16> &samples,
                                                      int sampleRate)
{
    std::vector<float> blocks;
    if (sampleRate <= 0)
        return blocks;
    const qint64 n = qint64(samples.size());
    const qint64 nBlocks = n * 1000 / sampleRate;
    blocks.resize(size_t(nBlocks));
    constexpr double scale = 1.0 / (32768.0 * 32768.0);
    qint64 from = 0;
    for (qint64 b = 0; b < nBlocks; ++b) {
        const qint64 to = (b + 1) * sampleRate / 1000;
        qint64 sum = 0; // 16-bit squares: 2^30 each, 48 of them (48 kHz) fit easily
        for (qint64 i = from; i < to; ++i) {
            const qint64 s = samples[size_t(i)];
            sum += s * s;
        }
        blocks[size_t(b)] = float(double(sum) * scale / double(std::max<qint64>(1, to - from)));
        from = to;
    }
    return blocks;
}

namespace {

// Voiced frames -> segments: bridge short pauses, drop clicks, refine the edges on 1 ms blocks.
QList<SpeechSegment> segmentsOf(const Levels &own, const std::vector<float> *bleedBlockDb,
                                float coupling, const std::vector<quint8> &voiced,
                                const VoiceActivityDetector::Settings &s, int channel)
{
    QList<SpeechSegment> segments;
    const qint64 nFrames = qint64(voiced.size());
    const qint64 mergeFrames = s.mergeGapMs / ChannelActivity::frameMs;
    const qint64 minFrames = std::max(1, s.minSpeechMs / ChannelActivity::frameMs);
    const qint64 nBlocks = qint64(own.blockDb.size());

    auto edgeThreshold = [&](qint64 block) {
        const qint64 frame = std::clamp<qint64>(block / frameBlocks, 0, nFrames - 1);
        float t = own.floorDb[size_t(frame)] + own.edgeMarginDb;
        if (bleedBlockDb) {
            float other = silenceDb;
            for (qint64 b = std::max<qint64>(0, block - 20); b <= block; ++b)
                other = std::max(other, (*bleedBlockDb)[size_t(b)]);
            t = std::max(t, other + coupling + s.bleedMarginDb - 4);
        }
        return std::max(t, own.speechDb - s.relativeRangeDb);
    };

    qint64 f = 0;
    while (f < nFrames) {
        if (!voiced[size_t(f)]) {
            ++f;
            continue;
        }
        const qint64 first = f;
        qint64 last = f;
        qint64 count = 0;
        qint64 gap = 0;
        double levelSum = 0;
        for (; f < nFrames; ++f) {
            if (voiced[size_t(f)]) {
                last = f;
                ++count;
                levelSum += own.frameDb[size_t(f)] - own.floorDb[size_t(f)];
                gap = 0;
            } else if (++gap > mergeFrames) {
                break;
            }
        }
        if (count < minFrames)
            continue;
        // Edges: from the frame edge, extend while the 1 ms level stays above the edge
        // threshold, or retreat while it is below (a frame voiced only in its second half).
        qint64 start = first * frameBlocks;
        const qint64 startLimit = std::max<qint64>(0, start - s.maxEdgeSearchMs);
        while (start > startLimit && own.blockDb[size_t(start - 1)] > edgeThreshold(start - 1))
            --start;
        while (start < (first + 1) * frameBlocks - 1
               && own.blockDb[size_t(start)] <= edgeThreshold(start))
            ++start;
        qint64 end = (last + 1) * frameBlocks; // exclusive
        const qint64 endLimit = std::min(nBlocks, end + s.maxEdgeSearchMs);
        while (end < endLimit && own.blockDb[size_t(end)] > edgeThreshold(end))
            ++end;
        while (end > last * frameBlocks + 1
               && own.blockDb[size_t(end - 1)] <= edgeThreshold(end - 1))
            --end;
        SpeechSegment segment;
        segment.startMs = start;
        segment.endMs = std::max(end, start + 1);
        segment.levelDb = float(levelSum / double(count));
        segment.channel = channel;
        // A refined edge may reach into the previous segment: keep them apart.
        if (!segments.isEmpty() && segments.last().endMs >= segment.startMs) {
            segments.last().endMs = std::max(segments.last().endMs, segment.endMs);
            continue;
        }
        segments.append(segment);
    }
    return segments;
}

} // namespace

QList<ChannelActivity> VoiceActivityDetector::analyze(const PcmAudio &audio,
                                                      bool crossChannel) const
{
    QList<ChannelActivity> result;
    const int nChannels = audio.channelCount();
    std::vector<Levels> levels;
    levels.reserve(size_t(nChannels));
    for (int c = 0; c < nChannels; ++c)
        levels.push_back(levelsOf(blockEnergy(audio.channels[size_t(c)], audio.sampleRate)));
    for (Levels &l : levels)
        setMargins(l, m_settings);
    const bool cross = crossChannel && nChannels == 2;

    for (int c = 0; c < nChannels; ++c) {
        const Levels &own = levels[size_t(c)];
        const Levels *other = cross ? &levels[size_t(1 - c)] : nullptr;
        const size_t nFrames = own.frameDb.size();
        ChannelActivity activity;
        activity.frameDb = own.frameDb;
        activity.voiced.assign(nFrames, 0);
        activity.noiseDb = median(own.floorDb);
        activity.speechDb = own.hasSpeech ? own.speechDb : silenceDb;
        if (!own.hasSpeech) {
            result.append(activity);
            continue;
        }
        // Coupling: how far this channel sits under the other while the other speaks. Mostly
        // its echo (or just its noise); barge-ins are few, and the median ignores them.
        float coupling = -60;
        if (other && other->hasSpeech) {
            std::vector<float> diffs;
            for (size_t f = 0; f < nFrames && f < other->frameDb.size(); ++f) {
                if (other->frameDb[f] > other->speechDb - 10)
                    diffs.push_back(own.frameDb[f] - other->frameDb[f]);
            }
            if (diffs.size() >= 20)
                coupling = std::min(median(diffs), -6.0f);
        }
        for (size_t f = 0; f < nFrames; ++f) {
            const float level = own.frameDb[f];
            bool speech = level > own.floorDb[f] + own.marginDb
                && level > own.speechDb - m_settings.relativeRangeDb;
            if (speech && other && other->hasSpeech) {
                // The echo may lag by a few tens of milliseconds.
                float bleed = silenceDb;
                for (size_t g = f >= 3 ? f - 3 : 0; g <= f && g < other->frameDb.size(); ++g)
                    bleed = std::max(bleed, other->frameDb[g]);
                speech = level > bleed + coupling + m_settings.bleedMarginDb;
            }
            activity.voiced[f] = speech ? 1 : 0;
        }
        activity.segments = segmentsOf(own, other ? &other->blockDb : nullptr, coupling,
                                       activity.voiced, m_settings, c);
        result.append(activity);
    }
    return result;
}

ChannelActivity VoiceActivityDetector::analyzeMixed(const PcmAudio &audio) const
{
    std::vector<float> mixed;
    for (const auto &channel : audio.channels) {
        const std::vector<float> blocks = blockEnergy(channel, audio.sampleRate);
        if (mixed.empty())
            mixed = blocks;
        else
            for (size_t i = 0; i < mixed.size() && i < blocks.size(); ++i)
                mixed[i] += blocks[i];
    }
    Levels own = levelsOf(mixed);
    setMargins(own, m_settings);
    ChannelActivity activity;
    activity.frameDb = own.frameDb;
    activity.voiced.assign(own.frameDb.size(), 0);
    activity.noiseDb = median(own.floorDb);
    activity.speechDb = own.hasSpeech ? own.speechDb : silenceDb;
    if (!own.hasSpeech)
        return activity;
    for (size_t f = 0; f < own.frameDb.size(); ++f) {
        activity.voiced[f] = own.frameDb[f] > own.floorDb[f] + own.marginDb
                && own.frameDb[f] > own.speechDb - m_settings.relativeRangeDb
            ? 1
            : 0;
    }
    activity.segments = segmentsOf(own, nullptr, 0, activity.voiced, m_settings, 0);
    return activity;
}
