#pragma once

#include "scorecards/ScorecardAnswer.h"

#include <QMap>
#include <QString>

// A reviewer's answers to one version of a form: answers and comments keyed by question id.
// A value; whether it is complete and fits the form is the scorer's to say.
struct ScorecardAnswers
{
    QString formName;
    int formVersion = 0;
    QMap<QString, ScorecardAnswer> answers;
    QMap<QString, QString> comments; // blank comments count as none

    // The comment for a question, trimmed; empty when there is none.
    QString comment(const QString &questionId) const;

    friend bool operator==(const ScorecardAnswers &a, const ScorecardAnswers &b)
    {
        return a.formName == b.formName && a.formVersion == b.formVersion && a.answers == b.answers
            && a.comments == b.comments;
    }
};
