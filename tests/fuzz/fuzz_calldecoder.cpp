// libFuzzer target: see FuzzInvariants::callDecoder() (tests/support) for what each input must
// keep. An input that breaks it is saved by libFuzzer; copy it to
// tests/fuzz/regressions/calldecoder/ so the Qt Test suite replays it after the fix.
#include "FuzzInvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = FuzzInvariants::callDecoder(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
