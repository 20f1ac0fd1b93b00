#include "net/FetchErrorMapping.h"

namespace {
constexpr qint64 maxRetryAfterSeconds = 24 * 3600;
}

FetchError FetchErrorMapping::map(const Reply &reply)
{
    FetchError error;
    if (reply.abortedAs != FetchError::Kind::None) {
        error.kind = reply.abortedAs;
        error.message = reply.abortMessage;
    } else {
        const int status = reply.httpStatus;
        const bool is2xx = status >= 200 && status < 300;
        if (is2xx && reply.networkError == QNetworkReply::NoError)
            error.kind = FetchError::Kind::None;
        else if (status != 0 && !is2xx)
            error = fromStatus(reply);
        else // no HTTP status, or a 2xx whose body did not arrive whole
            error = fromTransfer(reply);
    }
    error.httpStatus = reply.httpStatus;
    return error;
}

FetchError::Kind FetchErrorMapping::kindOfStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return FetchError::Kind::None;
    switch (httpStatus) {
    case 401:
        return FetchError::Kind::Unauthorized;
    case 403:
        return FetchError::Kind::Forbidden;
    case 404:
        return FetchError::Kind::NotFound;
    case 429:
        return FetchError::Kind::RateLimited;
    default:
        return httpStatus >= 500 && httpStatus < 600 ? FetchError::Kind::ServerError
                                                     : FetchError::Kind::HttpError;
    }
}

FetchError::Kind FetchErrorMapping::kindOfTransfer(QNetworkReply::NetworkError error,
                                                   bool tlsErrorSeen)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError: // the transfer (inactivity) timeout fired
    case QNetworkReply::TimeoutError:
        return FetchError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return FetchError::Kind::Tls;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return FetchError::Kind::Redirect;
    default:
        // A certificate problem can surface as another error (the connection closed).
        return tlsErrorSeen ? FetchError::Kind::Tls : FetchError::Kind::Network;
    }
}

FetchError FetchErrorMapping::fromStatus(const Reply &reply)
{
    FetchError error;
    error.kind = kindOfStatus(reply.httpStatus);
    error.retryAfterSeconds = parseRetryAfter(reply.retryAfter);
    error.message =
        QStringLiteral("HTTP %1 %2").arg(reply.httpStatus).arg(reply.reasonPhrase.left(100));
    return error;
}

FetchError FetchErrorMapping::fromTransfer(const Reply &reply)
{
    FetchError error;
    const bool tlsErrorSeen = !reply.tlsError.isEmpty();
    error.kind = kindOfTransfer(reply.networkError, tlsErrorSeen);
    switch (error.kind) {
    case FetchError::Kind::Timeout:
        error.message = QStringLiteral("the server stopped answering for %1 s")
                            .arg(reply.inactivityTimeoutMs / 1000);
        break;
    case FetchError::Kind::Redirect:
        error.message = reply.errorString;
        break;
    default: // Tls, Network: the certificate problem says more than "connection closed"
        error.message = tlsErrorSeen ? reply.tlsError : reply.errorString;
        break;
    }
    return error;
}

int FetchErrorMapping::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, maxRetryAfterSeconds));
    // An HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT") ends in "GMT", which Qt 6.4's RFC 2822
    // parser refuses; it accepts the same instant written as "+0000".
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1StringView(" GMT")))
        text = text.chopped(3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), now.secsTo(when), maxRetryAfterSeconds));
}
