#include "recording/TwilioCredentials.h"

namespace {

bool isPrintableToken(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QByteArray TwilioCredentials::basicAuthorization() const
{
    const QByteArray pair = accountSid.toUtf8() + ':' + authToken.toUtf8();
    return QByteArrayLiteral("Basic ") + pair.toBase64();
}

TwilioCredentials TwilioCredentials::fromEnvironment()
{
    return {qEnvironmentVariable("TWILIO_ACCOUNT_SID").trimmed(),
            qEnvironmentVariable("TWILIO_AUTH_TOKEN").trimmed()};
}

bool TwilioCredentials::isPlausible(const TwilioCredentials &credentials, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!credentials.isComplete())
        return fail(tr("Enter both the Account SID and the Auth Token."));
    if (credentials.accountSid.size() > 256 || credentials.authToken.size() > 1024)
        return fail(tr("The Account SID or the Auth Token is too long."));
    if (!isPrintableToken(credentials.accountSid) || !isPrintableToken(credentials.authToken)
        || credentials.accountSid.contains(u':')) {
        return fail(tr("The Account SID and the Auth Token are single words of printable "
                       "characters (the SID starts with AC)."));
    }
    return true;
}
