#include "cli/ApiConnection.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"
#include "cli/ExitCode.h"

ApiConnection::Result ApiConnection::resolve(const ApiAccess &access)
{
    Result result;
    QString baseError;
    if (!ApiEndpoint::parseBase(access.apiBase, &baseError).isValid()) {
        result.exitCode = ExitCode::of(FetchError::Kind::InvalidInput);
        result.error = baseError;
        return result;
    }
    const ApiKeyStore::Outcome key = ApiKeyStore::lookup();
    if (!key.ok) {
        result.exitCode = ExitCode::of(FetchError::Kind::MissingKey);
        result.error = key.error;
        return result;
    }
    CallService::Settings settings;
    settings.apiBase = access.apiBase;
    settings.apiKey = key.key;
    settings.timeoutSeconds = access.timeoutSeconds;
    result.settings = settings;
    result.exitCode = ExitCode::Success;
    return result;
}
