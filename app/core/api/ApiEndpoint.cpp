#include "api/ApiEndpoint.h"

#include "net/Origin.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

// Anunzi IDs look like "1725527007259x327898249603432960". Allow a little more (letters, digits,
// '_' and '-' anywhere, '.' inside) but never a bare "." or "..", '/', '?', '#' or '%'.
const QRegularExpression &callIdPattern()
{
    // anchoredPattern (\A...\z), not ^...$: '$' also matches before a final "\n" (found by
    // fuzz_apiendpoint: "d\n" was accepted and requested /calls/d%0A).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")));
    return pattern;
}

const QRegularExpression &callIdInText()
{
    // The longest run that looks like an ID and holds a digit; avoids picking up words.
    static const QRegularExpression pattern(QStringLiteral("[A-Za-z0-9_.-]*[0-9][A-Za-z0-9_.-]*"));
    return pattern;
}

} // namespace

QUrl ApiEndpoint::parseBase(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    if (trimmed.isEmpty())
        return fail(tr("The API base URL is empty."));
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The API base URL \"%1\" is not a valid URL.").arg(trimmed.left(200)));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return fail(tr("The API base URL must start with https:// (got \"%1\").").arg(scheme));
    if (scheme == u"http" && !Origin::isLoopbackHost(url.host()))
        return fail(
            tr("The API base URL must use https://: over http:// the API key would travel "
               "in clear text. (http:// is accepted only for 127.0.0.1, ::1 and localhost.)"));
    if (!url.userInfo().isEmpty())
        return fail(tr("The API base URL must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The API base URL must not contain '?' or '#'."));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString ApiEndpoint::extractCallId(const QString &input)
{
    QString trimmed = input.trimmed(); // not const: returned below, so it can be moved
    if (isValidCallId(trimmed))
        return trimmed;
    // A run touching a path or URL-encoding character ("../1234", "%2e%2e", "a/1234?x") is a
    // path or a URL fragment, not a pasted ID: taking part of it would fetch something else.
    const auto touchesPathSyntax = [&trimmed](qsizetype at) {
        return at >= 0 && at < trimmed.size() && QStringView(u"/\\%?#&=").contains(trimmed.at(at));
    };
    QString best;
    auto matches = callIdInText().globalMatch(trimmed);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (touchesPathSyntax(match.capturedStart() - 1) || touchesPathSyntax(match.capturedEnd()))
            continue;
        QString candidate = match.captured();
        while (candidate.endsWith(u'.'))
            candidate.chop(1); // end of a sentence
        if (candidate.size() > best.size() && isValidCallId(candidate))
            best = candidate;
    }
    return best;
}

bool ApiEndpoint::isValidCallId(const QString &callId)
{
    return !callId.isEmpty() && callId.size() <= maxCallIdLength
        && !callId.contains(QStringLiteral("..")) && callIdPattern().match(callId).hasMatch();
}

QString ApiEndpoint::callIdRules()
{
    return tr("A call ID is up to %1 letters, digits, '_', '-' or '.', such as "
              "1725527007259x327898249603432960.")
        .arg(maxCallIdLength);
}

QUrl ApiEndpoint::callUrl(const QUrl &base, const QString &callId)
{
    Q_ASSERT(isValidCallId(callId));
    QUrl url = base;
    // Encode every byte outside the unreserved set, then hand the path over already encoded
    // so Qt cannot reinterpret it.
    const QByteArray segment = QUrl::toPercentEncoding(callId);
    url.setPath(base.path(QUrl::FullyEncoded) + QStringLiteral("/calls/")
                    + QString::fromLatin1(segment),
                QUrl::StrictMode);
    return url;
}

bool ApiEndpoint::isValidModelId(const QString &modelId)
{
    return isValidCallId(modelId);
}

QString ApiEndpoint::modelIdRules()
{
    return tr("An assistant ID (model_id) is up to %1 letters, digits, '_', '-' or '.', such as "
              "1725526325346x892123579587048600.")
        .arg(maxCallIdLength);
}

namespace {

// Path under the base, already encoded; query items fully encoded ('&', '#', '=', '+', '%' too).
QUrl listUrl(const QUrl &base, QStringView path, const QList<std::pair<QString, QString>> &items)
{
    QUrl url = base;
    url.setPath(base.path(QUrl::FullyEncoded) + path, QUrl::StrictMode);
    QUrlQuery query;
    for (const auto &[key, value] : items) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace

QUrl ApiEndpoint::listCallsUrl(const QUrl &base, const QString &modelId, int limit, int offset)
{
    // Callers validate the ID first; the encoding still keeps any value inside its parameter.
    return listUrl(base, u"/calls",
                   {{QStringLiteral("model_id"), modelId},
                    {QStringLiteral("limit"), QString::number(limit)},
                    {QStringLiteral("offset"), QString::number(offset)}});
}

QUrl ApiEndpoint::listAssistantsUrl(const QUrl &base, int limit, int offset)
{
    return listUrl(base, u"/assistants/",
                   {{QStringLiteral("limit"), QString::number(limit)},
                    {QStringLiteral("offset"), QString::number(offset)}});
}
