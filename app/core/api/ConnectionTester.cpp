#include "api/ConnectionTester.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"

#include <QUrlQuery>

ConnectionTester::ConnectionTester(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_get(manager)
{
    connect(&m_get, &HttpGet::finished, this, &ConnectionTester::onFinished);
}

QUrl ConnectionTester::testUrl(const QUrl &base)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/assistants/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    url.setQuery(query);
    return url;
}

void ConnectionTester::test(const QString &apiBase, const QString &apiKey, int timeoutSeconds)
{
    m_get.cancel();
    m_timeoutSeconds = timeoutSeconds;
    QString error;
    const QUrl base = ApiEndpoint::parseBase(apiBase, &error);
    if (!base.isValid()) {
        emit finished(false, error);
        return;
    }
    if (apiKey.isEmpty()) {
        emit finished(false, ApiKeyStore::missingKeyMessage());
        return;
    }
    HttpGet::Request request;
    request.url = testUrl(base);
    request.authorization = "Bearer " + apiKey.toUtf8();
    request.credentialOrigin = base;
    request.inactivityTimeoutMs = timeoutSeconds * 1000;
    request.deadlineMs = timeoutSeconds * 1000;
    request.maxBytes = 4 * 1024 * 1024;
    m_get.start(request);
}

void ConnectionTester::onFinished(const HttpGet::Result &result)
{
    using Kind = FetchError::Kind;
    switch (result.error.kind) {
    case Kind::None:
        emit finished(true, tr("Connected: the API accepted the key."));
        return;
    case Kind::Canceled:
        return;
    case Kind::Unauthorized:
        emit finished(false,
                      tr("The API rejected the key (HTTP 401). Check that you pasted the "
                         "whole key, or create a new one in the Anunzi dashboard."));
        return;
    case Kind::Forbidden:
        emit finished(false,
                      tr("The key is valid but has no permission to list assistants "
                         "(HTTP 403). It may still read calls; ask Anunzi support for "
                         "access."));
        return;
    case Kind::NotFound:
        emit finished(false,
                      tr("The server answered, but not as the Anunzi API (HTTP 404). "
                         "Check the API base URL; it usually ends in /v2."));
        return;
    case Kind::Timeout:
        emit finished(false,
                      tr("The server did not answer within %n s. Check the network "
                         "connection and the API base URL.",
                         nullptr, m_timeoutSeconds));
        return;
    case Kind::Network:
        emit finished(false,
                      tr("Could not reach the API (%1). Check the network connection "
                         "and the API base URL.")
                          .arg(result.error.message));
        return;
    default:
        emit finished(false, tr("The connection test failed: %1.").arg(result.error.message));
        return;
    }
}
