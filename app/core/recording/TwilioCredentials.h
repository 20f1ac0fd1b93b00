#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

// An Account SID + Auth Token for Twilio media URLs that require HTTP Basic auth. Sent only to
// origin() and only after that origin answered 401 (see RecordingDownloader). Kept in the
// environment or the system keychain (TwilioCredentialStore), never in QSettings or a log.
struct TwilioCredentials
{
    Q_DECLARE_TR_FUNCTIONS(TwilioCredentials)

public:
    QString accountSid;
    QString authToken;

    bool isComplete() const { return !accountSid.isEmpty() && !authToken.isEmpty(); }
    QByteArray basicAuthorization() const; // "Basic base64(sid:token)"

    static QUrl origin() { return QUrl(QStringLiteral("https://api.twilio.com")); }
    // TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; incomplete when either is unset.
    static TwilioCredentials fromEnvironment();
    // Printable ASCII, no spaces, and no ':' in the SID (it would split the Basic pair).
    static bool isPlausible(const TwilioCredentials &credentials, QString *error);
};
