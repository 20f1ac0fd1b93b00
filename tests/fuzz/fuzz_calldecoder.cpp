// libFuzzer target: CallDecoder::decodeResponse on arbitrary bytes (an untrusted API answer).
// Besides "no crash, no leak, no UB", checks what a decoded call promises its users.
#include "CallDecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: the decoder must not rely on anything past the given bytes.
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const CallDecoder::Result result = CallDecoder::decodeResponse(json);
    if (!result.ok()) {
        check(!result.error.isEmpty());
        return 0;
    }
    const CallRecord &call = *result.call;
    check(result.error.isEmpty());
    check(!call.callId.trimmed().isEmpty());
    check(call.durationSeconds >= 0);
    for (const Turn &turn : call.turns)
        check(!turn.text.isEmpty());
    return 0;
}
