#pragma once

#include <QString>

enum class Speaker : quint8 {
    Bot,
    Human,
    Unknown, // text before the first speaker label
};

// One turn of the conversation: consecutive utterances of one speaker.
// Utterances are separated by '\n' inside text.
struct Turn
{
    Speaker speaker = Speaker::Unknown;
    QString text;

    friend bool operator==(const Turn &a, const Turn &b)
    {
        return a.speaker == b.speaker && a.text == b.text;
    }
};
