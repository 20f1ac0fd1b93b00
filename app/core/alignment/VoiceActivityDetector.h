#pragma once

#include "alignment/SpeechSegment.h"
#include "decode/PcmAudio.h"

#include <QList>

// Finds speech per channel: 10 ms frames against an adaptive noise floor (minimum statistics
// over a few seconds), a level relative to the channel's own speech, and - on stereo - the
// other channel's level through the measured coupling between them, so that the other party's
// echo (bleed, 18-30 dB down) is not taken for speech. Pauses shorter than mergeGapMs are
// bridged (hangover); each segment's edges are then refined at 1 ms resolution with a lower
// threshold, since onsets rise through the decision threshold over tens of milliseconds.
class VoiceActivityDetector
{
public:
    struct Settings
    {
        float marginDb = 9; // above the noise (and bleed) floor to be speech
        float edgeMarginDb = 5; // the same for refining a segment's edges
        float relativeRangeDb = 40; // never more than this below the channel's speech level
        float bleedMarginDb = 6; // above the other channel's level plus the coupling
        int mergeGapMs = 200; // pauses shorter than this stay inside a segment
        int minSpeechMs = 60; // shorter bursts are clicks
        int maxEdgeSearchMs = 80; // how far an edge may move when refined
    };

    VoiceActivityDetector() = default;
    explicit VoiceActivityDetector(const Settings &settings)
        : m_settings(settings)
    { }

    // One ChannelActivity per channel of audio; channels are compared with each other only
    // when crossChannel is true (a stereo call with one party per channel).
    QList<ChannelActivity> analyze(const PcmAudio &audio, bool crossChannel) const;
    // The mix of all channels as one (a mono recording, or stereo with identical channels).
    ChannelActivity analyzeMixed(const PcmAudio &audio) const;

    // Mean square of every 1 ms block of samples (full scale = 1).
    static std::vector<float> blockEnergy(const std::vector<qint16> &samples, int sampleRate);

private:
    Settings m_settings;
};
