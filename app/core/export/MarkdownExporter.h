#pragma once

#include "alignment/Timeline.h"
#include "model/CallRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The call as Markdown (CommonMark): a heading, a table of the call's fields, then one
// paragraph per turn with the speaker in bold. Text from the API is escaped, so a transcript
// can never add a link, an image, a heading or raw HTML.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    // With a timeline, each turn starts with its time: "**[1:23] Assistant:** ...".
    static QString render(const CallRecord &call, const Timeline *timeline = nullptr);

    // One line of text made literal: every character Markdown gives a meaning is escaped.
    static QString escapeLine(QStringView line);
};
