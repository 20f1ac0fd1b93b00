#pragma once

#include "decode/PcmAudio.h"

#include <array>
#include <vector>

// Cepstral features (mel-scale cepstra c1..c12, the level left out) and the pitch (the real
// cepstrum's peak: its period and its strength) of every 10 ms frame of the
// mix of all channels: what tells the two voices apart on a mono recording. Frame f describes a
// 32 ms window centred on [10f, 10f + 10) ms, the voice activity detector's frame f.
class VoiceFeatures
{
public:
    static constexpr int cepstra = 12;
    static constexpr int coefficients = cepstra + 2; // + pitch period and its strength
    using Frame = std::array<float, coefficients>;

    static std::vector<Frame> compute(const PcmAudio &audio);
};
