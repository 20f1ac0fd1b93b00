#pragma once

#include "browse/CallFilter.h"

#include <QString>

class QSettings;

// What the browse panel remembers between sessions: the last assistant and the call filters.
// Nothing secret is stored here.
namespace BrowseSettings {
inline constexpr char lastModelIdKey[] = "browse/lastModelId";
inline constexpr char filterTextKey[] = "browse/filter/text";
inline constexpr char filterEndReasonKey[] = "browse/filter/endReason";
inline constexpr char filterMinSecondsKey[] = "browse/filter/minSeconds";
inline constexpr char filterMaxSecondsKey[] = "browse/filter/maxSeconds";
inline constexpr char filterRecordingKey[] = "browse/filter/recording";

QString lastModelId(const QSettings &settings);
void setLastModelId(QSettings &settings, const QString &modelId);
CallFilter filter(const QSettings &settings);
void setFilter(QSettings &settings, const CallFilter &filter);
} // namespace BrowseSettings
