#pragma once

#include "scorecards/ScorecardAnswer.h"
#include "scorecards/ScorecardError.h"
#include "scorecards/ScorecardForm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The answers a call's automatic findings suggest: a question whose "suggested_by" names a
// finding kind the call has is offered that answer, with the finding that suggested it. Only
// offered: the reviewer accepts a suggestion (ScorecardSheet::acceptSuggestion) or answers
// otherwise.
class ScorecardSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardSuggestions)

public:
    struct Suggestion
    {
        QString questionId;
        ScorecardAnswer answer;
        QString finding; // the kind key
        int turnIndex = -1; // 0-based: the finding's first turn; -1 for a whole-call finding
    };

    // A finding of the call as the suggestions need it (the findings folder builds on review,
    // which builds on this one, so the dock hands them over in these terms).
    struct Evidence
    {
        QString finding; // Finding::kindKey
        int turnIndex = -1; // its first turn; -1 for a whole-call finding
    };

    // One suggestion per question that has suggested_by and a matching finding (the first
    // such finding in the list), in form order.
    static QList<Suggestion> match(const ScorecardForm &form, const QList<Evidence> &findings);
    // The suggested_by kinds that are not in knownKinds (Finding's), each with its JSON path
    // ("groups[1].questions[0].suggested_by.finding"): a misspelt kind would never suggest.
    static QList<ScorecardError> unknownFindings(const ScorecardForm &form,
                                                 const QStringList &knownKinds);

    // "Suggested: No — repetition-cycle at turn 12" (turns counted from 1).
    static QString describe(const ScorecardQuestion &question, const Suggestion &suggestion);
    // An answer in words: "Yes", "No", "N/A", a scale value, an option's label.
    static QString answerText(const ScorecardQuestion &question, const ScorecardAnswer &answer);
};
