#include "TranscriptSearch.h"

#include <algorithm>

void TranscriptSearch::setTurns(const QList<Turn> &turns) {
    m_turns = turns;
    m_folded.clear();
    m_foldedDiffers.clear();
    m_foldedReady = false;
    clear();
}

void TranscriptSearch::clear() {
    m_matches.clear();
    m_current = -1;
}

void TranscriptSearch::ensureFolded() {
    if (m_foldedReady)
        return;
    m_folded.resize(size_t(m_turns.size()));
    m_foldedDiffers.assign(size_t(m_turns.size()), false);
    for (qsizetype i = 0; i < m_turns.size(); ++i) {
        QString folded = m_turns.at(i).text.toCaseFolded();
        if (folded.size() != m_turns.at(i).text.size()) {
            m_foldedDiffers[size_t(i)] = true; // offsets would not line up
            folded.clear();
        }
        m_folded[size_t(i)] = std::move(folded);
    }
    m_foldedReady = true;
}

void TranscriptSearch::search(const QString &query, Qt::CaseSensitivity sensitivity,
                              std::optional<Speaker> speaker) {
    clear();
    if (query.isEmpty())
        return;
    const bool folded = sensitivity == Qt::CaseInsensitive;
    if (folded)
        ensureFolded();
    const QString needle = folded ? query.toCaseFolded() : query;
    const auto length = int(query.size());
    for (qsizetype row = 0; row < m_turns.size(); ++row) {
        const Turn &turn = m_turns.at(row);
        if (speaker && turn.speaker != *speaker)
            continue;
        const bool fast = !folded || !m_foldedDiffers[size_t(row)];
        const QString &haystack = folded && fast ? m_folded[size_t(row)] : turn.text;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = fast ? haystack.indexOf(needle, from, Qt::CaseSensitive)
                                      : haystack.indexOf(query, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            m_matches.push_back({int(row), int(at), length});
            from = at + qMax(1, length);
        }
    }
    if (!m_matches.empty())
        m_current = 0;
}

const TranscriptSearch::Match *TranscriptSearch::currentMatch() const {
    return m_current >= 0 ? &m_matches[size_t(m_current)] : nullptr;
}

int TranscriptSearch::next() {
    if (m_matches.empty())
        return -1;
    m_current = (m_current + 1) % count();
    return m_current;
}

int TranscriptSearch::previous() {
    if (m_matches.empty())
        return -1;
    m_current = (m_current - 1 + count()) % count();
    return m_current;
}

void TranscriptSearch::setCurrentFromRow(int row) {
    if (m_matches.empty())
        return;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), row,
                                     [](const Match &m, int r) { return m.row < r; });
    m_current = it == m_matches.end() ? 0 : int(it - m_matches.begin());
}

std::pair<const TranscriptSearch::Match *, const TranscriptSearch::Match *>
TranscriptSearch::matchesInRow(int row) const {
    const auto less = [](const Match &m, int r) {
        return m.row < r;
    };
    const auto greater = [](int r, const Match &m) {
        return r < m.row;
    };
    const auto first = std::lower_bound(m_matches.begin(), m_matches.end(), row, less);
    const auto last = std::upper_bound(first, m_matches.end(), row, greater);
    return {m_matches.data() + (first - m_matches.begin()),
            m_matches.data() + (last - m_matches.begin())};
}
