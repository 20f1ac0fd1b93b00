#pragma once

#include "model/Turn.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Finds every occurrence of a text in the turns of a call, in order, and keeps a current match
// for next/previous. Case-insensitive search runs on one case-folded copy of the whole
// transcript (turns separated by U+0000, which a query never contains), made once per
// transcript: one vectorised scan instead of 50,000 small ones, and no match spans two turns.
class TranscriptSearch
{
public:
    struct Match
    {
        int row; // turn index in the transcript (source row)
        int start; // in the turn's text
        int length;
    };

    void setTurns(const QList<Turn> &turns);
    // Runs a search; an empty query clears the matches. speaker limits matches to one speaker.
    void search(const QString &query, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive,
                std::optional<Speaker> speaker = std::nullopt);
    void clear();
    // Builds the case-folded copy now (otherwise the first search does): call when idle.
    void prepare() { ensureFolded(); }

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
    void searchFolded(const QString &needle, std::optional<Speaker> speaker);
    void searchEachTurn(const QString &query, Qt::CaseSensitivity sensitivity,
                        std::optional<Speaker> speaker);

    QList<Turn> m_turns;
    QString m_folded; // all turns, case-folded, U+0000 after each
    std::vector<qsizetype> m_starts; // where each turn starts in m_folded
    bool m_foldedReady = false;
    std::vector<Match> m_matches;
    int m_current = -1;
};
