#include "api/CallLoader.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"

CallLoader::CallLoader(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_network(manager)
    , m_service(new CallService(manager, this))
    , m_store(new ApiKeyStore(this))
    , m_apiBase(ApiEndpoint::defaultBase.toString())
{
    connect(m_service, &CallService::progress, this, &CallLoader::progress);
    connect(m_service, &CallService::retryScheduled, this, &CallLoader::retryScheduled);
    connect(m_service, &CallService::callFetched, this, [this](const CallRecord &call) {
        emit busyChanged(false);
        emit loaded(call);
    });
    connect(m_service, &CallService::fetchFailed, this, [this](const FetchError &error) {
        if (error.kind == FetchError::Kind::Canceled && m_restarting)
            return; // replaced by a new fetch: still busy
        emit busyChanged(false);
        if (error.kind != FetchError::Kind::Canceled)
            emit failed(error.message, error.kind != FetchError::Kind::InvalidInput);
    });
    connect(m_store, &ApiKeyStore::keyRead, this, [this](const QString &key) {
        m_keyLoading = false;
        if (!key.isEmpty() && m_key.isEmpty())
            setKey(key, KeySource::Keychain);
        else
            emit keyStateChanged();
        if (!m_pendingCallId.isEmpty())
            start(std::exchange(m_pendingCallId, QString()));
    });
    connect(m_store, &ApiKeyStore::keyWritten, this, [this] {
        setKey(std::exchange(m_pendingKey, QString()), KeySource::Keychain);
        emit keyNotice(tr("The API key was saved in the system keychain."));
    });
    connect(m_store, &ApiKeyStore::keyRemoved, this,
            [this] { setKey(QString(), KeySource::None); });
    connect(m_store, &ApiKeyStore::keychainFailed, this, [this](const QString &error) {
        m_keychainError = error;
        if (m_keyLoading) {
            m_keyLoading = false;
            emit keyStateChanged();
            if (!m_pendingCallId.isEmpty())
                start(std::exchange(m_pendingCallId, QString()));
        } else if (!m_pendingKey.isEmpty()) {
            setKey(std::exchange(m_pendingKey, QString()), KeySource::Session);
            emit keyNotice(tr("The system keychain is not available, so the API key was not "
                              "saved: it is kept for this session only, until you quit Call "
                              "Review. (%1)")
                               .arg(error));
        } else {
            emit keyNotice(error);
        }
    });
}

void CallLoader::setConnection(const QString &apiBase, int timeoutSeconds)
{
    const bool changed = apiBase != m_apiBase || timeoutSeconds != m_timeoutSeconds;
    m_apiBase = apiBase;
    m_timeoutSeconds = timeoutSeconds;
    if (changed)
        emit connectionChanged();
}

CallService::Settings CallLoader::serviceSettings() const
{
    CallService::Settings settings;
    settings.apiBase = m_apiBase;
    settings.apiKey = m_key;
    settings.timeoutSeconds = m_timeoutSeconds;
    return settings;
}

void CallLoader::loadKey()
{
    const QString fromEnvironment = ApiKeyStore::fromEnvironment();
    if (!fromEnvironment.isEmpty()) {
        setKey(fromEnvironment, KeySource::Environment);
        return;
    }
    m_keyLoading = true;
    m_store->readFromKeychain();
}

void CallLoader::storeKey(const QString &key)
{
    m_pendingKey = key.trimmed();
    m_store->writeToKeychain(m_pendingKey);
}

void CallLoader::removeKey()
{
    if (m_keySource == KeySource::Session || m_keySource == KeySource::Environment)
        setKey(QString(), KeySource::None);
    else
        m_store->removeFromKeychain();
}

void CallLoader::setKey(const QString &key, KeySource source)
{
    m_key = key;
    m_keySource = key.isEmpty() ? KeySource::None : source;
    emit keyStateChanged();
}

QString CallLoader::maskedKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    // Short keys show nothing at all: four characters of an eight-character key is half of it.
    return key.size() < 16 ? QStringLiteral("••••") : QStringLiteral("••••") + key.right(4);
}

bool CallLoader::fetch(const QString &text)
{
    const QString callId = ApiEndpoint::extractCallId(text);
    if (callId.isEmpty()) {
        emit failed(tr("\"%1\" is not a call ID. %2")
                        .arg(text.simplified().left(80), ApiEndpoint::callIdRules()),
                    false);
        return false;
    }
    m_lastCallId = callId;
    emit busyChanged(true);
    if (m_keyLoading) {
        m_pendingCallId = callId; // fetch once the keychain has answered
        return true;
    }
    start(callId);
    return true;
}

void CallLoader::retry()
{
    if (canRetry())
        fetch(m_lastCallId);
}

void CallLoader::start(const QString &callId)
{
    m_service->setSettings(serviceSettings());
    m_restarting = true;
    m_service->fetchCall(callId); // cancels a fetch in flight first
    m_restarting = false;
}

void CallLoader::cancel()
{
    if (!m_pendingCallId.isEmpty()) {
        m_pendingCallId.clear();
        emit busyChanged(false);
    }
    m_service->cancel();
}
