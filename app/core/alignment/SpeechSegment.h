#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

// A stretch of one party's speech found by the voice activity detector, in recording time.
struct SpeechSegment
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
    float levelDb = 0; // mean frame level above the channel's noise floor
    int channel = 0; // the recording channel it was found on (0 for mixed audio)

    qint64 durationMs() const { return endMs - startMs; }
};

// What the detector found on one channel (or on the mix of a mono recording).
struct ChannelActivity
{
    static constexpr int frameMs = 10;
    std::vector<float> frameDb; // level of every 10 ms frame, dBFS
    std::vector<quint8> voiced; // 1 where a frame was taken for own speech (bleed excluded)
    float noiseDb = -120; // median noise floor
    float speechDb = -120; // typical speech level (0 when the channel has no speech)
    QList<SpeechSegment> segments;

    qint64 speechMs() const
    {
        qint64 total = 0;
        for (const SpeechSegment &segment : segments)
            total += segment.durationMs();
        return total;
    }
};
