#pragma once

#include "alignment/SpeechSegment.h"
#include "alignment/TurnAligner.h"

#include <QList>

#include <vector>

// Mono recordings: a barge-in leaves no pause between the two parties, so the detector's
// segment holds the end of one turn and the start of the next. Given each frame's voice
// log-odds (TwoVoiceModel), this splits a segment where the voice changes (the split that
// best separates bot-like from human-like frames, if it gains enough, recursively), and gives
// every piece its voice evidence for the aligner. Pieces after a split are marked softStart:
// a boundary there is less certain than one at a pause.
class VoiceChangeSplitter
{
public:
    struct Settings
    {
        // Frame log-odds are correlated: their sums are scaled down (0.05 suited one Gaussian
        // per voice; the mixture's log-odds are sharper, measured: 0.02).
        float evidenceScale = 0.02f;
        float minGain = 2.5f; // scaled log-odds gained by a split, to make it
        int minPieceMs = 250;
        int maxDepth = 3;
    };

    VoiceChangeSplitter() = default;
    explicit VoiceChangeSplitter(const Settings &settings)
        : m_settings(settings)
    { }

    const Settings &settings() const { return m_settings; }

    // frameLogOdds: per 10 ms frame, log p(bot) - log p(human); 0 where unknown.
    QList<TurnAligner::Segment> split(const QList<SpeechSegment> &segments,
                                      const std::vector<float> &frameLogOdds) const;

private:
    void splitRange(qint64 firstFrame, qint64 endFrame, const std::vector<double> &prefix,
                    int depth, std::vector<qint64> &cuts) const;

    Settings m_settings;
};
