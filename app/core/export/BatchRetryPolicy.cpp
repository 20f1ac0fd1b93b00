#include "export/BatchRetryPolicy.h"

#include <QtGlobal>

int BatchRetryPolicy::delayMs(const FetchError &error, int attemptsMade) const
{
    if (!error.isTransient() || attemptsMade >= maxAttempts)
        return -1;
    if (error.kind == FetchError::Kind::RateLimited && error.retryAfterSeconds >= 0) {
        if (error.retryAfterSeconds > maxRetryAfterSeconds)
            return -1;
        return error.retryAfterSeconds * 1000;
    }
    const int exponent = qBound(0, attemptsMade - 1, 10);
    return baseDelayMs * (1 << exponent);
}
