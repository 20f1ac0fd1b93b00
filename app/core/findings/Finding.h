#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// One automatic observation about a call: a suggestion the reviewer may turn into a flag or
// dismiss. Turn indexes are 0-based, as TranscriptModel rows.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Kind : quint8 {
        RepeatedUtterance, // the assistant said the same or nearly the same thing again
        RepetitionCycle, // the assistant alternated between replies: A, B, A, B
        RepeatedQuestion, // the assistant asked again after the caller answered
        Misunderstanding, // "I didn't catch that", "¿puede repetir?"
        HumanRequested, // the caller asked for a person
        LongMonologue, // one assistant turn with very many words
        SpeakerShare, // words per speaker
        TurnCount,
        EndReason,
        // From the recording's timeline (timing/TimingFindings):
        ResponseTime, // the assistant's response latency over the call: median, P90, slowest
        SlowResponse, // the assistant took long to answer one turn
        DeadAir, // a long silence before a turn
        BargeIn, // a party spoke over the other
        TalkTime, // speaking time per party
        LongestTurn, // the longest turn, in time
        FirstWord, // how long the call ran before the assistant first spoke
    };
    enum class Severity : quint8 { Info, Warning, Problem };

    Kind kind = Kind::TurnCount;
    Severity severity = Severity::Info;
    QString message;
    QList<int> turns; // the turns it links to, ascending
    QList<int> flagTurns; // the turns "Flag" marks (a subset of turns)
    QJsonObject details; // figures for scripts (word counts, shares, codes)

    // Identifies the finding across runs on the same transcript (kind and turns), for dismissal.
    QString key() const;
    // The ReviewCategory key a flag made from it starts with.
    QString suggestedCategoryKey() const;

    static QString kindKey(Kind kind); // "repeated-utterance" ...
    static QString severityKey(Severity severity); // "info", "warning", "problem"
    static QString severityName(Severity severity); // translated
    QJsonObject toJson() const;
};
