#pragma once

#include "alignment/Timeline.h"
#include "model/Turn.h"

#include <QList>
#include <QString>

// The transcript as subtitles for the recording: one cue per turn that has a valid timing,
// from its start to its end, ordered by start (barge-ins give overlapping cues, which both
// formats allow). The speaker is named as in the other exports (CallFormatting::speakerName,
// translated); an unlabeled turn gets no name. The utterances of a turn stay on their own
// lines; blank lines are dropped, since a blank line ends a cue in both formats.
class SubtitleWriter
{
public:
    // SubRip: cues numbered 1, 2, ... in file order, "00:01:02,345 --> 00:01:04,000", the
    // first line prefixed "Assistant: " / "Caller: ". SubRip has no escaping; only "-->",
    // which some players take for a timing line, is written "->".
    static QString srt(const QList<Turn> &turns, const Timeline &timeline);

    // WebVTT: the "WEBVTT" header, each cue identified by its turn number (1-based, as in the
    // window), "00:01:02.345 --> 00:01:04.000", the text in a voice span "<v Assistant>" with
    // '&', '<' and '>' escaped.
    static QString webVtt(const QList<Turn> &turns, const Timeline &timeline);

    // How many cues the turns give: 0 means there is no usable timeline to write.
    static int cueCount(const QList<Turn> &turns, const Timeline &timeline);
};
