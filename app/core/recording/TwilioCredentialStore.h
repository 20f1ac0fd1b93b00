#pragma once

#include "recording/TwilioCredentials.h"

#include <QObject>
#include <QString>

// Keeps the optional Twilio credentials in the system keychain (QtKeychain), one entry holding
// the SID and the token. The environment (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN) comes first;
// never QSettings or a plain-text file.
class TwilioCredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit TwilioCredentialStore(QObject *parent = nullptr);

    // Asynchronous; each emits exactly one of the signals below.
    void read();
    void write(const TwilioCredentials &credentials);

    // For the command line: environment first, then the keychain (runs a local event loop).
    // Incomplete credentials when none are stored or the keychain is unavailable.
    static TwilioCredentials readBlocking();

signals:
    void credentialsRead(const TwilioCredentials &credentials); // incomplete when none stored
    void credentialsWritten();
    void keychainFailed(const QString &error);
};
