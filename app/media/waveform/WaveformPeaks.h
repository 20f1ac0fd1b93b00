#pragma once

#include <QList>
#include <QMetaType>

// The overview of a recording: for each channel (lane), the loudest sample of each bucket of
// bucketMs milliseconds, as a fraction of full scale (0..1). Small enough to keep for a long
// call (an hour at 20 ms per bucket is 180,000 floats per lane) and to repaint from.
struct WaveformPeaks
{
    int bucketMs = 20;
    QList<QList<float>> lanes; // lanes[channel][bucket]

    int channelCount() const { return int(lanes.size()); }
    qsizetype bucketCount() const { return lanes.isEmpty() ? 0 : lanes.first().size(); }
    qint64 durationMs() const { return qint64(bucketCount()) * bucketMs; }
    bool isEmpty() const { return bucketCount() == 0; }
};

Q_DECLARE_METATYPE(WaveformPeaks)
