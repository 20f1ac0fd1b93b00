#pragma once

#include "api/ApiAccess.h"
#include "api/CallService.h"
#include "model/CallRecord.h"

#include <QObject>
#include <QString>

class ApiKeyStore;
class QNetworkAccessManager;

// What the window needs to load calls: the connection settings, the API key (environment,
// else keychain, else a key kept for this session only) and one fetch at a time with cancel
// and retry. No widgets: the window shows its signals.
class CallLoader : public QObject
{
    Q_OBJECT

public:
    enum class KeySource { None, Environment, Keychain, Session };

    explicit CallLoader(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setConnection(const QString &apiBase, int timeoutSeconds);
    QString apiBase() const { return m_apiBase; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    QNetworkAccessManager *network() const { return m_network; }

    // Reads the key: ANUNZI_API_KEY, else the keychain (asynchronous; keyStateChanged follows).
    void loadKey();
    // Saves a key in the keychain. It is used at once; if the keychain fails it is kept for
    // this session only and keyNotice says so.
    void storeKey(const QString &key);
    void removeKey();
    bool hasKey() const { return !m_key.isEmpty(); }
    bool isKeyLoading() const { return m_keyLoading; }
    KeySource keySource() const { return m_keySource; }
    QString apiKey() const { return m_key; }
    QString keychainError() const { return m_keychainError; } // last keychain failure, if any
    // The key as the UI may show it: never more than its last four characters.
    static QString maskedKey(const QString &key);

    // Pulls the call ID out of text (ApiEndpoint::extractCallId) and fetches it. Returns false,
    // and emits failed, when the text holds no valid ID.
    bool fetch(const QString &text);
    void retry();
    bool canRetry() const { return !m_lastCallId.isEmpty(); }
    void cancel();
    bool isBusy() const { return m_service->isBusy() || !m_pendingCallId.isEmpty(); }
    QString lastCallId() const { return m_lastCallId; }
    // What a batch export or a list request needs to reach the API as this loader does.
    CallService::Settings serviceSettings() const;

signals:
    void keyStateChanged();
    void keyNotice(const QString &message);
    void busyChanged(bool busy);
    void progress(qint64 received, qint64 total);
    void loaded(const CallRecord &call);
    void failed(const QString &message, bool canRetry);
    // A transient failure: attempt `attempt` starts in delaySeconds (cancel() stops the wait).
    void retryScheduled(int attempt, int delaySeconds, const FetchError &reason);
    void connectionChanged(); // setConnection() changed the base or the timeout

private:
    void start(const QString &callId);
    void setKey(const QString &key, KeySource source);

    QNetworkAccessManager *m_network;
    CallService *m_service;
    ApiKeyStore *m_store;
    QString m_apiBase;
    int m_timeoutSeconds = ApiAccess::defaultTimeoutSeconds;
    QString m_key;
    KeySource m_keySource = KeySource::None;
    bool m_keyLoading = false;
    QString m_keychainError;
    QString m_pendingKey; // being written to the keychain
    QString m_pendingCallId; // waiting for the keychain to answer
    QString m_lastCallId;
    bool m_restarting = false; // a new fetch is cancelling the previous one
};
