#pragma once

#include <QString>

// What is wrong with a scorecard file or value, and where: path is the JSON path of the problem
// ("groups[1].questions[0].type", "answers.greeting"); empty for the document as a whole.
struct ScorecardError
{
    QString path;
    QString message;

    bool isError() const { return !message.isEmpty(); }
    // "path: message", or the message alone for the whole document.
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }

    friend bool operator==(const ScorecardError &a, const ScorecardError &b)
    {
        return a.path == b.path && a.message == b.message;
    }
};
