#include "timing/TimestampFormat.h"

#include <QLocale>

#include <algorithm>

namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString subtitleTime(qint64 ms, QChar separator)
{
    ms = std::max<qint64>(0, ms);
    const qint64 seconds = ms / 1000;
    return twoDigits(seconds / 3600) + u':' + twoDigits(seconds / 60 % 60) + u':'
        + twoDigits(seconds % 60) + separator
        + QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString TimestampFormat::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 hours = seconds / 3600;
    if (hours > 0) {
        return QString::number(hours) + u':' + twoDigits(seconds / 60 % 60) + u':'
            + twoDigits(seconds % 60);
    }
    return QString::number(seconds / 60) + u':' + twoDigits(seconds % 60);
}

QString TimestampFormat::turnLabel(qint64 ms)
{
    return u'[' + clock(ms) + u']';
}

QString TimestampFormat::srt(qint64 ms)
{
    return subtitleTime(ms, u',');
}

QString TimestampFormat::webVtt(qint64 ms)
{
    return subtitleTime(ms, u'.');
}

QString TimestampFormat::seconds(qint64 ms)
{
    //: A duration in seconds, e.g. "2.4 s"; %1 is already formatted for the locale.
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}
