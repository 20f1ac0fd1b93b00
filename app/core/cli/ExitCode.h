#pragma once

// Exit codes of `callreview` on the command line: a contract scripts depend on.
namespace ExitCode {
constexpr int Success = 0;
constexpr int Usage = 2; // usage error, invalid call ID, no API key
constexpr int NetworkFailure = 3; // network or HTTP failure
constexpr int InvalidResponse = 4; // the response is not a valid call
constexpr int WriteFailure = 5; // the output cannot be written
} // namespace ExitCode
