#include "transcript/TranscriptParser.h"

namespace {

struct LabeledLine
{
    Speaker speaker = Speaker::Unknown;
    QStringView text;
};

// Returns the speaker and the text after the label, or Speaker::Unknown when the
// line does not start with a label.
LabeledLine splitLabel(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    static constexpr struct
    {
        QStringView label;
        Speaker speaker;
    } labels[] = {{u"bot", Speaker::Bot}, {u"human", Speaker::Human}};
    for (const auto &candidate : labels) {
        const qsizetype n = candidate.label.size();
        if (trimmed.size() > n && trimmed.at(n) == u':'
            && trimmed.first(n).compare(candidate.label, Qt::CaseInsensitive) == 0) {
            return {candidate.speaker, trimmed.sliced(n + 1).trimmed()};
        }
    }
    return {Speaker::Unknown, trimmed};
}

} // namespace

namespace TranscriptParser {

QList<Turn> parse(QStringView transcript)
{
    QList<Turn> turns;
    // Rough guess: one turn per ~60 characters keeps reallocations rare on long calls.
    turns.reserve(transcript.size() / 60 + 1);
    qsizetype start = 0;
    const qsizetype length = transcript.size();
    while (start <= length) {
        qsizetype end = transcript.indexOf(u'\n', start);
        if (end < 0)
            end = length;
        const LabeledLine line = splitLabel(transcript.sliced(start, end - start));
        start = end + 1;
        if (line.speaker == Speaker::Unknown && line.text.isEmpty())
            continue; // blank line
        // A bare label followed by another speaker's label said nothing: drop it, so that
        // "bot: a\nhuman:\nbot: b" stays one turn (found by fuzz_transcriptparser).
        if (line.speaker != Speaker::Unknown && !turns.isEmpty() && turns.last().text.isEmpty()
            && turns.last().speaker != line.speaker) {
            turns.removeLast();
        }
        const bool continuesTurn = !turns.isEmpty()
            && (line.speaker == Speaker::Unknown || line.speaker == turns.last().speaker);
        if (continuesTurn) {
            if (line.text.isEmpty())
                continue; // a bare "bot:" adds nothing to a running turn
            QString &text = turns.last().text;
            if (!text.isEmpty())
                text += u'\n';
            text += line.text;
        } else {
            turns.append(Turn{line.speaker, line.text.toString()});
        }
    }
    // A label with nothing after it and nothing following ("human:") is not a turn.
    turns.removeIf([](const Turn &turn) { return turn.text.isEmpty(); });
    return turns;
}

QString speakerLabel(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Bot:
        return QStringLiteral("bot");
    case Speaker::Human:
        return QStringLiteral("human");
    case Speaker::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace TranscriptParser
