#pragma once

#include <QList>
#include <QString>

// When each transcript turn was spoken, recovered from the recording (the Anunzi transcript has
// no timestamps). A value: produced by the alignment engine, read by the player, the timing
// findings, the exports and the timeline cache. Turn indexes are 0-based like TranscriptModel
// rows; JSON and the window show them 1-based.
struct TurnTiming
{
    qint64 startMs = -1; // first sample of the turn's speech
    qint64 endMs = -1; // last sample of the turn's speech (pauses inside the turn included)
    double confidence = 0.0; // 0..1: how sure the aligner is of both boundaries

    bool isValid() const { return startMs >= 0 && endMs >= startMs; }
    friend bool operator==(const TurnTiming &a, const TurnTiming &b)
    {
        return a.startMs == b.startMs && a.endMs == b.endMs && a.confidence == b.confidence;
    }
};

// Which recording channel carries which party. Stereo recordings (Twilio, Vapi) put each party
// on its own channel, in either order; a mono recording mixes both (channel -1 = "mixed").
struct ChannelMap
{
    static constexpr int Mixed = -1;
    int botChannel = Mixed;
    int humanChannel = Mixed;

    bool isMixed() const { return botChannel == Mixed; }
    friend bool operator==(const ChannelMap &a, const ChannelMap &b)
    {
        return a.botChannel == b.botChannel && a.humanChannel == b.humanChannel;
    }
};

struct Timeline
{
    ChannelMap channels;
    qint64 durationMs = 0; // length of the recording
    QList<TurnTiming> turns; // one per transcript turn, same order and count

    bool isEmpty() const { return turns.isEmpty(); }
    // The timing of turn `index` (0-based) when the aligner placed it, else nullptr.
    const TurnTiming *timingOf(qsizetype index) const
    {
        if (index < 0 || index >= turns.size() || !turns.at(index).isValid())
            return nullptr;
        return &turns.at(index);
    }
    friend bool operator==(const Timeline &a, const Timeline &b)
    {
        return a.channels == b.channels && a.durationMs == b.durationMs && a.turns == b.turns;
    }
};
