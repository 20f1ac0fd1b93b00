#pragma once

#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardForm.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// How closely a reviewer's answers match the benchmark reviewer's (issue 16).
//
// Per question: 1 - |answer - benchmark| / range, where an answer is worth its points (yes 1,
// no 0; a scale its value; a choice its option's points) and the range is 1 for yes/no,
// max - min for a scale and the highest minus the lowest option points for a choice (a choice
// whose options all carry the same points has range 0: any two answers agree). N/A against
// N/A is 1, N/A against an answer is 0.
//
// Per evaluation, weighted like the form's total (ScorecardScorer): each compared question
// counts as one point in its group, so the alignment is
//   sum over groups(weight x sum of question alignments) / sum over groups(weight x questions)
// over the questions both reviewers answered (an unanswered question, or an answer that does
// not fit the question, is left out rather than guessed). Across several calls the same sums
// are pooled, so a call with more compared questions counts for more.
class CalibrationAlignment
{
public:
    struct Result
    {
        std::optional<double> score; // absent when no question could be compared
        double weighted = 0; // sum(weight x question alignment)
        double weight = 0; // sum(weight) over the compared questions
        QMap<QString, double> questions; // question id -> alignment, compared ones only
    };

    // max - min of the points an answer can earn (see above).
    static double range(const ScorecardQuestion &question);
    // The alignment on one question; nullopt when either answer does not fit the question.
    static std::optional<double> question(const ScorecardQuestion &question,
                                          const ScorecardAnswer &answer,
                                          const ScorecardAnswer &benchmark);
    // One reviewer's evaluation of one call against the benchmark's.
    static Result evaluation(const ScorecardForm &form, const ScorecardAnswers &answers,
                             const ScorecardAnswers &benchmark);
    // Several calls pooled (their sums added).
    static Result pooled(const QList<Result> &results);

    // Every reviewer's pooled alignment over the calls given, as call id -> reviewer ->
    // answers; a call without the benchmark's answers is skipped. The benchmark itself is not
    // listed.
    static QMap<QString, Result>
    perReviewer(const ScorecardForm &form, const QString &benchmark,
                const QMap<QString, QMap<QString, ScorecardAnswers>> &answersByCall);
};
