#pragma once

#include "alignment/VoiceFeatures.h"

#include <vector>

// The two voices of one call, learnt from that call: a diagonal Gaussian of the cepstral
// features per party, trained on the frames of turns a first alignment placed with
// confidence. Its log-odds say, frame by frame, which party is more likely speaking; on a mono
// recording that is what finds a barge-in inside continuous speech.
class TwoVoiceModel
{
public:
    static constexpr int minFramesPerVoice = 150; // 1.5 s of speech each

    // labels: +1 bot, -1 human, 0 not used. False when either voice has too few frames.
    bool train(const std::vector<VoiceFeatures::Frame> &features, const std::vector<qint8> &labels);
    bool isTrained() const { return m_trained; }
    // log p(frame | bot) - log p(frame | human), clamped to +-clampLogOdds.
    float logOdds(const VoiceFeatures::Frame &frame) const;

    static constexpr float clampLogOdds = 8.0f;

private:
    struct Gaussian
    {
        VoiceFeatures::Frame mean{};
        VoiceFeatures::Frame inverseVariance{};
        double logNorm = 0;
        double logLikelihood(const VoiceFeatures::Frame &frame) const;
    };
    Gaussian m_bot;
    Gaussian m_human;
    bool m_trained = false;
};
