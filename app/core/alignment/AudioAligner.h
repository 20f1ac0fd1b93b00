#pragma once

#include "alignment/Timeline.h"
#include "alignment/TurnAligner.h"
#include "alignment/VoiceActivityDetector.h"
#include "decode/AlignmentError.h"
#include "decode/PcmAudio.h"

#include "model/Turn.h"

#include <QCoreApplication>
#include <QList>

// Decoded audio + transcript turns -> Timeline. Decides the channel layout: a mono file, a
// stereo file whose channels carry the same signal, or one whose second channel is silent is
// "mixed"; otherwise the turns are aligned under both hypotheses (bot on channel 0, bot on
// channel 1) and the cheaper alignment wins.
class AudioAligner
{
    Q_DECLARE_TR_FUNCTIONS(AudioAligner)

public:
    struct Result
    {
        Timeline timeline;
        AlignmentError error;
        double cost = 0; // of the winning alignment
        double otherCost = 0; // of the other channel hypothesis (stereo), else 0

        bool ok() const { return !error.isError(); }
    };

    static Result align(const QList<Turn> &turns, const PcmAudio &audio);

    // True when the two channels carry one signal (a mono mix saved as stereo).
    static bool channelsIdentical(const ChannelActivity &a, const ChannelActivity &b);
};
