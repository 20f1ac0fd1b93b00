#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Which recording addresses the app opens: only http and https. A recording_url comes from API
// data, so a file:, data:, javascript: (or any other) address is refused before anything is
// requested, played or written.
class RecordingUrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RecordingUrlPolicy)

public:
    enum class Verdict { Allowed, Missing, Refused };

    struct Check
    {
        Verdict verdict = Verdict::Missing;
        QUrl url; // when Allowed: the address to download (user info removed)
        QString message; // when not Allowed: what the user reads
    };

    static Check check(const QString &recordingUrl);
    static QString noRecordingMessage();
};
