#include "browse/BrowseSettings.h"

#include "api/ApiEndpoint.h"

#include <QSettings>

namespace BrowseSettings {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

QString lastModelId(const QSettings &settings)
{
    const QString id = settings.value(key(lastModelIdKey)).toString();
    return ApiEndpoint::isValidModelId(id) ? id : QString();
}

void setLastModelId(QSettings &settings, const QString &modelId)
{
    settings.setValue(key(lastModelIdKey), modelId);
}

CallFilter filter(const QSettings &settings)
{
    CallFilter filter;
    filter.text = settings.value(key(filterTextKey)).toString().left(200);
    filter.endReason = settings.value(key(filterEndReasonKey)).toString().left(200);
    filter.minSeconds = qMax(-1, settings.value(key(filterMinSecondsKey), -1).toInt());
    filter.maxSeconds = qMax(-1, settings.value(key(filterMaxSecondsKey), -1).toInt());
    const int recording = settings.value(key(filterRecordingKey), 0).toInt();
    if (recording == int(CallFilter::Recording::With))
        filter.recording = CallFilter::Recording::With;
    else if (recording == int(CallFilter::Recording::Without))
        filter.recording = CallFilter::Recording::Without;
    return filter;
}

void setFilter(QSettings &settings, const CallFilter &filter)
{
    settings.setValue(key(filterTextKey), filter.text);
    settings.setValue(key(filterEndReasonKey), filter.endReason);
    settings.setValue(key(filterMinSecondsKey), filter.minSeconds);
    settings.setValue(key(filterMaxSecondsKey), filter.maxSeconds);
    settings.setValue(key(filterRecordingKey), int(filter.recording));
}

} // namespace BrowseSettings
