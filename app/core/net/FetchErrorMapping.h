#pragma once

#include "net/FetchError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

// How the end of one HTTP exchange becomes a FetchError: pure functions of what the reply
// reported, so that every status and every transfer failure is tested without a server.
// HttpGet::onFinished only gathers the facts (and follows redirects). Messages are technical;
// the services rephrase them for the user by kind.
class FetchErrorMapping
{
public:
    // What is known when a reply ended without a 2xx body to deliver or a redirect to follow.
    struct Reply
    {
        int httpStatus = 0; // 0: no HTTP status arrived
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString; // QNetworkReply::errorString()
        QString reasonPhrase; // "Not Found"
        QByteArray retryAfter; // the raw Retry-After header, empty when absent
        QString tlsError; // the first QSslError seen, empty when none
        int inactivityTimeoutMs = 0; // the transfer timeout the request had
        // HttpGet ended the transfer itself (deadline, size cap, local write, cancel): that
        // kind and message win over whatever the reply says.
        FetchError::Kind abortedAs = FetchError::Kind::None;
        QString abortMessage;
    };

    // The error for a reply that failed (kind None only for a 2xx without a transfer error and
    // without an abort). An HTTP status outside 2xx gives its HTTP kind with the Retry-After
    // seconds; a 2xx whose transfer failed, or no status at all, gives the transfer's kind.
    static FetchError map(const Reply &reply);

    // 401 Unauthorized, 403 Forbidden, 404 NotFound, 429 RateLimited, 5xx ServerError, any
    // other status outside 2xx HttpError; None for 2xx.
    static FetchError::Kind kindOfStatus(int httpStatus);
    // A transfer that failed without a usable HTTP status: Timeout, Tls, Redirect or Network.
    static FetchError::Kind kindOfTransfer(QNetworkReply::NetworkError error, bool tlsErrorSeen);

    // Retry-After as seconds: delay-seconds, or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT")
    // relative to now; at most a day, -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static FetchError fromStatus(const Reply &reply);
    static FetchError fromTransfer(const Reply &reply);
};
