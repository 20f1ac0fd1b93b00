#include "recording/TwilioCredentialStore.h"

#include "base/Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

QString serviceName()
{
    return QStringLiteral("net.anunzi.CallReview");
}

QString entryName()
{
    return QStringLiteral("twilio-recording-credentials");
}

} // namespace

TwilioCredentialStore::TwilioCredentialStore(QObject *parent)
    : QObject(parent)
{ }

void TwilioCredentialStore::read()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryName());
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            const QStringList parts = job->textData().split(u'\n');
            TwilioCredentials credentials;
            if (parts.size() == 2)
                credentials = {parts.at(0).trimmed(), parts.at(1).trimmed()};
            emit credentialsRead(credentials);
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit credentialsRead({});
        } else {
            qCInfo(lcCredentials) << "keychain read (recording credentials) failed, error"
                                  << int(job->error());
            emit keychainFailed(tr("The system keychain is not available (%1); the Twilio "
                                   "credentials are kept for this session only.")
                                    .arg(job->errorString()));
        }
    });
    job->start();
}

void TwilioCredentialStore::write(const TwilioCredentials &credentials)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryName());
    job->setTextData(credentials.accountSid + u'\n' + credentials.authToken);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit credentialsWritten();
        } else {
            qCInfo(lcCredentials) << "keychain write (recording credentials) failed, error"
                                  << int(job->error());
            emit keychainFailed(tr("The system keychain is not available (%1); the Twilio "
                                   "credentials are kept for this session only.")
                                    .arg(job->errorString()));
        }
    });
    job->start();
}

TwilioCredentials TwilioCredentialStore::readBlocking()
{
    const TwilioCredentials fromEnvironment = TwilioCredentials::fromEnvironment();
    if (fromEnvironment.isComplete())
        return fromEnvironment;
    TwilioCredentialStore store;
    QEventLoop loop;
    TwilioCredentials result;
    connect(&store, &TwilioCredentialStore::credentialsRead, &loop,
            [&](const TwilioCredentials &credentials) {
                result = credentials;
                loop.quit();
            });
    connect(&store, &TwilioCredentialStore::keychainFailed, &loop, [&] { loop.quit(); });
    store.read();
    loop.exec();
    return result;
}
