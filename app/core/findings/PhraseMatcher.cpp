#include "findings/PhraseMatcher.h"

#include "findings/TextTokenizer.h"

void PhraseMatcher::Table::add(const std::vector<quint64> &words)
{
    const int index = int(phrases.size());
    phrases.push_back(words);
    if (words.empty())
        return;
    byFirstWord[words.front()].push_back(index);
    firstWordFilter.set(words.front() & 4095);
    longest = std::max(longest, words.size());
}

template<typename Found>
bool PhraseMatcher::Table::matchAt(const std::vector<quint64> &words, size_t at,
                                   Found &&found) const
{
    if (!firstWordFilter.test(words[at] & 4095))
        return false;
    const auto candidates = byFirstWord.constFind(words[at]);
    if (candidates == byFirstWord.cend())
        return false;
    for (const int index : *candidates) {
        const std::vector<quint64> &phrase = phrases[size_t(index)];
        if (at + phrase.size() > words.size())
            continue;
        if (std::equal(phrase.cbegin(), phrase.cend(), words.cbegin() + qsizetype(at))
            && found(index, phrase.size())) {
            return true;
        }
    }
    return false;
}

PhraseMatcher::PhraseMatcher(const QStringList &phrases, const QStringList &exclusions)
    : m_texts(phrases)
{
    for (const QString &phrase : phrases)
        m_phrases.add(TextTokenizer::tokenize(phrase).words);
    for (const QString &exclusion : exclusions)
        m_exclusions.add(TextTokenizer::tokenize(exclusion).words);
}

int PhraseMatcher::find(const std::vector<quint64> &words) const
{
    int match = -1;
    for (size_t at = 0; at < words.size() && match < 0; ++at) {
        m_phrases.matchAt(words, at, [&](int index, size_t length) {
            if (excluded(words, at, length))
                return false;
            match = index;
            return true;
        });
    }
    return match;
}

bool PhraseMatcher::excluded(const std::vector<quint64> &words, size_t start, size_t length) const
{
    if (m_exclusions.longest == 0)
        return false;
    const size_t from = start + 1 >= m_exclusions.longest ? start + 1 - m_exclusions.longest : 0;
    for (size_t at = from; at < start + length && at < words.size(); ++at) {
        const bool covers = m_exclusions.matchAt(words, at, [&](int, size_t exclusionLength) {
            return at <= start && at + exclusionLength >= start + length;
        });
        if (covers)
            return true;
    }
    return false;
}
