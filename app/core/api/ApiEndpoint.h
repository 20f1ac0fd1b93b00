#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Builds and checks the URLs the app sends its key to.
//
// The base must be https, or http on a loopback address (tests, local tools): anywhere else
// the key would travel in clear text. A call ID is checked against an allow-list and becomes
// exactly one percent-encoded path segment, so it can never reach another endpoint.
class ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)

public:
    static constexpr QStringView defaultBase = u"https://api.anunzi.net/v2";
    static constexpr qsizetype maxCallIdLength = 128;

    // Parses a base URL; on failure returns an invalid QUrl and sets *error.
    static QUrl parseBase(const QString &text, QString *error);

    // Pulls a call ID out of what a user typed or pasted: surrounding spaces, quotes or a
    // whole line ("Call ID: 1725...x3278") are fine. Returns an empty string when none is found.
    static QString extractCallId(const QString &input);
    static bool isValidCallId(const QString &callId);
    static QString callIdRules(); // for error messages

    // {base}/calls/{id}; the id must be valid.
    static QUrl callUrl(const QUrl &base, const QString &callId);

    // An assistant's model_id follows the same rules as a call ID.
    static bool isValidModelId(const QString &modelId);
    static QString modelIdRules(); // for error messages
    // {base}/calls?model_id=M&limit=L&offset=O (List Calls); validate the model ID first.
    // Every query value is fully percent-encoded, so no value can add a parameter.
    static QUrl listCallsUrl(const QUrl &base, const QString &modelId, int limit, int offset);
    // {base}/assistants/?limit=L&offset=O (List Assistants).
    static QUrl listAssistantsUrl(const QUrl &base, int limit, int offset);
};
