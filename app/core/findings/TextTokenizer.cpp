#include "findings/TextTokenizer.h"

#include <QChar>
#include <QString>

namespace {

constexpr quint64 fnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 fnvPrime = 0x100000001b3ULL;

// Lower case without accents: "É" -> 'e', "ñ" -> 'n'. 0 means "not part of a word".
char16_t foldNonAscii(char16_t unit)
{
    QChar ch(unit);
    if (!ch.isLetterOrNumber())
        return 0;
    if (ch.decompositionTag() == QChar::Canonical) {
        const QString decomposed = ch.decomposition();
        if (!decomposed.isEmpty())
            ch = decomposed.at(0);
    }
    return ch.toLower().unicode();
}

} // namespace

TextTokenizer::Result TextTokenizer::tokenize(QStringView text)
{
    Result result;
    tokenize(text, result);
    return result;
}

void TextTokenizer::tokenize(QStringView text, Result &result)
{
    result.words.clear();
    result.question = false;
    quint64 hash = fnvOffset;
    bool inWord = false;
    bool hasDigit = false;
    const auto endWord = [&] {
        if (inWord)
            result.words.push_back(hasDigit ? numberWord : mix(hash));
        hash = fnvOffset;
        inWord = false;
        hasDigit = false;
    };
    for (const QChar qc : text) {
        char16_t unit = qc.unicode();
        if (unit < 128) {
            if (unit >= u'A' && unit <= u'Z') {
                unit = char16_t(unit + (u'a' - u'A'));
            } else if (unit >= u'0' && unit <= u'9') {
                hasDigit = true;
            } else if (unit == u'\'') {
                continue; // "didn't" reads as one word
            } else if (!(unit >= u'a' && unit <= u'z')) {
                if (unit == u'?')
                    result.question = true;
                endWord();
                continue;
            }
        } else if (unit == 0x2019 || unit == 0x02BC) { // typographic apostrophes
            continue;
        } else {
            if (unit == 0x00BF) // ¿
                result.question = true;
            const char16_t folded = foldNonAscii(unit);
            if (folded == 0) {
                endWord();
                continue;
            }
            if (QChar(folded).isDigit())
                hasDigit = true;
            unit = folded;
        }
        hash = (hash ^ unit) * fnvPrime;
        inWord = true;
    }
    endWord();
}
