#include "alignment/TwoVoiceModel.h"

#include <algorithm>
#include <cmath>

double TwoVoiceModel::Gaussian::logLikelihood(const VoiceFeatures::Frame &frame) const
{
    double sum = logNorm;
    for (size_t c = 0; c < frame.size(); ++c) {
        const double d = frame[c] - mean[c];
        sum -= 0.5 * d * d * inverseVariance[c];
    }
    return sum;
}

bool TwoVoiceModel::train(const std::vector<VoiceFeatures::Frame> &features,
                          const std::vector<qint8> &labels)
{
    m_trained = false;
    auto fit = [&](qint8 label, Gaussian &g) {
        std::array<double, VoiceFeatures::coefficients> sum{}, squares{};
        qint64 n = 0;
        for (size_t f = 0; f < features.size() && f < labels.size(); ++f) {
            if (labels[f] != label)
                continue;
            for (size_t c = 0; c < sum.size(); ++c) {
                sum[c] += features[f][c];
                squares[c] += double(features[f][c]) * features[f][c];
            }
            ++n;
        }
        if (n < minFramesPerVoice)
            return false;
        g.logNorm = 0;
        for (size_t c = 0; c < sum.size(); ++c) {
            const double mean = sum[c] / double(n);
            const double variance = std::max(squares[c] / double(n) - mean * mean, 1e-3);
            g.mean[c] = float(mean);
            g.inverseVariance[c] = float(1.0 / variance);
            g.logNorm -= 0.5 * std::log(variance);
        }
        return true;
    };
    m_trained = fit(1, m_bot) && fit(-1, m_human);
    return m_trained;
}

float TwoVoiceModel::logOdds(const VoiceFeatures::Frame &frame) const
{
    if (!m_trained)
        return 0;
    const double odds = m_bot.logLikelihood(frame) - m_human.logLikelihood(frame);
    return float(std::clamp(odds, double(-clampLogOdds), double(clampLogOdds)));
}
