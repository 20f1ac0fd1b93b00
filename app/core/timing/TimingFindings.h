#pragma once

#include "findings/Finding.h"
#include "timing/TimingReport.h"

#include <QCoreApplication>
#include <QList>

// Turns a TimingReport into findings for the Findings panel and `--findings`: one per slow
// answer, dead air and barge-in (at most maxFindingsPerKind of each, the rest gathered in one),
// then a summary of the assistant's response time, when it first spoke, the speaking time of
// each party and the longest turn. A silence that is dead air is not also a slow answer.
//
// Severities: dead air before the assistant spoke is a Problem (the caller was left waiting),
// before the caller a Warning; a slow answer and the assistant speaking over the caller are
// Warnings; the caller speaking over the assistant is Info (callers do it, often for good
// reason); the response-time summary is a Warning when its P90 is slow; the rest is Info.
class TimingFindings
{
    Q_DECLARE_TR_FUNCTIONS(TimingFindings)

public:
    struct Options
    {
        qint64 slowResponseMs = 2000; // an assistant answer slower than this is worth a look
        int maxFindingsPerKind = 20;
        int maxTurnsPerFinding = 50;
    };

    static QList<Finding> findings(const TimingReport &report, const Options &options);
    static QList<Finding> findings(const TimingReport &report)
    {
        return findings(report, Options());
    }
};
