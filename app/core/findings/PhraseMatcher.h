#pragma once

#include <QHash>
#include <QStringList>

#include <bitset>
#include <vector>

// Finds any of a fixed set of phrases in tokenized text (TextTokenizer word hashes), whole
// words only, in time linear in the number of words. A match that lies inside one of the
// exclusions ("human resources" for "human") does not count.
class PhraseMatcher
{
public:
    PhraseMatcher(const QStringList &phrases, const QStringList &exclusions = {});

    // Index into phrases of the first match, or -1.
    int find(const std::vector<quint64> &words) const;
    QString phrase(int index) const { return m_texts.value(index); }

private:
    struct Table
    {
        std::vector<std::vector<quint64>> phrases;
        QHash<quint64, std::vector<int>> byFirstWord;
        std::bitset<4096> firstWordFilter; // cheap rejection before the hash lookup
        size_t longest = 0;

        void add(const std::vector<quint64> &words);
        // Calls found(phraseIndex, length) for each phrase starting at words[at].
        template<typename Found>
        bool matchAt(const std::vector<quint64> &words, size_t at, Found &&found) const;
    };

    bool excluded(const std::vector<quint64> &words, size_t start, size_t length) const;

    QStringList m_texts;
    Table m_phrases;
    Table m_exclusions;
};
