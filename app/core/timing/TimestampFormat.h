#pragma once

#include <QCoreApplication>
#include <QString>

// Times of an aligned call as people and subtitle formats write them. Milliseconds from the
// start of the recording; negative times are shown as 0 where a format has no sign.
class TimestampFormat
{
    Q_DECLARE_TR_FUNCTIONS(TimestampFormat)

public:
    // "0:05", "1:23", "59:59", past an hour "1:02:03" (whole seconds, truncated like a player's
    // position display).
    static QString clock(qint64 ms);
    // A turn's time for md/html/pdf exports: "[1:23]", "[1:02:03]".
    static QString turnLabel(qint64 ms);
    // SubRip: "00:01:02,345" (hours grow past 99).
    static QString srt(qint64 ms);
    // WebVTT: "00:01:02.345" (hours always written, so every cue has the same form).
    static QString webVtt(qint64 ms);
    // A duration in seconds with one decimal in the current locale: "2.4 s", "2,4 s" (Spanish).
    static QString seconds(qint64 ms);
};
