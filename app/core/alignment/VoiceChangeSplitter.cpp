#include "alignment/VoiceChangeSplitter.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr int frameMs = ChannelActivity::frameMs;
}

void VoiceChangeSplitter::splitRange(qint64 firstFrame, qint64 endFrame,
                                     const std::vector<double> &prefix, int depth,
                                     std::vector<qint64> &cuts) const
{
    const qint64 minPiece = m_settings.minPieceMs / frameMs;
    if (depth >= m_settings.maxDepth || endFrame - firstFrame < 2 * minPiece)
        return;
    const double total = prefix[size_t(endFrame)] - prefix[size_t(firstFrame)];
    double bestGain = 0;
    qint64 bestCut = -1;
    for (qint64 t = firstFrame + minPiece; t <= endFrame - minPiece; ++t) {
        const double head = prefix[size_t(t)] - prefix[size_t(firstFrame)];
        const double tail = total - head;
        // Two parts of opposite voices against one voice for the whole.
        const double gain = std::abs(head - tail) - std::abs(total);
        if (gain > bestGain && head * tail < 0) {
            bestGain = gain;
            bestCut = t;
        }
    }
    if (bestCut < 0 || bestGain * m_settings.evidenceScale < m_settings.minGain)
        return;
    cuts.push_back(bestCut);
    splitRange(firstFrame, bestCut, prefix, depth + 1, cuts);
    splitRange(bestCut, endFrame, prefix, depth + 1, cuts);
}

QList<TurnAligner::Segment> VoiceChangeSplitter::split(const QList<SpeechSegment> &segments,
                                                       const std::vector<float> &frameLogOdds) const
{
    std::vector<double> prefix(frameLogOdds.size() + 1, 0.0);
    for (size_t f = 0; f < frameLogOdds.size(); ++f)
        prefix[f + 1] = prefix[f] + frameLogOdds[f];
    const auto nFrames = qint64(frameLogOdds.size());
    auto evidence = [&](qint64 fromMs, qint64 toMs) {
        const qint64 a = std::clamp<qint64>(fromMs / frameMs, 0, nFrames);
        const qint64 b = std::clamp<qint64>(toMs / frameMs, 0, nFrames);
        const double sum = (prefix[size_t(b)] - prefix[size_t(a)]) * m_settings.evidenceScale;
        return float(std::clamp(sum, -20.0, 20.0));
    };

    QList<TurnAligner::Segment> result;
    for (const SpeechSegment &segment : segments) {
        std::vector<qint64> cuts;
        const qint64 first = std::clamp<qint64>(segment.startMs / frameMs, 0, nFrames);
        const qint64 end = std::clamp<qint64>(segment.endMs / frameMs, 0, nFrames);
        splitRange(first, end, prefix, 0, cuts);
        std::sort(cuts.begin(), cuts.end());
        qint64 from = segment.startMs;
        bool soft = false;
        auto emitPiece = [&](qint64 toMs) {
            TurnAligner::Segment piece;
            piece.startMs = from;
            piece.endMs = toMs;
            piece.softStart = soft;
            piece.botLogOdds = evidence(from, toMs);
            result.append(piece);
        };
        for (const qint64 cut : cuts) {
            emitPiece(cut * frameMs);
            from = cut * frameMs;
            soft = true;
        }
        emitPiece(segment.endMs);
    }
    return result;
}
