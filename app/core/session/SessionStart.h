#pragma once

#include <QString>

#include <optional>

// What the window opens with, as main() read it from the command line: the connection values
// given explicitly for this session (they win over saved settings) and the first call to show.
struct SessionStart
{
    std::optional<QString> apiBase; // --api-base or ANUNZI_API_BASE
    std::optional<int> timeoutSeconds; // --timeout
    bool demo = false;
    QString openPath;
    QString callId;
    // The review database: --review-db (a postgresql:// URL, "" for the local SQLite file);
    // unset: the one saved in the settings. --reviewer: the name for this session.
    std::optional<QString> reviewDb;
    QString reviewer;
};
