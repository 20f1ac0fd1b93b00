#pragma once

#include <QString>

// What the reviewer narrowed the call list to. Every field empty/negative means "any".
struct CallFilter
{
    enum class Recording { Any, With, Without };

    QString text; // matched, case-insensitively, against IDs, numbers, name, words, preview
    QString endReason; // an end_call_reason code; empty for any
    int minSeconds = -1;
    int maxSeconds = -1;
    Recording recording = Recording::Any;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && endReason.isEmpty() && minSeconds < 0 && maxSeconds < 0
            && recording == Recording::Any;
    }
    friend bool operator==(const CallFilter &a, const CallFilter &b)
    {
        return a.text == b.text && a.endReason == b.endReason && a.minSeconds == b.minSeconds
            && a.maxSeconds == b.maxSeconds && a.recording == b.recording;
    }
    friend bool operator!=(const CallFilter &a, const CallFilter &b) { return !(a == b); }
};
