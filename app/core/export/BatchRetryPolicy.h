#pragma once

#include "net/FetchError.h"

// When a batch tries a failed fetch again. Kept apart from BatchExporter so it can go once
// HttpGet/CallService retry by themselves.
//
// - 429: wait as long as Retry-After says, up to maxRetryAfterSeconds (longer: give up rather
//   than hammer the API early); without Retry-After, back off like a 5xx.
// - 5xx, timeouts, dropped connections: exponential backoff (base, 2×base, 4×base ...).
// - Anything else (404, 401, an invalid answer ...) is final.
struct BatchRetryPolicy
{
    int maxAttempts = 4; // the first try and three retries
    int baseDelayMs = 500;
    int maxRetryAfterSeconds = 60;

    // Milliseconds to wait before the next attempt after `attemptsMade` tries failed with
    // `error`; -1 when the failure is final.
    int delayMs(const FetchError &error, int attemptsMade) const;
};
