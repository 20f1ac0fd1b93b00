#include "timing/SubtitleWriter.h"

#include "format/CallFormatting.h"
#include "timing/TimestampFormat.h"

#include <QStringList>

#include <algorithm>

namespace {

struct Cue
{
    int turn;
    TurnTiming timing;
    QStringList lines;
};

QStringList textLines(const QString &text)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed(); // also drops a '\r'
        if (!trimmed.isEmpty())
            lines.append(trimmed.toString());
    }
    return lines;
}

QList<Cue> cues(const QList<Turn> &turns, const Timeline &timeline)
{
    QList<Cue> result;
    const qsizetype count = std::min(turns.size(), timeline.turns.size());
    for (qsizetype k = 0; k < count; ++k) {
        const TurnTiming &timing = timeline.turns.at(k);
        if (!timing.isValid())
            continue;
        QStringList lines = textLines(turns.at(k).text);
        if (!lines.isEmpty())
            result.append({int(k), timing, std::move(lines)});
    }
    // The aligner gives turns in order; a stray one must not break WebVTT's ascending starts.
    std::stable_sort(result.begin(), result.end(), [](const Cue &a, const Cue &b) {
        return a.timing.startMs < b.timing.startMs;
    });
    return result;
}

QString escapeVtt(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            escaped += QStringLiteral("&amp;");
        else if (c == u'<')
            escaped += QStringLiteral("&lt;");
        else if (c == u'>')
            escaped += QStringLiteral("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

QString SubtitleWriter::srt(const QList<Turn> &turns, const Timeline &timeline)
{
    QString out;
    int number = 0;
    for (const Cue &cue : cues(turns, timeline)) {
        out += QString::number(++number) + u'\n' + TimestampFormat::srt(cue.timing.startMs)
            + QStringLiteral(" --> ") + TimestampFormat::srt(cue.timing.endMs) + u'\n';
        const Speaker speaker = turns.at(cue.turn).speaker;
        if (speaker != Speaker::Unknown)
            out += CallFormatting::speakerName(speaker) + QStringLiteral(": ");
        for (const QString &line : cue.lines) {
            QString safe = line;
            out += safe.replace(QStringLiteral("-->"), QStringLiteral("->")) + u'\n';
        }
        out += u'\n';
    }
    return out;
}

QString SubtitleWriter::webVtt(const QList<Turn> &turns, const Timeline &timeline)
{
    QString out = QStringLiteral("WEBVTT\n\n");
    for (const Cue &cue : cues(turns, timeline)) {
        out += QString::number(cue.turn + 1) + u'\n' + TimestampFormat::webVtt(cue.timing.startMs)
            + QStringLiteral(" --> ") + TimestampFormat::webVtt(cue.timing.endMs) + u'\n';
        const Speaker speaker = turns.at(cue.turn).speaker;
        if (speaker != Speaker::Unknown)
            out += QStringLiteral("<v ") + escapeVtt(CallFormatting::speakerName(speaker)) + u'>';
        for (const QString &line : cue.lines)
            out += escapeVtt(line) + u'\n';
        out += u'\n';
    }
    return out;
}

int SubtitleWriter::cueCount(const QList<Turn> &turns, const Timeline &timeline)
{
    return int(cues(turns, timeline).size());
}
