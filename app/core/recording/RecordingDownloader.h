#pragma once

#include "api/ApiAccess.h"
#include "model/CallRecord.h"
#include "net/FetchError.h"
#include "net/HttpGet.h"
#include "recording/RecordingCache.h"
#include "recording/TwilioCredentials.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSaveFile;

// Gets a call's recording into a local file (the RecordingCache) so it can be played, seeked,
// analysed and saved. The rules:
// - only http/https addresses (RecordingUrlPolicy); nothing is requested for any other;
// - a cached copy is used without any request;
// - the Anunzi API key is never involved: this class never holds it;
// - Twilio credentials go only to credentialOrigin (https://api.twilio.com), and only after
//   that origin answered 401; redirects to other hosts are followed without them;
// - a recording bundled with the app (the demo call) is copied from the resources.
// One fetch at a time: fetch() abandons the one in flight silently.
class RecordingDownloader : public QObject
{
    Q_OBJECT

public:
    struct Failure
    {
        enum class Kind {
            NoRecording, // the call has no recording URL
            UnsafeUrl, // not http/https, or not a web address
            NeedsCredentials, // 401 from the recording host
            Download, // any other network or HTTP failure (see fetchKind)
            Storage, // the cache cannot be written
            Canceled,
        };
        Kind kind = Kind::Download;
        QString message; // for the user: what happened and what to do
        FetchError::Kind fetchKind = FetchError::Kind::None;
    };

    struct Settings
    {
        QUrl credentialOrigin = TwilioCredentials::origin();
        TwilioCredentials credentials;
        int inactivityTimeoutSeconds = ApiAccess::defaultTimeoutSeconds;
        int deadlineSeconds = 15 * 60;
    };

    RecordingDownloader(QNetworkAccessManager *manager, const RecordingCache &cache,
                        QObject *parent = nullptr);
    ~RecordingDownloader() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    void setCredentials(const TwilioCredentials &credentials);
    const RecordingCache &cache() const { return m_cache; }

    // Emits ready or failed exactly once (right away for cached, bundled or refused ones).
    void fetch(const CallRecord &call);
    void retry(); // the last call again (after entering credentials)
    void cancel(); // the fetch in flight fails as Canceled
    void abandon(); // the fetch in flight stops without a signal
    bool isBusy() const { return m_get.isRunning(); }

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void ready(const QString &localFile, bool fromCache);
    void failed(const RecordingDownloader::Failure &failure);

private:
    void fetchBundled(const QString &resourcePath);
    void startDownload(bool withCredentials);
    void onFinished(const HttpGet::Result &result);
    void fail(Failure::Kind kind, const QString &message,
              FetchError::Kind fetchKind = FetchError::Kind::None);
    QString describe(const FetchError &error) const;
    QString credentialsMessage(const QUrl &host, bool rejected) const;

    RecordingCache m_cache;
    Settings m_settings;
    HttpGet m_get;
    CallRecord m_call;
    QUrl m_url;
    std::unique_ptr<QSaveFile> m_entry;
    bool m_active = false;
    bool m_sentCredentials = false;
};

Q_DECLARE_METATYPE(RecordingDownloader::Failure)
