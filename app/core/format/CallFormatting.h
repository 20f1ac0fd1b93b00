#pragma once

#include "model/Turn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How call fields read to a person. Shared by the window and every export format.
class CallFormatting
{
    Q_DECLARE_TR_FUNCTIONS(CallFormatting)

public:
    static QString duration(qint64 seconds); // "1:06", "1:02:03"
    // A known code translated ("human_pick_up_cut_off" → "Human pick-up cut off"); any other
    // in words, untranslated ("customer-ended-call" → "Customer ended call"). Where it is shown
    // the raw code goes in the tooltip, and JSON keeps it raw.
    static QString endReason(const QString &code);
    // Separators (_ -) and camelCase to spaces, sentence case: "SIP_timeout" → "Sip timeout".
    static QString codeInWords(const QString &code);
    static QString direction(const QString &campaignType); // "Inbound", "Outbound", as given
    static QString speakerName(Speaker speaker); // "Assistant", "Caller"
    static QString nameOrUnknown(const QString &name); // "unknown" when empty
    // The caller's first turn on one line, at most previewLength characters ("…" when cut).
    static QString callerPreview(const QList<Turn> &turns);
    static constexpr int previewLength = 160;

    // Per the default QLocale (Translations::install sets it from the interface language):
    static QString count(qint64 number); // "1,234,567" (en), "1234" / "1.234.567" (es)
    static QString dateTime(const QDateTime &when); // local time, the locale's short format
    // "1.5 MB" (en), "1,5 MB" (es): at most four digits before the decimal separator, which
    // Qt groups right in every locale ("1023,5 kB" in Spanish, "1,023.5 kB" in English).
    static QString dataSize(qint64 bytes);
};
