#pragma once

#include "net/FetchError.h"

// When an idempotent GET is tried again, and after how long.
//
// Retried: 429 (honouring Retry-After), 5xx, dropped connections and timeouts (see
// FetchError::isTransient). Never retried: any other 4xx, TLS, redirect, size or decoding
// problems, and cancellation. Waits grow exponentially from initialBackoffMs; a Retry-After
// longer than maxRetryAfterSeconds, or a wait that would push the total past
// maxTotalWaitMs, ends the retries so the user hears about it instead of staring at a countdown.
struct RetryPolicy
{
    int maxAttempts = 3; // including the first; 1 means never retry
    int initialBackoffMs = 1000;
    int maxBackoffMs = 8000;
    int maxRetryAfterSeconds = 60;
    int maxTotalWaitMs = 90000;

    static RetryPolicy none() { return RetryPolicy{1, 0, 0, 0, 0}; }

    // The wait before attempt number nextAttempt (2 for the first retry) after `error`, given
    // the waits already spent; -1 when the error must not be retried.
    int delayMs(const FetchError &error, int nextAttempt, int waitedMs) const;
};
