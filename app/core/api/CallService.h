#pragma once

#include "api/ApiAccess.h"
#include "api/ApiEndpoint.h"
#include "model/CallRecord.h"
#include "net/FetchError.h"
#include "net/HttpGet.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Fetches calls from the Anunzi Calls API, asynchronously. One fetch at a time: a new
// fetch cancels the one in flight. The key is sent only to the API's own origin.
class CallService : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString apiBase = ApiEndpoint::defaultBase.toString();
        QString apiKey;
        int timeoutSeconds = ApiAccess::defaultTimeoutSeconds;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        // 429 (Retry-After honoured up to 60 s), 5xx, timeouts and dropped connections are
        // tried 3 times in all; timeoutSeconds applies to each attempt.
        RetryPolicy retry;
    };

    explicit CallService(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // Emits callFetched or fetchFailed exactly once per call (unless another fetch replaces it).
    void fetchCall(const QString &callId);
    void cancel();
    bool isBusy() const { return m_get.isRunning(); }

    // A message for the user, with what to do next, for an error while fetching callId.
    static QString describe(const FetchError &error, const QString &callId, int timeoutSeconds);
    // "The API is rate-limiting requests; trying again in 12 s." for a countdown.
    static QString describeRetry(const FetchError &reason, int secondsLeft);

signals:
    void progress(qint64 received, qint64 total);
    void callFetched(const CallRecord &call);
    void fetchFailed(const FetchError &error);
    // The fetch failed for a transient reason and attempt number `attempt` starts in
    // delaySeconds; cancel() stops the wait. reason.message is already phrased for the user.
    void retryScheduled(int attempt, int delaySeconds, const FetchError &reason);

private:
    void onFinished(const HttpGet::Result &result);
    void fail(FetchError error);

    Settings m_settings;
    HttpGet m_get;
    QString m_callId;
};
