#pragma once

#include <QLatin1StringView>

// Every QSettings key of the app, in one place; only AppSettings reads and writes them. Never a
// key for the API key or any secret.
namespace SettingsKeys {
inline constexpr QLatin1StringView apiBase{"api/baseUrl"};
inline constexpr QLatin1StringView timeoutSeconds{"api/timeoutSeconds"};
inline constexpr QLatin1StringView recentCalls{"calls/recent"};
inline constexpr QLatin1StringView windowGeometry{"window/geometry"};
inline constexpr QLatin1StringView windowState{"window/state"};
inline constexpr QLatin1StringView splitterPrefix{"window/splitter/"};
inline constexpr QLatin1StringView timelineFullWidth{"window/timelineFullWidth"};
inline constexpr QLatin1StringView theme{"window/theme"};

inline constexpr QLatin1StringView reviewerName{"review/reviewerName"};
// A postgresql:// URL without a password (ReviewDatabase); empty: the local SQLite file.
inline constexpr QLatin1StringView reviewDatabase{"review/database"};

inline constexpr QLatin1StringView deadAirMs{"timing/deadAirMs"};
inline constexpr QLatin1StringView scorecardFormPrefix{"review/scorecardForm/"};

inline constexpr QLatin1StringView browseLastModelId{"browse/lastModelId"};
inline constexpr QLatin1StringView browseFilterText{"browse/filter/text"};
inline constexpr QLatin1StringView browseFilterEndReason{"browse/filter/endReason"};
inline constexpr QLatin1StringView browseFilterMinSeconds{"browse/filter/minSeconds"};
inline constexpr QLatin1StringView browseFilterMaxSeconds{"browse/filter/maxSeconds"};
inline constexpr QLatin1StringView browseFilterRecording{"browse/filter/recording"};

// What each export dialog remembers (AppSettings::ExportPlace); empty: not kept there.
struct ExportPlaceKeys
{
    QLatin1StringView folder;
    QLatin1StringView format;
    QLatin1StringView redact;
    QLatin1StringView redactName;
};
inline constexpr ExportPlaceKeys saveAs{
    QLatin1StringView("export/lastFolder"), QLatin1StringView("export/lastFormat"),
    QLatin1StringView("export/redact"), QLatin1StringView("export/redactName")};
inline constexpr ExportPlaceKeys batchExport{
    QLatin1StringView("batchExport/folder"), QLatin1StringView("batchExport/format"),
    QLatin1StringView("batchExport/redact"), QLatin1StringView("batchExport/redactName")};
inline constexpr ExportPlaceKeys reviewReport{QLatin1StringView("review/reportFolder"),
                                              QLatin1StringView("review/reportFormat"),
                                              QLatin1StringView(), QLatin1StringView()};
} // namespace SettingsKeys
