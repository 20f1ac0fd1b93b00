#pragma once

#include "findings/Finding.h"
#include "model/CallRecord.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

// Reads a transcript and lists what a QA reviewer would look at first: repetition (same or
// nearly the same replies, A-B-A-B loops, a question asked again after it was answered),
// misunderstanding markers in English and Spanish, the caller asking for a person, long
// monologues, and the shape of the call (words per speaker, turns, how it ended).
//
// Linear in the length of the transcript (near-duplicates through MinHash buckets, phrases
// through hashed words), and the output is bounded: long lists of turns are cut to
// maxTurnsPerFinding and each kind gives at most maxFindingsPerKind findings.
class FindingsDetector
{
    Q_DECLARE_TR_FUNCTIONS(FindingsDetector)

public:
    struct Options
    {
        int minRepeatWords = 4; // shorter replies ("Okay, great.") never count
        double nearDuplicateSimilarity = 0.7; // Jaccard similarity of word pairs
        int longMonologueWords = 120;
        double dominantShare = 0.8; // assistant share of words worth a warning
        int maxTurnsPerFinding = 50;
        int maxFindingsPerKind = 20;
    };

    static QList<Finding> detect(const QList<Turn> &turns, const QString &endCallReason,
                                 const Options &options);
    static QList<Finding> detect(const QList<Turn> &turns, const QString &endCallReason)
    {
        return detect(turns, endCallReason, Options());
    }
    static QList<Finding> detect(const CallRecord &call)
    {
        return detect(call.turns, call.endCallReason, Options());
    }

    // {"callId": ..., "turnCount": n, "findings": [Finding::toJson() ...]}
    static QJsonDocument toJson(const QString &callId, int turnCount,
                                const QList<Finding> &findings);
};
