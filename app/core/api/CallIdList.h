#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The one reader of call-ID lists, for every place that takes many IDs at once: the batch
// export (dialog and --ids FILE) and the review queue (paste, file).
//
// Text is split into lines; '#' at the start of a line or after a space starts a comment;
// IDs are separated by spaces, commas, semicolons, quotes or brackets. A pasted line such as
// "Call ID: 1725527007259x327898249603432960" gives its ID (the words around it are labels),
// and an http(s) call URL gives its last path segment. An ID holds a digit and passes
// ApiEndpoint::isValidCallId. Duplicates are dropped keeping the first; what is not an ID is
// reported: a token holding a digit always (a mistyped ID, "../1234"), a word only when its
// line gave no ID at all (a CSV header, "hello").
class CallIdList
{
    Q_DECLARE_TR_FUNCTIONS(CallIdList)

public:
    struct Parsed
    {
        QStringList ids; // in the order given, each once
        QStringList rejected; // as written, each cut to maxRejectedChars
    };

    static Parsed parse(const QString &text);

    // Reads FILE, or standard input for "-". Empty list + *error when it cannot be read or an
    // entry is not a call ID (a batch must not drop a call without saying so).
    static QStringList read(const QString &path, QString *error);

    static QStringList withoutDuplicates(const QStringList &ids);

    static constexpr qint64 maxBytes = 64 * 1024 * 1024;
    static constexpr int maxRejectedChars = 160;
};
