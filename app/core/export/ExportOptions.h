#pragma once

#include "alignment/Timeline.h"
#include "export/ExportFormat.h"

#include <QLocale>

#include <optional>

// How a transcript is saved: the format and what is hidden (see Redactor).
struct ExportOptions
{
    ExportFormat format = ExportFormat::Text;
    bool redact = false; // phone numbers and e-mail addresses
    bool redactName = false; // the caller's name (also hides contacts)
    QLocale locale; // paper size of PDFs
    // When each turn was spoken (from the recording): md/html/pdf show "[1:23]" per turn,
    // csv/json gain start_ms/end_ms, and srt/vtt need it.
    std::optional<Timeline> timeline;

    const Timeline *timelineOrNull() const { return timeline ? &*timeline : nullptr; }

    bool redacts() const { return redact || redactName; }
};
