#pragma once

#include "alignment/Timeline.h"
#include "model/Turn.h"
#include "timing/TimingReport.h"

#include <QList>

// Reads the timeline of an aligned call and measures what teams running voice assistants watch:
// response latency of each side, barge-ins by each side, dead air, talk share, the longest
// turn and how long the caller waited for the assistant's first word. Turns whose timing is
// invalid (the aligner could not place them) are skipped. Linear in the number of turns, except
// the talk share's sort (n log n).
class TimingAnalyzer
{
public:
    struct Options
    {
        qint64 deadAirMs = 3000; // silences this long or longer before a turn are dead air
    };

    static TimingReport analyze(const QList<Turn> &turns, const Timeline &timeline,
                                const Options &options);
    static TimingReport analyze(const QList<Turn> &turns, const Timeline &timeline)
    {
        return analyze(turns, timeline, Options());
    }

    // The nearest-rank percentile: the smallest value such that at least `percent` % of the
    // values are less than or equal to it, i.e. sorted[ceil(percent / 100 * n) - 1] (always a
    // measured value, never an interpolation). `sorted` ascending; -1 when empty.
    static qint64 percentile(const QList<qint64> &sorted, int percent);
};
