#pragma once

#include "timing/TimingReport.h"

#include <QJsonObject>

// The "timing" object of `--findings` (issue 14), a contract for scripts:
//   {"latencies": [{"turn", "latency_ms"}],
//    "assistant_latency": {"p50_ms", "p90_ms", "max_ms"},
//    "barge_ins": [{"turn", "by": "caller"|"assistant", "overlap_ms"}],
//    "dead_air": [{"before_turn", "gap_ms"}],
//    "talk_share": {"assistant", "caller"},
//    "longest_monologue": {"turn", "ms"},
//    "first_assistant_word_ms": ms}
// Turn numbers are 1-based as in the window; times are integer milliseconds; talk shares are
// fractions (0..1, three decimals). What cannot be measured (no assistant answer, no timed
// turn) is null, never a made-up 0. The caller inserts the object under "timing".
class TimingReportJson
{
public:
    static QJsonObject toJson(const TimingReport &report);
};
