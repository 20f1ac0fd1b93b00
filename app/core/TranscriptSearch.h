#pragma once

#include "Turn.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Finds every occurrence of a text in the turns of a call, in order, and keeps a current match
// for next/previous. Case-insensitive search runs on a case-folded copy of the turns made once
// per transcript, so a search over 50,000 turns stays within a few milliseconds.
class TranscriptSearch {
public:
    struct Match {
        int row;   // turn index in the transcript (source row)
        int start; // in the turn's text
        int length;
    };

    void setTurns(const QList<Turn> &turns);
    // Runs a search; an empty query clears the matches. speaker limits matches to one speaker.
    void search(const QString &query, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive,
                std::optional<Speaker> speaker = std::nullopt);
    void clear();

    const std::vector<Match> &matches() const { return m_matches; }
    int count() const { return int(m_matches.size()); }
    int current() const { return m_current; } // -1 when there is no match
    const Match *currentMatch() const;
    // Moves to the next/previous match, wrapping around. Returns the new current index.
    int next();
    int previous();
    // Makes the first match at or after row current (for "search from where I am reading").
    void setCurrentFromRow(int row);
    // Matches within one turn, as a range into matches().
    std::pair<const Match *, const Match *> matchesInRow(int row) const;

private:
    void ensureFolded();

    QList<Turn> m_turns;
    std::vector<QString> m_folded;     // case-folded text per turn (same length) or empty
    std::vector<bool> m_foldedDiffers; // folding changed the length: search that turn slowly
    bool m_foldedReady = false;
    std::vector<Match> m_matches;
    int m_current = -1;
};
