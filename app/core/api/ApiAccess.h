#pragma once

#include "api/ApiEndpoint.h"

#include <QString>

#include <optional>

// Where and how long the app talks to the API: the one resolution of base URL and timeout that
// the command line, the window and its panels share. (The key comes from ApiKeyStore.)
struct ApiAccess
{
    static constexpr int defaultTimeoutSeconds = 30;
    static constexpr int maxTimeoutSeconds = 3600;

    QString apiBase = ApiEndpoint::defaultBase.toString();
    int timeoutSeconds = defaultTimeoutSeconds;

    // An explicit value (command line, environment) wins, then a saved one, then the default.
    // An explicit value equal to the default still wins over a saved one.
    static ApiAccess resolve(const std::optional<QString> &explicitBase,
                             const std::optional<int> &explicitTimeout,
                             const QString &savedBase = QString(), int savedTimeout = 0)
    {
        ApiAccess access;
        if (explicitBase)
            access.apiBase = *explicitBase;
        else if (!savedBase.isEmpty())
            access.apiBase = savedBase;
        if (explicitTimeout)
            access.timeoutSeconds = *explicitTimeout;
        else if (savedTimeout > 0)
            access.timeoutSeconds = savedTimeout;
        return access;
    }
};
