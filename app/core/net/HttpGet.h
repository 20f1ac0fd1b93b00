#pragma once

#include "net/FetchError.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

// One bounded HTTP GET, with the rules every request of the app follows:
// - redirects are followed by hand (at most maxRedirects), only to http/https, never from
//   https down to http; the bearer token goes only to credentialOrigin, and a redirect to
//   another origin is either refused or followed without the token;
// - an inactivity timeout and an overall deadline (a server that trickles bytes still ends);
// - a size cap: Content-Length is checked first, received bytes are counted, past the cap the
//   download is aborted, so memory stays bounded whatever the server sends;
// - every HTTP status is mapped to a FetchError kind; TLS errors are never ignored;
// - optionally (Request::retry), transient failures are tried again after a wait
//   (RetryPolicy); retryScheduled() announces each wait so the UI can count down, and
//   cancel() also ends a pending wait.
class HttpGet : public QObject
{
    Q_OBJECT

public:
    enum class CrossOriginRedirect { Refuse, FollowWithoutCredentials };

    struct Request
    {
        QUrl url;
        QByteArray authorization; // full header value ("Bearer ...", "Basic ..."); may be empty
        QUrl credentialOrigin; // the only origin that may receive `authorization`
        QByteArray accept = QByteArrayLiteral("application/json");
        int inactivityTimeoutMs = 30000;
        // The deadline of one attempt. With totalDeadlineMs set, the whole fetch (every attempt
        // and every wait between them) also ends by then: a retry is only scheduled when it
        // still fits, and a late attempt gets only the time that is left.
        int deadlineMs = 30000;
        int totalDeadlineMs = 0; // 0: no overall limit (retries bounded by RetryPolicy alone)
        qint64 maxBytes = 32 * 1024 * 1024;
        int maxRedirects = 5;
        CrossOriginRedirect crossOrigin = CrossOriginRedirect::Refuse;
        // When set, a 2xx body is written here as it arrives (checked, still capped by
        // maxBytes) instead of being kept in memory; Result::body stays empty. A failed write
        // ends the transfer with Kind::WriteFailed. Not owned. Do not combine with retries.
        QIODevice *sink = nullptr;
        RetryPolicy retry = RetryPolicy::none(); // API requests use RetryPolicy{} (see CallService)
    };

    struct Result
    {
        FetchError error; // kind None on success; message is technical, callers rephrase
        int httpStatus = 0;
        QByteArray body; // the body of a 2xx answer (error bodies are not kept)
        QUrl finalUrl;
    };

    explicit HttpGet(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~HttpGet() override;

    void start(const Request &request);
    void cancel(); // finishes with Kind::Canceled, also during a wait before a retry
    bool isRunning() const { return !m_reply.isNull() || m_retryTimer.isActive(); }

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const HttpGet::Result &result);
    // A transient failure (reason) will be retried: attempt number `attempt` starts in
    // delaySeconds (rounded up). finished() follows only after the last attempt.
    void retryScheduled(int attempt, int delaySeconds, const FetchError &reason);

private:
    void send(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abortWith(FetchError::Kind kind, const QString &message);
    void finish(Result result);
    void releaseReply();
    bool scheduleRetry(const FetchError &error);
    void startAttempt();
    int remainingTotalMs() const; // INT_MAX without a total deadline
    bool followRedirect(const QUrl &location, QString *refusal);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    Request m_request;
    QUrl m_currentUrl;
    int m_redirects = 0;
    QByteArray m_body;
    qint64 m_sunkBytes = 0;
    QTimer m_deadline;
    QElapsedTimer m_sinceStart; // for totalDeadlineMs
    QTimer m_retryTimer;
    int m_attempt = 0;
    int m_waitedMs = 0;
    QString m_tlsError;
    FetchError::Kind m_abortKind = FetchError::Kind::None;
    QString m_abortMessage;
};
