#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

// Turns an utterance into word hashes for the findings: case and accents folded ("Entendí" and
// "entendi" are one word), apostrophes dropped ("didn't" = "didnt"), every other non-letter a
// separator, and every word with a digit the same "number" word (so a reply that differs only
// in a time or an amount still reads as the same reply). No strings are built: long calls stay
// fast.
class TextTokenizer
{
public:
    static constexpr quint64 numberWord = 0x6e756d6265725f5fULL;

    struct Result
    {
        std::vector<quint64> words;
        bool question = false; // has '?' or '¿'
    };

    static Result tokenize(QStringView text);
    static void tokenize(QStringView text, Result &result); // reuses result's storage

    // A well-spread 64-bit hash of a 64-bit value (splitmix64 finaliser).
    static quint64 mix(quint64 value)
    {
        value += 0x9e3779b97f4a7c15ULL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }
};
