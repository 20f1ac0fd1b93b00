#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

// Where the Anunzi API key lives: the ANUNZI_API_KEY environment variable first, then the
// system keychain (QtKeychain). Never a plain-text file or QSettings.
class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *environmentVariable = "ANUNZI_API_KEY";

    explicit ApiKeyStore(QObject *parent = nullptr);
    // Another secret in the same keychain service, under its own entry name (e.g. a review
    // database's password, ReviewDatabase::keychainEntry()).
    explicit ApiKeyStore(const QString &entry, QObject *parent = nullptr);

    static QString fromEnvironment();

    // Asynchronous keychain access; each emits exactly one of the signals below.
    void readFromKeychain();
    void writeToKeychain(const QString &key);
    void removeFromKeychain();

    // Blocking versions for the command line (run a local event loop).
    struct Outcome
    {
        bool ok = false;
        QString key; // for reads
        QString error; // when !ok; empty when the keychain simply holds no key
    };
    static Outcome readBlocking(const QString &entry = {}); // empty: the API key's entry
    static Outcome writeBlocking(const QString &key, const QString &entry = {});

    // The key for a command-line run: the environment, then the keychain (blocking). !ok with
    // an error in words (what to do next) when there is none or the keychain failed.
    static Outcome lookup();

    // Trims a key and rejects one that could not be a bearer token.
    static bool isPlausibleKey(const QString &key, QString *error);

    // One sentence each, with the two ways to give a key (the environment, --set-api-key).
    static QString missingKeyMessage(); // the keychain answered: it holds no key
    static QString unreadableKeychainMessage(); // no key in the environment, keychain failed
    static QString setKeyHint(); // after "the API rejected the key"

signals:
    void keyRead(const QString &key); // empty when the keychain holds none
    void keyWritten();
    void keyRemoved();
    void keychainFailed(const QString &error); // keychain unavailable or refused

private:
    static QString serviceName();
    static QString entryName();

    QString m_entry;
};
