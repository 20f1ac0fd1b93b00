#pragma once

#include <QLatin1StringView>

// Every QSettings key of the app, in one place. Never a key for the API key or any secret.
namespace SettingsKeys {
inline constexpr QLatin1StringView apiBase{"api/baseUrl"};
inline constexpr QLatin1StringView timeoutSeconds{"api/timeoutSeconds"};
inline constexpr QLatin1StringView recentCalls{"calls/recent"};
inline constexpr QLatin1StringView windowGeometry{"window/geometry"};
inline constexpr QLatin1StringView windowState{"window/state"};
inline constexpr QLatin1StringView splitterPrefix{"window/splitter/"};
} // namespace SettingsKeys
