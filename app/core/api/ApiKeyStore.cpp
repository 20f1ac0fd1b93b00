#include "api/ApiKeyStore.h"

#include "base/Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

// What went wrong, in words. QtKeychain's own text ("Unknown error" when there is no session
// bus) helps nobody reading the message: the callers log it.
QString describeKeychainError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return ApiKeyStore::tr("The system keychain is not available.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return ApiKeyStore::tr("Access to the system keychain was denied.");
    default:
        return ApiKeyStore::tr("The system keychain failed.");
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent)
    : ApiKeyStore(entryName(), parent)
{ }

ApiKeyStore::ApiKeyStore(const QString &entry, QObject *parent)
    : QObject(parent)
    , m_entry(entry.isEmpty() ? entryName() : entry)
{ }

QString ApiKeyStore::fromEnvironment()
{
    return qEnvironmentVariable(environmentVariable).trimmed();
}

QString ApiKeyStore::serviceName()
{
    return QStringLiteral("net.anunzi.CallReview");
}

QString ApiKeyStore::entryName()
{
    return QStringLiteral("anunzi-api-key");
}

void ApiKeyStore::readFromKeychain()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(m_entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit keyRead(job->textData().trimmed());
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit keyRead(QString());
        } else {
            qCInfo(lcCredentials) << "keychain read failed, error" << int(job->error())
                                  << job->errorString();
            emit keychainFailed(describeKeychainError(job->error()));
        }
    });
    job->start();
}

void ApiKeyStore::writeToKeychain(const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(m_entry);
    job->setTextData(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit keyWritten();
        } else {
            qCInfo(lcCredentials) << "keychain write failed, error" << int(job->error())
                                  << job->errorString();
            emit keychainFailed(describeKeychainError(job->error()));
        }
    });
    job->start();
}

void ApiKeyStore::removeFromKeychain()
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(m_entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            emit keyRemoved();
        } else {
            qCInfo(lcCredentials) << "keychain delete failed, error" << int(job->error())
                                  << job->errorString();
            emit keychainFailed(describeKeychainError(job->error()));
        }
    });
    job->start();
}

ApiKeyStore::Outcome ApiKeyStore::lookup()
{
    const QString fromEnv = fromEnvironment();
    if (!fromEnv.isEmpty())
        return {true, fromEnv, {}};
    const Outcome stored = readBlocking();
    if (!stored.ok) // one sentence: why there is no key, and the two ways to give one
        return {false, {}, unreadableKeychainMessage()};
    if (stored.key.isEmpty())
        return {false, {}, missingKeyMessage()};
    return {true, stored.key, {}};
}

ApiKeyStore::Outcome ApiKeyStore::readBlocking(const QString &entry)
{
    ApiKeyStore store(entry);
    QEventLoop loop;
    Outcome outcome;
    connect(&store, &ApiKeyStore::keyRead, &loop, [&](const QString &key) {
        outcome = {true, key, QString()};
        loop.quit();
    });
    connect(&store, &ApiKeyStore::keychainFailed, &loop, [&](const QString &error) {
        outcome = {false, QString(), error};
        loop.quit();
    });
    store.readFromKeychain();
    loop.exec();
    return outcome;
}

ApiKeyStore::Outcome ApiKeyStore::writeBlocking(const QString &key, const QString &entry)
{
    ApiKeyStore store(entry);
    QEventLoop loop;
    Outcome outcome;
    connect(&store, &ApiKeyStore::keyWritten, &loop, [&] {
        outcome = {true, QString(), QString()};
        loop.quit();
    });
    connect(&store, &ApiKeyStore::keychainFailed, &loop, [&](const QString &error) {
        outcome = {false, QString(), error};
        loop.quit();
    });
    store.writeToKeychain(key);
    loop.exec();
    return outcome;
}

bool ApiKeyStore::isPlausibleKey(const QString &key, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (key.isEmpty())
        return fail(tr("The API key is empty."));
    if (key.size() > 4096)
        return fail(tr("The API key is too long (over 4096 characters)."));
    for (const QChar c : key) {
        // A bearer token is printable ASCII without spaces; anything else would corrupt the
        // Authorization header.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return fail(tr("The API key contains a space or a character that is not printable "
                           "ASCII."));
    }
    return true;
}

QString ApiKeyStore::setKeyHint()
{
    return tr("Set the ANUNZI_API_KEY environment variable, or store the key in the system "
              "keychain with: callreview --set-api-key < keyfile (in the window: Settings).");
}

QString ApiKeyStore::missingKeyMessage()
{
    return tr("No Anunzi API key is set: set the ANUNZI_API_KEY environment variable, or store "
              "the key in the system keychain with callreview --set-api-key < keyfile (in the "
              "window: Settings).");
}

QString ApiKeyStore::unreadableKeychainMessage()
{
    return tr("No Anunzi API key is set and the system keychain cannot be read: set the "
              "ANUNZI_API_KEY environment variable, or store the key with callreview "
              "--set-api-key < keyfile once the keychain is available.");
}
