#pragma once

#include <QRect>

// Where each part of one transcript row goes. Computed in one place
// (TranscriptDelegate::layout) and used by paint, sizeHint, hit-testing and tooltips.
struct BubbleLayout
{
    QRect row; // the whole row
    QRect bubble; // the coloured bubble, inside row
    QRect label; // speaker name, inside bubble
    QRect number; // turn number, inside bubble, on the label's line
    QRect time; // "1:23" where the turn starts in the recording, before the number; empty: untimed
    QRect text; // the wrapped text, inside bubble, below the label
    QRect flags; // review flag marker + categories below the text; empty: no flags
    QRect flagMarker; // the marker itself, at the start of flags
    bool trailing = false; // bubble on the trailing side (the caller's)

    int height() const { return row.height(); }
};
