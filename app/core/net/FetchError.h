#pragma once

#include <QString>

// Why fetching something from the API (or a recording host) failed. The UI and the command
// line map each kind to a message that says what to do next.
struct FetchError
{
    enum class Kind {
        None,
        InvalidInput, // a bad call ID or base URL: nothing was sent
        MissingKey, // no API key configured
        Network, // connection refused, host not found, reset, proxy ...
        Timeout, // no complete answer within the deadline
        Tls, // certificate or handshake problem
        Redirect, // redirect refused (other origin, unsafe scheme, loop)
        TooLarge, // body above the size cap
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        RateLimited, // 429
        ServerError, // 5xx
        HttpError, // any other non-2xx status
        InvalidResponse, // 2xx, but not a valid call
        Canceled, // the user canceled
        WriteFailed, // the body could not be stored locally (HttpGet::Request::sink)
    };

    Kind kind = Kind::None;
    QString message; // one sentence for the user: what happened and what to do
    int httpStatus = 0; // 0 when no HTTP status was received
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent

    bool isError() const { return kind != Kind::None; }
    // Worth trying again automatically (idempotent GET): 429, 5xx, timeouts, dropped connections.
    bool isTransient() const;
    static QString kindName(Kind kind); // stable identifier for logs and tests
};
