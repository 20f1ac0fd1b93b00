#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Which recording URLs from the API the app may open. The URL comes from the server, so it is
// untrusted: only http and https with a host are played or downloaded; file:, data:,
// javascript: and everything else are refused (a file: URL would read local files, the others
// have no business being a recording).
class RecordingUrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RecordingUrlPolicy)

public:
    static bool isSafe(const QUrl &url);
    // Why url is refused, for the user; empty when it is safe.
    static QString unsafeReason(const QUrl &url);
};
