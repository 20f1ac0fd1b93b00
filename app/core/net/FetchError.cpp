#include "net/FetchError.h"

bool FetchError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::ServerError:
        return true;
    default:
        return false;
    }
}

QString FetchError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::MissingKey:
        return QStringLiteral("missing-key");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::HttpError:
        return QStringLiteral("http-error");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::WriteFailed:
        return QStringLiteral("write-failed");
    }
    return QStringLiteral("unknown");
}
