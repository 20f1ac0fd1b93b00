#pragma once

#include "alignment/VoiceFeatures.h"

#include <vector>

// The two voices of one call, learnt from that call: a mixture of diagonal Gaussians over the
// cepstral features per party, trained on the frames of turns an alignment placed with
// confidence. Its log-odds say, frame by frame, which party is more likely speaking; on a mono
// recording that is what finds a barge-in inside continuous speech. A mixture, not one
// Gaussian: one Gaussian per voice mostly models which sound is being said, not who says it
// (300 ms pieces of seeds 21-24 told apart 89 % -> 96 % with 8 components, docs/ALIGNMENT.md).
class TwoVoiceModel
{
public:
    static constexpr int minFramesPerVoice = 150; // 1.5 s of speech each
    static constexpr int maxComponents = 8;
    static constexpr int framesPerComponent = 100; // fewer frames, fewer components
    static constexpr size_t maxTrainingFrames = 3000; // more are thinned out evenly

    // labels: +1 bot, -1 human, 0 not used. False when either voice has too few frames.
    bool train(const std::vector<VoiceFeatures::Frame> &features, const std::vector<qint8> &labels);
    bool isTrained() const { return m_trained; }
    // log p(frame | bot) - log p(frame | human), clamped to +-clampLogOdds.
    float logOdds(const VoiceFeatures::Frame &frame) const;
    int componentCount() const { return int(m_bot.size()); }

    static constexpr float clampLogOdds = 8.0f;

private:
    struct Gaussian
    {
        VoiceFeatures::Frame mean{};
        VoiceFeatures::Frame inverseVariance{};
        double logNorm = 0; // log weight + normalisation
        double logLikelihood(const VoiceFeatures::Frame &frame) const;
    };
    using Mixture = std::vector<Gaussian>;
    static bool fit(const std::vector<const VoiceFeatures::Frame *> &frames, Mixture &mixture);
    static double logLikelihood(const Mixture &mixture, const VoiceFeatures::Frame &frame);

    Mixture m_bot;
    Mixture m_human;
    bool m_trained = false;
};
