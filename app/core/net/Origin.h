#pragma once

#include <QString>
#include <QUrl>

// Where a credential may travel: the checks shared by the API client, the recording download
// and the URL rules.
namespace Origin {
// Same scheme, host and port (default ports filled in): the only place a credential may go.
bool same(const QUrl &a, const QUrl &b);
// localhost, 127.0.0.0/8 or ::1: the only hosts plain http is accepted for.
bool isLoopbackHost(const QString &host);
} // namespace Origin
