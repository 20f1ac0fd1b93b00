// Peak memory of decoding + parsing a Get Call response with a 50,000-turn transcript.
// Target (issue 2): under 100 MB peak for the whole process. Prints the peak resident set
// (getrusage ru_maxrss) before and after, and exits 1 when the target is missed.
#include "CallResponses.h"
#include "api/CallDecoder.h"

#include <cstdio>

#include <sys/resource.h>

namespace {
long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}
} // namespace

int main()
{
    constexpr int turnCount = 50000;
    constexpr long targetKiB = 100 * 1024;
    const long atStart = peakKiB();
    const QByteArray json = CallResponses::longCallResponse(turnCount);
    const long withInput = peakKiB();
    const CallDecoder::Result result = CallDecoder::decodeResponse(json);
    const long afterDecode = peakKiB();
    if (!result.ok() || result.call->turns.size() != turnCount) {
        std::fprintf(stderr, "decode failed: %s\n", qPrintable(result.error));
        return 2;
    }
    std::printf("response size:            %.1f MiB (%d turns)\n", json.size() / 1048576.0,
                turnCount);
    std::printf("peak RSS at start:        %.1f MiB\n", atStart / 1024.0);
    std::printf("peak RSS with the input:  %.1f MiB\n", withInput / 1024.0);
    std::printf("peak RSS after decode:    %.1f MiB (target < %ld MiB)\n", afterDecode / 1024.0,
                targetKiB / 1024);
    std::printf("decode + parse added:     %.1f MiB\n", (afterDecode - withInput) / 1024.0);
    return afterDecode < targetKiB ? 0 : 1;
}
