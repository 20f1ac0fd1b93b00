#pragma once

#include "alignment/SpeechSegment.h"
#include "alignment/VoiceFeatures.h"

#include <vector>

// Mono recordings: the two voices told apart WITHOUT any alignment, so that a first alignment
// thrown off by a barge-in cannot teach the voice model the wrong voices (which then keeps the
// alignment wrong: a self-confirming cascade). Each long enough speech segment is described by
// the median pitch of its clearly voiced frames; the segments fall into two clusters (1-D
// 2-means over those medians), the lower and the higher voice. Which one is the assistant is
// not decided here: the caller aligns under both assignments and keeps the one that fits.
class VoiceClusters
{
public:
    static constexpr int minVoicedFrames = 20; // 200 ms of clear pitch to describe a segment

    // Per 10 ms frame: +1 in a segment of the lower voice, -1 of the higher one, 0 elsewhere
    // (silence, unvoiced, or a segment too short to say). Empty when there are not two
    // clusters (fewer than two described segments).
    static std::vector<qint8> labels(const ChannelActivity &activity,
                                     const std::vector<VoiceFeatures::Frame> &features);
};
