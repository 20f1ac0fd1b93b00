#include "api/CallService.h"

#include "api/ApiKeyStore.h"
#include "api/CallDecoder.h"
#include "base/Logging.h"

CallService::CallService(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_get(manager)
{
    connect(&m_get, &HttpGet::progress, this, &CallService::progress);
    connect(&m_get, &HttpGet::finished, this, &CallService::onFinished);
    connect(&m_get, &HttpGet::retryScheduled, this,
            [this](int attempt, int delaySeconds, const FetchError &reason) {
                FetchError described = reason;
                described.message = describe(reason, m_callId, m_settings.timeoutSeconds);
                emit retryScheduled(attempt, delaySeconds, described);
            });
}

void CallService::fetchCall(const QString &callId)
{
    m_get.cancel(); // finishes the previous fetch as Canceled
    m_callId = callId;

    QString baseError;
    const QUrl base = ApiEndpoint::parseBase(m_settings.apiBase, &baseError);
    if (!base.isValid())
        return fail({FetchError::Kind::InvalidInput, baseError});
    if (!ApiEndpoint::isValidCallId(callId)) {
        return fail(
            {FetchError::Kind::InvalidInput,
             tr("\"%1\" is not a valid call ID. %2")
                 .arg(callId.left(ApiEndpoint::maxCallIdLength + 8), ApiEndpoint::callIdRules())});
    }
    if (m_settings.apiKey.isEmpty())
        return fail({FetchError::Kind::MissingKey, ApiKeyStore::missingKeyMessage()});

    HttpGet::Request request;
    request.url = ApiEndpoint::callUrl(base, callId);
    request.authorization = "Bearer " + m_settings.apiKey.toUtf8();
    request.credentialOrigin = base;
    request.inactivityTimeoutMs = m_settings.timeoutSeconds * 1000;
    request.deadlineMs = m_settings.timeoutSeconds * 1000;
    // --timeout bounds the whole fetch, retries included (the command line's contract).
    request.totalDeadlineMs = m_settings.timeoutSeconds * 1000;
    request.maxBytes = m_settings.maxResponseBytes;
    request.retry = m_settings.retry;
    m_get.start(request);
}

void CallService::cancel()
{
    m_get.cancel();
}

void CallService::onFinished(const HttpGet::Result &result)
{
    if (result.error.isError()) {
        FetchError error = result.error;
        error.message = describe(error, m_callId, m_settings.timeoutSeconds);
        return fail(error);
    }
    CallDecoder::Result decoded = CallDecoder::decodeResponse(result.body);
    if (!decoded.ok()) {
        return fail({FetchError::Kind::InvalidResponse,
                     tr("The server's answer is not a valid call: %1.").arg(decoded.error),
                     result.httpStatus});
    }
    if (decoded.call->callId != m_callId) {
        return fail({FetchError::Kind::InvalidResponse,
                     tr("The server answered with call %1 instead of %2.")
                         .arg(decoded.call->callId.left(ApiEndpoint::maxCallIdLength), m_callId),
                     result.httpStatus});
    }
    emit callFetched(*decoded.call);
}

void CallService::fail(FetchError error)
{
    qCInfo(lcNetwork) << "fetch failed:" << FetchError::kindName(error.kind);
    emit fetchFailed(error);
}

QString CallService::describe(const FetchError &error, const QString &callId, int timeoutSeconds)
{
    using Kind = FetchError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
    case Kind::MissingKey:
    case Kind::InvalidResponse:
        return error.message;
    case Kind::Canceled:
        return tr("The fetch was canceled.");
    case Kind::Unauthorized:
        return tr("The API rejected the key (HTTP 401). %1").arg(ApiKeyStore::setKeyHint());
    case Kind::Forbidden:
        return tr("The API key has no permission to read call %1 (HTTP 403). Ask Anunzi support "
                  "to grant access, or use a key of the workspace that made the call.")
            .arg(callId);
    case Kind::NotFound:
        return tr("There is no call with ID %1 (HTTP 404). Check the ID.").arg(callId);
    case Kind::RateLimited:
        return error.retryAfterSeconds >= 0
            ? tr("The API is rate-limiting requests (HTTP 429). Try again in %n s.", nullptr,
                 error.retryAfterSeconds)
            : tr("The API is rate-limiting requests (HTTP 429). Wait a moment and try again.");
    case Kind::ServerError:
        return tr("The API had a server error (HTTP %1). Try again later.").arg(error.httpStatus);
    case Kind::HttpError:
        return tr("The API answered with an unexpected status (%1).").arg(error.message);
    case Kind::Timeout:
        return tr("The server did not answer within %n s. Check the connection, or allow more "
                  "time with --timeout.",
                  nullptr, timeoutSeconds);
    case Kind::Tls:
        return tr("The secure connection to the API failed: %1. The connection was not used; "
                  "check the API base URL and the system's certificates.")
            .arg(error.message);
    case Kind::Redirect:
        return tr("The API answer was not followed: %1.").arg(error.message);
    case Kind::TooLarge:
        return tr("The API answer was too large and was not read: %1.").arg(error.message);
    case Kind::WriteFailed:
        return tr("The API answer could not be stored: %1.").arg(error.message);
    case Kind::Network:
        return tr("Could not reach the API: %1. Check the network connection and the API base "
                  "URL.")
            .arg(error.message);
    }
    return error.message;
}

QString CallService::describeRetry(const FetchError &reason, int secondsLeft)
{
    using Kind = FetchError::Kind;
    switch (reason.kind) {
    case Kind::RateLimited:
        return tr("The API is rate-limiting requests; trying again in %n s.", nullptr, secondsLeft);
    case Kind::ServerError:
        return tr("The API had a server error (HTTP %1); trying again in %n s.", nullptr,
                  secondsLeft)
            .arg(reason.httpStatus);
    case Kind::Timeout:
        return tr("The API did not answer in time; trying again in %n s.", nullptr, secondsLeft);
    default:
        return tr("Could not reach the API; trying again in %n s.", nullptr, secondsLeft);
    }
}
