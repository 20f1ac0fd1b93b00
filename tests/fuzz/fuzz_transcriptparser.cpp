// libFuzzer target: TranscriptParser::parse on arbitrary text (the transcript is untrusted).
// Checks the parser's promises: no empty turn or blank line, speakers alternate, text before
// the first label only as the first turn, and no visible character lost or invented.
#include "TranscriptParser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Characters that are not whitespace: the parser may drop only those of "bot:"/"human:" labels.
qsizetype visibleCount(QStringView text)
{
    qsizetype n = 0;
    for (QChar c : text)
        n += c.isSpace() ? 0 : 1;
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString transcript =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Turn> turns = TranscriptParser::parse(transcript);

    qsizetype visibleInTurns = 0;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Turn &turn = turns.at(i);
        check(!turn.text.isEmpty());
        check(turn.speaker != Speaker::Unknown || i == 0);
        if (i > 0)
            check(turn.speaker != turns.at(i - 1).speaker);
        for (QStringView line : QStringView(turn.text).split(u'\n')) {
            check(!line.isEmpty());
            check(line.trimmed().size() == line.size());
        }
        visibleInTurns += visibleCount(turn.text);
    }
    // Only labels ("bot:" = 4, "human:" = 6 visible characters) may disappear.
    const qsizetype visibleInInput = visibleCount(transcript);
    check(visibleInTurns <= visibleInInput);
    const qsizetype lines = transcript.count(u'\n') + 1;
    check(visibleInInput - visibleInTurns <= lines * 6);
    return 0;
}
