#pragma once

#include "alignment/Timeline.h"

#include "model/Turn.h"

#include <QList>

#include <limits>
#include <vector>

// Places the ordered transcript turns on speech segments by dynamic programming (a Viterbi
// pass over the segments in time order, with a beam). Every segment is either added to the
// current turn, starts one of the next turns, or is skipped (an untranscribed "uh-huh", a
// cough); a turn only takes segments its speaker can own (its channel, or any on mixed audio).
// The costs: each turn's length against characters x the speaker's rate, the silence between
// turns, pauses inside a turn, overlap with the previous speaker, skipped speech, and turns
// left without speech. Rates are estimated from the call itself (two passes).
class TurnAligner
{
public:
    struct Segment
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        Speaker owner = Speaker::Unknown; // Unknown: mixed audio, either party
        bool softStart = false; // starts inside continuous speech (a split of mixed audio)
        float covered = 0; // fraction overlapped by the other party's speech (0..1)
        float botLogOdds = 0; // voice evidence (mixed audio): > 0 sounds like the bot
    };

    struct Settings
    {
        double durationSigma = 0.3; // spread of log(actual / expected turn length)
        // Added to both lengths before the ratio: a short turn ("Yes.") heard under the other
        // party or under noise loses half its length, which says little about where it is.
        double durationSlackMs = 200;
        double fixedMs = 150; // expected length = fixedMs + characters x rate
        double pauseFreeMs = 350; // pauses inside a turn up to this cost nothing
        double pauseCostPerSecond = 2.5;
        double silenceFreeMs = 3000; // silence between turns up to this costs nothing...
        double silenceCostPerSecond = 0.3; // ...and more, this much
        // On mixed audio nothing but the pause marks a change of speaker: a pause shorter than
        // quickChangeMs between two turns costs quickChangeCost, fading to 0 at twice that.
        double quickChangeMs = 180;
        double quickChangeCost = 2.5;
        double overlapCost = 1.5; // starting a turn over the previous speaker...
        double overlapCostPerSecond = 3.0; // ...and per second of overlap
        double softStartCost = 1.0; // a turn boundary inside continuous speech
        int softStartLeadMs = 150; // such a turn is reported as starting this much earlier
        // ...and the interrupted speaker as going on this long after it (0: to the change).
        int interruptedTailMs = 0;
        double skipCost = 2.0; // skipping a segment nobody else speaks over...
        double skipCostPerSecond = 6.0;
        double coveredSkipCost = 0.3; // ...and one the other party speaks over
        double coveredSkipCostPerSecond = 1.0;
        double maxVoiceCost = 10.0; // cap of the cost of giving a piece to the other voice
        double missedTurnCost = 25.0; // a turn that gets no speech at all...
        // ...scaled down for a turn expected shorter than this (0: never), to a quarter at most:
        // on mixed audio a short barge-in ("Yes.") may be heard only under the other voice.
        double missedFullCostMs = 0;
        // Mixed audio: a turn may start inside the end of a segment, its first phrase
        // ("Okay,") said over the other party's last word, when a pause follows that segment.
        // The phrase's length is its letters x the speaker's rate plus this (0: never).
        double leadPhraseExtraMs = 0;
        int leadPhraseMaxLetters = 10; // longer first phrases are not looked for
        qint64 leadPhrasePauseMinMs = 80; // the pause after the phrase
        qint64 leadPhrasePauseMaxMs = 700;
        double leadPhraseCost = 1.0;
        int maxMissedInARow = 3;
        int beamStates = 80; // hypotheses (current turn) kept per segment
        double beamWidth = 80.0;
    };

    struct Result
    {
        QList<TurnTiming> timings; // one per turn, Unknown speakers included (confidence 0)
        double cost = std::numeric_limits<double>::infinity();
        double botMsPerChar = 0;
        double humanMsPerChar = 0;
        int missedTurns = 0;
        bool ok() const { return cost < std::numeric_limits<double>::infinity(); }
    };

    TurnAligner() = default;
    explicit TurnAligner(const Settings &settings)
        : m_settings(settings)
    { }

    // Mixed audio: prefix sums of the frames' scaled voice evidence (10 ms frames, > 0 sounds
    // like the bot), times sign; lets a turn start inside a segment (leadPhraseExtraMs). Not
    // owned: it must outlive the calls to align().
    void setVoiceEvidence(const std::vector<double> *prefix, double sign)
    {
        m_voicePrefix = prefix;
        m_voiceSign = sign;
    }

    // segments need not be sorted. The two passes: default rates, then rates from pass one.
    Result align(const QList<Turn> &turns, QList<Segment> segments) const;

    // The length measure of a turn's text: letters and digits, plus a few per punctuation
    // pause (espeak and real voices pause at sentence ends) that speech follows: the pause after
    // the last word is silence after the turn (mono "Yes." was expected twice too long).
    static int spokenLength(const QString &text);
    // Letters of the text's first phrase when a pause mark ends it and more speech follows
    // ("Okay, Tuesday works." -> 4), else 0.
    static int leadPhraseLetters(const QString &text);

    // One pass with the given rates (ms per character); exposed for tests.
    Result alignOnce(const QList<Turn> &turns, const QList<Segment> &sortedSegments,
                     double botMsPerChar, double humanMsPerChar) const;

private:
    Settings m_settings;
    const std::vector<double> *m_voicePrefix = nullptr;
    double m_voiceSign = 1;
};
