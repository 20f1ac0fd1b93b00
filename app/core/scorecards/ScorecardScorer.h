#pragma once

#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardForm.h"
#include "scorecards/ScorecardResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The scoring rules of a scorecard (docs/SCORECARDS.md):
// - a question earns points: yes = 1 / no = 0 of 1; scale = value - min of max - min; choice =
//   its option's points of the highest option's points; N/A counts in neither numerator nor
//   denominator;
// - group score = earned / possible; total = sum(group earned x weight) /
//   sum(group possible x weight); the critical score is the same over critical questions only;
// - a fatal question answered with its lowest option (no, min, the lowest-points option) sets
//   the total to 0 (group and critical scores stay as computed) and is listed in `fatal`.
class ScorecardScorer
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardScorer)

public:
    struct Issue
    {
        enum class Kind : quint8 {
            FormMismatch, // the answers name another form
            VersionMismatch, // ... or another version of this form
            UnknownQuestion, // an answer or comment for an id the form does not have
            Unanswered, // a question with no answer (N/A is an answer)
            NotApplicableNotAllowed, // "na" where the question does not allow it
            InvalidValue, // not yes/no, a scale value out of range, an unknown option
            CommentMissing, // comment_required always, or on_fail and not full points
        };
        Kind kind = Kind::Unanswered;
        QString questionId; // empty for the form mismatches
        QString message; // one line, naming the question id

        friend bool operator==(const Issue &a, const Issue &b)
        {
            return a.kind == b.kind && a.questionId == b.questionId && a.message == b.message;
        }
    };

    // Everything that keeps the answers from being a finished evaluation of this form: the
    // form mismatches first, then the questions in form order, then unknown ids. Empty when
    // the evaluation is complete. The form is assumed valid (ScorecardForm::validate()).
    static QList<Issue> validate(const ScorecardForm &form, const ScorecardAnswers &answers);

    // The scores of what is answered so far: an unanswered question, or one whose answer does
    // not fit, counts like N/A, so a live score can be shown while the reviewer works; only
    // validate() tells whether the evaluation is complete. Mismatched form names or versions
    // are not checked here.
    static ScorecardResult score(const ScorecardForm &form, const ScorecardAnswers &answers);

    // The points an answer (not N/A) earns on a question, or nullopt and *problem (e.g.
    // `expected a whole number from 1 to 5, found 7`) when it does not fit.
    static std::optional<double> points(const ScorecardQuestion &question,
                                        const ScorecardAnswer &answer, QString *problem);

    // Whether a comment is required for this answer (N/A included; see CommentRule).
    static bool commentRequired(const ScorecardQuestion &question, const ScorecardAnswer &answer);
};
