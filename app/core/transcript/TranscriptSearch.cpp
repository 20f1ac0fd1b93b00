#include "transcript/TranscriptSearch.h"

#include <QStringMatcher>

#include <algorithm>

void TranscriptSearch::setTurns(const QList<Turn> &turns)
{
    m_turns = turns;
    m_folded.clear();
    m_starts.clear();
    m_foldedReady = false;
    clear();
}

void TranscriptSearch::clear()
{
    m_matches.clear();
    m_current = -1;
}

namespace {

// Simple case folding, one code point at a time, so the folded text has exactly the length of
// the original and match offsets map back unchanged. ASCII (most of any transcript) takes the
// short path.
void foldInto(QChar *out, const QChar *in, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i].unicode();
        if (c < 0x80) {
            out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        } else if (in[i].isHighSurrogate() && i + 1 < size && in[i + 1].isLowSurrogate()) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(in[i], in[i + 1]));
            const bool fits = QChar::requiresSurrogates(folded);
            out[i] = fits ? QChar(QChar::highSurrogate(folded)) : in[i];
            out[i + 1] = fits ? QChar(QChar::lowSurrogate(folded)) : in[i + 1];
            ++i;
        } else {
            const char32_t folded = QChar::toCaseFolded(char32_t(c));
            out[i] = QChar::requiresSurrogates(folded) ? in[i] : QChar(char16_t(folded));
        }
    }
}

QString folded(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    foldInto(out.data(), text.constData(), text.size());
    return out;
}

} // namespace

void TranscriptSearch::ensureFolded()
{
    if (m_foldedReady)
        return;
    m_foldedReady = true;
    qsizetype total = 0;
    for (const Turn &turn : std::as_const(m_turns))
        total += turn.text.size() + 1;
    m_folded = QString(total, Qt::Uninitialized);
    m_starts.resize(size_t(m_turns.size()));
    QChar *out = m_folded.data();
    qsizetype at = 0;
    for (qsizetype row = 0; row < m_turns.size(); ++row) {
        const QString &text = m_turns.at(row).text;
        m_starts[size_t(row)] = at;
        foldInto(out + at, text.constData(), text.size());
        at += text.size();
        out[at++] = QChar(0); // a match can never span two turns
    }
}

void TranscriptSearch::search(const QString &query, Qt::CaseSensitivity sensitivity,
                              std::optional<Speaker> speaker)
{
    clear();
    if (query.isEmpty() || query.contains(QChar(0)))
        return;
    if (sensitivity == Qt::CaseInsensitive) {
        ensureFolded();
        searchFolded(folded(query), speaker);
    } else {
        searchEachTurn(query, sensitivity, speaker);
    }
    if (!m_matches.empty())
        m_current = 0;
}

void TranscriptSearch::searchFolded(const QString &needle, std::optional<Speaker> speaker)
{
    // One matcher: its skip table is built once, not once per match.
    const QStringMatcher matcher(needle, Qt::CaseSensitive);
    const auto length = int(needle.size());
    size_t row = 0;
    for (qsizetype at = matcher.indexIn(m_folded); at >= 0;
         at = matcher.indexIn(m_folded, at + length)) {
        // Matches come in order: walk the turns forward (no binary search per match).
        while (row + 1 < m_starts.size() && m_starts[row + 1] <= at)
            ++row;
        if (speaker && m_turns.at(qsizetype(row)).speaker != *speaker)
            continue;
        m_matches.push_back({int(row), int(at - m_starts[row]), length});
    }
}

void TranscriptSearch::searchEachTurn(const QString &query, Qt::CaseSensitivity sensitivity,
                                      std::optional<Speaker> speaker)
{
    const auto length = int(query.size());
    for (qsizetype row = 0; row < m_turns.size(); ++row) {
        const Turn &turn = m_turns.at(row);
        if (speaker && turn.speaker != *speaker)
            continue;
        for (qsizetype at = turn.text.indexOf(query, 0, sensitivity); at >= 0;
             at = turn.text.indexOf(query, at + length, sensitivity)) {
            m_matches.push_back({int(row), int(at), length});
        }
    }
}

const TranscriptSearch::Match *TranscriptSearch::currentMatch() const
{
    return m_current >= 0 ? &m_matches[size_t(m_current)] : nullptr;
}

int TranscriptSearch::next()
{
    if (m_matches.empty())
        return -1;
    m_current = (m_current + 1) % count();
    return m_current;
}

int TranscriptSearch::previous()
{
    if (m_matches.empty())
        return -1;
    m_current = (m_current - 1 + count()) % count();
    return m_current;
}

void TranscriptSearch::setCurrentFromRow(int row)
{
    if (m_matches.empty())
        return;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), row,
                                     [](const Match &m, int r) { return m.row < r; });
    m_current = it == m_matches.end() ? 0 : int(it - m_matches.begin());
}

std::pair<const TranscriptSearch::Match *, const TranscriptSearch::Match *>
TranscriptSearch::matchesInRow(int row) const
{
    const auto less = [](const Match &m, int r) { return m.row < r; };
    const auto greater = [](int r, const Match &m) { return r < m.row; };
    const auto first = std::lower_bound(m_matches.begin(), m_matches.end(), row, less);
    const auto last = std::upper_bound(first, m_matches.end(), row, greater);
    return {m_matches.data() + (first - m_matches.begin()),
            m_matches.data() + (last - m_matches.begin())};
}
