#include "alignment/VoiceClusters.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr size_t pitchAt = VoiceFeatures::cepstra; // log pitch period
constexpr size_t strengthAt = VoiceFeatures::cepstra + 1; // how clear the pitch is

float medianOf(std::vector<float> values)
{
    const auto mid = values.begin() + qint64(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

} // namespace

std::vector<qint8> VoiceClusters::labels(const ChannelActivity &activity,
                                         const std::vector<VoiceFeatures::Frame> &features)
{
    const size_t nFrames = std::min(features.size(), activity.voiced.size());
    constexpr qint64 frameMs = ChannelActivity::frameMs;
    // Clearly voiced: pitch stronger than in most speech frames (a relative threshold: the
    // strength's scale depends on the level and the codec).
    std::vector<float> strengths;
    for (size_t f = 0; f < nFrames; ++f)
        if (activity.voiced[f])
            strengths.push_back(features[f][strengthAt]);
    if (strengths.empty())
        return {};
    std::sort(strengths.begin(), strengths.end());
    const float clear = strengths[strengths.size() * 2 / 5];

    struct Described
    {
        qint64 first;
        qint64 end;
        float pitch;
    };
    std::vector<Described> described;
    for (const SpeechSegment &segment : activity.segments) {
        const qint64 first = std::clamp<qint64>(segment.startMs / frameMs, 0, qint64(nFrames));
        const qint64 end = std::clamp<qint64>(segment.endMs / frameMs, 0, qint64(nFrames));
        std::vector<float> pitches;
        for (qint64 f = first; f < end; ++f)
            if (activity.voiced[size_t(f)] && features[size_t(f)][strengthAt] >= clear)
                pitches.push_back(features[size_t(f)][pitchAt]);
        if (int(pitches.size()) >= minVoicedFrames)
            described.push_back({first, end, medianOf(std::move(pitches))});
    }
    if (described.size() < 2)
        return {};

    // 1-D 2-means, started at the quartiles.
    std::vector<float> pitches;
    for (const Described &d : described)
        pitches.push_back(d.pitch);
    std::sort(pitches.begin(), pitches.end());
    float centre[2] = {pitches[pitches.size() / 4], pitches[pitches.size() * 3 / 4]};
    std::vector<quint8> cluster(described.size(), 0);
    for (int iteration = 0; iteration < 20; ++iteration) {
        double sum[2] = {0, 0};
        int count[2] = {0, 0};
        for (size_t s = 0; s < described.size(); ++s) {
            const float p = described[s].pitch;
            cluster[s] = std::abs(p - centre[1]) < std::abs(p - centre[0]) ? 1 : 0;
            sum[cluster[s]] += p;
            ++count[cluster[s]];
        }
        if (count[0] == 0 || count[1] == 0)
            return {};
        const float next[2] = {float(sum[0] / count[0]), float(sum[1] / count[1])};
        if (next[0] == centre[0] && next[1] == centre[1])
            break;
        centre[0] = next[0];
        centre[1] = next[1];
    }
    // The feature is the pitch PERIOD: the longer period is the lower voice.
    const quint8 lower = centre[1] > centre[0] ? 1 : 0;
    std::vector<qint8> result(nFrames, 0);
    for (size_t s = 0; s < described.size(); ++s)
        for (qint64 f = described[s].first; f < described[s].end; ++f)
            if (activity.voiced[size_t(f)])
                result[size_t(f)] = cluster[s] == lower ? 1 : -1;
    return result;
}
