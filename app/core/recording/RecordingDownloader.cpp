#include "recording/RecordingDownloader.h"

#include "base/AtomicFileWriter.h"
#include "base/Logging.h"
#include "net/Origin.h"
#include "recording/RecordingUrlPolicy.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

RecordingDownloader::RecordingDownloader(QNetworkAccessManager *manager,
                                         const RecordingCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_get(manager)
{
    qRegisterMetaType<RecordingDownloader::Failure>();
    connect(&m_get, &HttpGet::progress, this, &RecordingDownloader::progress);
    connect(&m_get, &HttpGet::finished, this, &RecordingDownloader::onFinished);
}

RecordingDownloader::~RecordingDownloader()
{
    m_active = false;
    m_get.cancel();
}

void RecordingDownloader::setCredentials(const TwilioCredentials &credentials)
{
    m_settings.credentials = credentials;
}

void RecordingDownloader::fetch(const CallRecord &call)
{
    abandon();
    m_call = call;
    m_sentCredentials = false;
    m_active = true;

    if (!call.bundledRecording.isEmpty())
        return fetchBundled(call.bundledRecording);

    const RecordingUrlPolicy::Check check = RecordingUrlPolicy::check(call.recordingUrl);
    if (check.verdict == RecordingUrlPolicy::Verdict::Missing)
        return fail(Failure::Kind::NoRecording, check.message);
    if (check.verdict == RecordingUrlPolicy::Verdict::Refused)
        return fail(Failure::Kind::UnsafeUrl, check.message);
    m_url = check.url;

    const QString cached = m_cache.lookup(RecordingCache::keyFor(m_url));
    if (!cached.isEmpty()) {
        m_active = false;
        emit ready(cached, true);
        return;
    }
    startDownload(false);
}

void RecordingDownloader::retry()
{
    fetch(m_call);
}

void RecordingDownloader::cancel()
{
    if (m_get.isRunning())
        m_get.cancel(); // finishes as Canceled
}

void RecordingDownloader::abandon()
{
    m_active = false;
    m_get.cancel();
    m_entry.reset(); // an uncommitted QSaveFile leaves nothing behind
}

void RecordingDownloader::fetchBundled(const QString &resourcePath)
{
    // Only CallFileReader::demoCall() sets bundledRecording; API data never can.
    const QString key = QStringLiteral("bundled:") + resourcePath;
    QString path = m_cache.lookup(key);
    if (path.isEmpty()) {
        QFile resource(resourcePath);
        QString error;
        std::unique_ptr<QSaveFile> entry = m_cache.begin(key, &error);
        if (!resource.open(QIODevice::ReadOnly))
            return fail(Failure::Kind::NoRecording, RecordingUrlPolicy::noRecordingMessage());
        if (!entry || !AtomicFileWriter::writeAll(*entry, resource.readAll())
            || (path = m_cache.commit(*entry, &error)).isEmpty()) {
            return fail(Failure::Kind::Storage,
                        tr("The recording could not be stored in %1: %2. Free some disk space "
                           "and try again.")
                            .arg(QDir::toNativeSeparators(m_cache.directory()), error));
        }
    }
    m_active = false;
    emit ready(path, false);
}

void RecordingDownloader::startDownload(bool withCredentials)
{
    QString error;
    m_entry = m_cache.begin(RecordingCache::keyFor(m_url), &error);
    if (!m_entry) {
        return fail(Failure::Kind::Storage,
                    tr("The recording cannot be downloaded because the cache folder %1 is not "
                       "writable (%2).")
                        .arg(QDir::toNativeSeparators(m_cache.directory()), error));
    }
    HttpGet::Request request;
    request.url = m_url;
    request.accept = QByteArrayLiteral("audio/*, */*;q=0.5");
    request.credentialOrigin = m_settings.credentialOrigin;
    if (withCredentials)
        request.authorization = m_settings.credentials.basicAuthorization();
    request.crossOrigin = HttpGet::CrossOriginRedirect::FollowWithoutCredentials;
    request.inactivityTimeoutMs = m_settings.inactivityTimeoutSeconds * 1000;
    request.deadlineMs = m_settings.deadlineSeconds * 1000;
    request.maxBytes = m_cache.limits().maxEntryBytes;
    request.sink = m_entry.get();
    m_sentCredentials = withCredentials;
    m_get.start(request);
}

void RecordingDownloader::onFinished(const HttpGet::Result &result)
{
    if (!m_active)
        return;
    const FetchError &error = result.error;
    if (error.kind == FetchError::Kind::Unauthorized) {
        m_entry->cancelWriting();
        m_entry.reset();
        const bool askedByCredentialOrigin =
            Origin::same(result.finalUrl, m_settings.credentialOrigin);
        if (askedByCredentialOrigin && !m_sentCredentials && m_settings.credentials.isComplete()) {
            qCInfo(lcNetwork) << "recording host asked for credentials; retrying with them";
            return startDownload(true);
        }
        return fail(Failure::Kind::NeedsCredentials,
                    credentialsMessage(result.finalUrl, m_sentCredentials),
                    FetchError::Kind::Unauthorized);
    }
    if (error.isError()) {
        m_entry->cancelWriting();
        m_entry.reset();
        const Failure::Kind kind = error.kind == FetchError::Kind::Canceled
            ? Failure::Kind::Canceled
            : error.kind == FetchError::Kind::WriteFailed ? Failure::Kind::Storage
                                                          : Failure::Kind::Download;
        return fail(kind, describe(error), error.kind);
    }
    if (m_entry->size() == 0) {
        m_entry->cancelWriting();
        m_entry.reset();
        return fail(Failure::Kind::Download,
                    tr("The recording host sent an empty file. Try again later."),
                    FetchError::Kind::InvalidResponse);
    }
    QString commitError;
    const QString path = m_cache.commit(*m_entry, &commitError);
    m_entry.reset();
    if (path.isEmpty()) {
        return fail(Failure::Kind::Storage,
                    tr("The recording could not be stored in %1: %2. Free some disk space and "
                       "try again.")
                        .arg(QDir::toNativeSeparators(m_cache.directory()), commitError));
    }
    m_active = false;
    emit ready(path, false);
}

void RecordingDownloader::fail(Failure::Kind kind, const QString &message,
                               FetchError::Kind fetchKind)
{
    m_active = false;
    qCInfo(lcNetwork) << "recording unavailable:" << int(kind) << FetchError::kindName(fetchKind);
    emit failed({kind, message, fetchKind});
}

QString RecordingDownloader::credentialsMessage(const QUrl &host, bool rejected) const
{
    if (!Origin::same(host, m_settings.credentialOrigin)) {
        return tr("The recording host %1 asks for credentials (HTTP 401). Call Review sends "
                  "credentials only to %2, so this recording cannot be downloaded here; open it "
                  "in a browser where you are signed in.")
            .arg(host.host(), m_settings.credentialOrigin.host());
    }
    if (rejected) {
        return tr("Twilio rejected the Account SID and Auth Token (HTTP 401). Check them "
                  "(Recording Credentials… in the player) and try again.");
    }
    return tr("This recording needs credentials (HTTP 401 from %1). Enter your Twilio Account "
              "SID and Auth Token (Recording Credentials… in the player, or the "
              "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN environment variables) and try again.")
        .arg(host.host());
}

QString RecordingDownloader::describe(const FetchError &error) const
{
    using Kind = FetchError::Kind;
    switch (error.kind) {
    case Kind::Canceled:
        return tr("The download was canceled.");
    case Kind::Forbidden:
        return tr("The recording host refused access to the recording (HTTP 403). Check that "
                  "the account may read it.");
    case Kind::NotFound:
        return tr("The recording is no longer on the host (HTTP 404); it may have been "
                  "deleted.");
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::HttpError:
        return tr("The recording host answered with an error (%1). Try again later.")
            .arg(error.message);
    case Kind::Timeout:
        return tr("The recording host stopped answering. Check the connection and try again.");
    case Kind::Tls:
        return tr("The secure connection to the recording host failed (%1); nothing was "
                  "downloaded.")
            .arg(error.message);
    case Kind::Redirect:
        return tr("The recording download was stopped: %1.").arg(error.message);
    case Kind::TooLarge:
        return tr("The recording is larger than %1 MB and was not downloaded.")
            .arg(m_cache.limits().maxEntryBytes / (1024 * 1024));
    case Kind::WriteFailed:
        return tr("The recording could not be stored in %1 (%2). Free some disk space and try "
                  "again.")
            .arg(QDir::toNativeSeparators(m_cache.directory()), error.message);
    case Kind::Network:
        return tr("Could not download the recording: %1. Check the network connection.")
            .arg(error.message);
    default:
        return tr("Could not download the recording: %1.").arg(error.message);
    }
}
