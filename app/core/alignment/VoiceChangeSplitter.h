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
        float evidenceScale = 0.05f; // frame log-odds are correlated: scale their sums down
        float minGain =
            3.0f; // scaled log-odds gained by a split, to make it (4: mono 0.91 -> 0.93)
        int minPieceMs = 250;
        int maxDepth = 3;
    };

    VoiceChangeSplitter() = default;
    explicit VoiceChangeSplitter(const Settings &settings)
        : m_settings(settings)
    { }

    // frameLogOdds: per 10 ms frame, log p(bot) - log p(human); 0 where unknown.
    QList<TurnAligner::Segment> split(const QList<SpeechSegment> &segments,
                                      const std::vector<float> &frameLogOdds) const;

private:
    void splitRange(qint64 firstFrame, qint64 endFrame, const std::vector<double> &prefix,
                    int depth, std::vector<qint64> &cuts) const;

    Settings m_settings;
};
