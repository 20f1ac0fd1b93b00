#pragma once

#include "api/ApiAccess.h"
#include "net/HttpGet.h"

#include <QCoreApplication>
#include <QObject>

class QNetworkAccessManager;

// "Test connection" in the settings: one cheap authenticated GET ({base}/assistants/?limit=1)
// that tells a wrong base URL, a rejected key and a network problem apart, in words.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void test(const QString &apiBase, const QString &apiKey, int timeoutSeconds);
    void cancel() { m_get.cancel(); }
    bool isRunning() const { return m_get.isRunning(); }

    static QUrl testUrl(const QUrl &base);

signals:
    void finished(bool ok, const QString &message);

private:
    void onFinished(const HttpGet::Result &result);

    HttpGet m_get;
    int m_timeoutSeconds = ApiAccess::defaultTimeoutSeconds;
};
