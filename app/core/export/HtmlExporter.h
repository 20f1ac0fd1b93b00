#pragma once

#include "alignment/Timeline.h"
#include "model/CallRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The call as one self-contained web page: the call's fields, then the transcript as a chat
// (assistant bubbles on the left, caller bubbles on the right), with print styles. No scripts,
// no external resources, a Content-Security-Policy that forbids both, and every byte from the
// API HTML-escaped. The output is also well-formed XML (XHTML syntax), so tools can parse it.
class HtmlExporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    // With a timeline, each turn's speaker line carries its time ("[1:23] Assistant").
    static QString render(const CallRecord &call, const Timeline *timeline = nullptr);

    // Text made safe for element content and double-quoted attributes; characters XML cannot
    // hold (control characters, lone surrogates) are dropped.
    static QString escape(QStringView text);
};
