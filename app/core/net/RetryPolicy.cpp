#include "net/RetryPolicy.h"

#include <QtGlobal>

int RetryPolicy::delayMs(const FetchError &error, int nextAttempt, int waitedMs) const
{
    if (!error.isTransient() || nextAttempt < 2 || nextAttempt > maxAttempts)
        return -1;
    qint64 delay = 0;
    if (error.retryAfterSeconds >= 0) {
        // The server said how long (429, or 503 during maintenance); asking sooner only earns
        // another refusal.
        if (error.retryAfterSeconds > maxRetryAfterSeconds)
            return -1;
        delay = qint64(error.retryAfterSeconds) * 1000;
    } else {
        // 1x, 2x, 4x ... the initial backoff, bounded.
        delay = qMin<qint64>(qint64(initialBackoffMs) << qMin(nextAttempt - 2, 20), maxBackoffMs);
    }
    if (waitedMs + delay > maxTotalWaitMs)
        return -1;
    return int(delay);
}
