#include "calibration/CalibrationAlignment.h"

#include "scorecards/ScorecardScorer.h"

#include <algorithm>
#include <cmath>

double CalibrationAlignment::range(const ScorecardQuestion &question)
{
    switch (question.type) {
    case ScorecardQuestion::Type::YesNo:
        return 1.0;
    case ScorecardQuestion::Type::Scale:
        return double(question.max - question.min);
    case ScorecardQuestion::Type::Choice:
        break;
    }
    if (question.options.isEmpty())
        return 0.0;
    const auto [lowest, highest] =
        std::minmax_element(question.options.cbegin(), question.options.cend(),
                            [](const ScorecardQuestion::Option &a,
                               const ScorecardQuestion::Option &b) { return a.points < b.points; });
    return highest->points - lowest->points;
}

std::optional<double> CalibrationAlignment::question(const ScorecardQuestion &question,
                                                     const ScorecardAnswer &answer,
                                                     const ScorecardAnswer &benchmark)
{
    if (answer.isNotApplicable() || benchmark.isNotApplicable())
        return answer.isNotApplicable() && benchmark.isNotApplicable() ? 1.0 : 0.0;
    QString problem;
    // The scorer's points differ from the values by a constant (a scale's min), which the
    // difference cancels.
    const std::optional<double> mine = ScorecardScorer::points(question, answer, &problem);
    const std::optional<double> theirs = ScorecardScorer::points(question, benchmark, &problem);
    if (!mine || !theirs)
        return std::nullopt;
    const double span = range(question);
    if (!(span > 0))
        return 1.0;
    return std::clamp(1.0 - std::abs(*mine - *theirs) / span, 0.0, 1.0);
}

CalibrationAlignment::Result CalibrationAlignment::evaluation(const ScorecardForm &form,
                                                              const ScorecardAnswers &answers,
                                                              const ScorecardAnswers &benchmark)
{
    Result result;
    for (const ScorecardForm::Group &group : form.groups) {
        for (const ScorecardQuestion &question : group.questions) {
            const auto mine = answers.answers.constFind(question.id);
            const auto theirs = benchmark.answers.constFind(question.id);
            if (mine == answers.answers.cend() || theirs == benchmark.answers.cend())
                continue;
            const std::optional<double> aligned =
                CalibrationAlignment::question(question, *mine, *theirs);
            if (!aligned)
                continue;
            result.questions.insert(question.id, *aligned);
            result.weighted += group.weight * *aligned;
            result.weight += group.weight;
        }
    }
    if (result.weight > 0)
        result.score = result.weighted / result.weight;
    return result;
}

CalibrationAlignment::Result CalibrationAlignment::pooled(const QList<Result> &results)
{
    Result total;
    for (const Result &result : results) {
        total.weighted += result.weighted;
        total.weight += result.weight;
    }
    if (total.weight > 0)
        total.score = total.weighted / total.weight;
    return total;
}

QMap<QString, CalibrationAlignment::Result> CalibrationAlignment::perReviewer(
    const ScorecardForm &form, const QString &benchmark,
    const QMap<QString, QMap<QString, ScorecardAnswers>> &answersByCall)
{
    QMap<QString, QList<Result>> byReviewer;
    for (const QMap<QString, ScorecardAnswers> &reviewers : answersByCall) {
        const auto reference = reviewers.constFind(benchmark);
        if (reference == reviewers.cend())
            continue;
        for (auto it = reviewers.cbegin(); it != reviewers.cend(); ++it) {
            if (it.key() != benchmark)
                byReviewer[it.key()].append(evaluation(form, it.value(), *reference));
        }
    }
    QMap<QString, Result> result;
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it)
        result.insert(it.key(), pooled(it.value()));
    return result;
}
