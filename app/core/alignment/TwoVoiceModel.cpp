#include "alignment/TwoVoiceModel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr size_t dims = VoiceFeatures::coefficients;
using Stats = std::array<double, dims>;
constexpr int emRoundsPerSplit = 6;
constexpr int emRoundsLast = 10;
constexpr double splitOffset = 0.2; // in standard deviations, when a component splits in two
constexpr double varianceFloor = 1e-3; // relative to the voice's own variance

} // namespace

double TwoVoiceModel::Gaussian::logLikelihood(const VoiceFeatures::Frame &frame) const
{
    double sum = logNorm;
    for (size_t c = 0; c < frame.size(); ++c) {
        const double d = frame[c] - mean[c];
        sum -= 0.5 * d * d * inverseVariance[c];
    }
    return sum;
}

double TwoVoiceModel::logLikelihood(const Mixture &mixture, const VoiceFeatures::Frame &frame)
{
    double best = -std::numeric_limits<double>::infinity();
    std::array<double, maxComponents> each{};
    for (size_t k = 0; k < mixture.size(); ++k) {
        each[k] = mixture[k].logLikelihood(frame);
        best = std::max(best, each[k]);
    }
    double sum = 0;
    for (size_t k = 0; k < mixture.size(); ++k)
        sum += std::exp(each[k] - best);
    return best + std::log(sum);
}

// Expectation-maximisation from one Gaussian, splitting every component in two until the
// mixture has as many as the frames allow (deterministic: no random start).
bool TwoVoiceModel::fit(const std::vector<const VoiceFeatures::Frame *> &frames, Mixture &mixture)
{
    const size_t n = frames.size();
    if (n < size_t(minFramesPerVoice))
        return false;
    size_t target = 1;
    while (target * 2 <= size_t(maxComponents) && n >= target * 2 * framesPerComponent)
        target *= 2;

    Stats mean{}, floor{};
    for (const VoiceFeatures::Frame *frame : frames)
        for (size_t c = 0; c < dims; ++c)
            mean[c] += (*frame)[c];
    for (size_t c = 0; c < dims; ++c)
        mean[c] /= double(n);
    for (const VoiceFeatures::Frame *frame : frames)
        for (size_t c = 0; c < dims; ++c)
            floor[c] += ((*frame)[c] - mean[c]) * ((*frame)[c] - mean[c]);
    for (size_t c = 0; c < dims; ++c)
        floor[c] = std::max(floor[c] / double(n), 1e-6) * varianceFloor;

    // M step from responsibilities (weights per frame and component).
    std::vector<double> resp;
    auto maximise = [&](size_t components) {
        Mixture next(components);
        for (size_t k = 0; k < components; ++k) {
            Stats sum{}, squares{};
            double weight = 0;
            for (size_t f = 0; f < n; ++f) {
                const double r = resp[f * components + k];
                if (r <= 0)
                    continue;
                weight += r;
                for (size_t c = 0; c < dims; ++c) {
                    const double x = (*frames[f])[c];
                    sum[c] += r * x;
                    squares[c] += r * x * x;
                }
            }
            weight = std::max(weight, 1e-9);
            Gaussian &g = next[k];
            g.logNorm = std::log(weight / double(n));
            for (size_t c = 0; c < dims; ++c) {
                const double m = sum[c] / weight;
                const double variance = std::max(squares[c] / weight - m * m, floor[c]);
                g.mean[c] = float(m);
                g.inverseVariance[c] = float(1.0 / variance);
                g.logNorm -= 0.5 * std::log(variance);
            }
        }
        mixture = std::move(next);
    };
    auto expect = [&]() {
        const size_t components = mixture.size();
        resp.assign(n * components, 0.0);
        std::array<double, maxComponents> each{};
        for (size_t f = 0; f < n; ++f) {
            double best = -std::numeric_limits<double>::infinity();
            for (size_t k = 0; k < components; ++k) {
                each[k] = mixture[k].logLikelihood(*frames[f]);
                best = std::max(best, each[k]);
            }
            double sum = 0;
            for (size_t k = 0; k < components; ++k) {
                each[k] = std::exp(each[k] - best);
                sum += each[k];
            }
            for (size_t k = 0; k < components; ++k)
                resp[f * components + k] = each[k] / sum;
        }
    };

    resp.assign(n, 1.0);
    maximise(1);
    while (mixture.size() < target) {
        Mixture split;
        split.reserve(mixture.size() * 2);
        for (const Gaussian &g : mixture) {
            for (const double sign : {-1.0, 1.0}) {
                Gaussian half = g;
                half.logNorm -= std::log(2.0);
                for (size_t c = 0; c < dims; ++c)
                    half.mean[c] += float(sign * splitOffset / std::sqrt(g.inverseVariance[c]));
                split.push_back(half);
            }
        }
        mixture = std::move(split);
        const int rounds = mixture.size() == target ? emRoundsLast : emRoundsPerSplit;
        for (int round = 0; round < rounds; ++round) {
            expect();
            maximise(mixture.size());
        }
    }
    return true;
}

bool TwoVoiceModel::train(const std::vector<VoiceFeatures::Frame> &features,
                          const std::vector<qint8> &labels)
{
    m_trained = false;
    std::vector<const VoiceFeatures::Frame *> of[2]; // bot, human
    const size_t n = std::min(features.size(), labels.size());
    for (size_t f = 0; f < n; ++f)
        if (labels[f] != 0)
            of[labels[f] > 0 ? 0 : 1].push_back(&features[f]);
    for (std::vector<const VoiceFeatures::Frame *> &frames : of) {
        if (frames.size() <= maxTrainingFrames)
            continue;
        std::vector<const VoiceFeatures::Frame *> thinned;
        thinned.reserve(maxTrainingFrames);
        for (size_t i = 0; i < maxTrainingFrames; ++i)
            thinned.push_back(frames[i * frames.size() / maxTrainingFrames]);
        frames = std::move(thinned);
    }
    m_trained = fit(of[0], m_bot) && fit(of[1], m_human);
    return m_trained;
}

float TwoVoiceModel::logOdds(const VoiceFeatures::Frame &frame) const
{
    if (!m_trained)
        return 0;
    const double odds = logLikelihood(m_bot, frame) - logLikelihood(m_human, frame);
    return float(std::clamp(odds, double(-clampLogOdds), double(clampLogOdds)));
}
