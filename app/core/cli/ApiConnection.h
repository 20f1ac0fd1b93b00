#pragma once

#include "api/ApiAccess.h"
#include "api/CallService.h"

#include <QString>

#include <optional>

// The one way a headless command gets ready to call the API: the base URL of ApiAccess checked
// (https, or http on a loopback address), the key looked up (ApiKeyStore::lookup: the
// environment, then the keychain), and both with the timeout as CallService settings, which
// PagedListService and BatchExporter take too. The base is checked first, so a bad base never
// asks the keychain.
class ApiConnection
{
public:
    struct Result
    {
        std::optional<CallService::Settings> settings;
        int exitCode = 0; // from ExitCode.h when !ok()
        QString error; // one sentence: what is wrong and what to do

        bool ok() const { return settings.has_value(); }
    };

    static Result resolve(const ApiAccess &access);
};
