#include "scorecards/ScorecardScorer.h"

#include <QStringList>

#include <cmath>

namespace {

using Issue = ScorecardScorer::Issue;

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString describe(const ScorecardAnswer &answer)
{
    switch (answer.kind) {
    case ScorecardAnswer::Kind::NotApplicable:
        return QStringLiteral("\"na\"");
    case ScorecardAnswer::Kind::Text:
        return quoted(answer.text);
    case ScorecardAnswer::Kind::Number:
        break;
    }
    return QString::number(answer.number);
}

// Sums of one score: numerator and denominator, weighted or not.
struct Sums
{
    double earned = 0;
    double possible = 0;

    std::optional<double> fraction() const
    {
        if (!(possible > 0))
            return std::nullopt;
        return earned / possible;
    }
};

} // namespace

std::optional<double> ScorecardScorer::points(const ScorecardQuestion &question,
                                              const ScorecardAnswer &answer, QString *problem)
{
    const bool isText = answer.kind == ScorecardAnswer::Kind::Text;
    switch (question.type) {
    case ScorecardQuestion::Type::YesNo:
        if (isText && answer.text == QStringLiteral("yes"))
            return 1.0;
        if (isText && answer.text == QStringLiteral("no"))
            return 0.0;
        *problem = tr("expected \"yes\" or \"no\", found %1").arg(describe(answer));
        return std::nullopt;
    case ScorecardQuestion::Type::Scale: {
        const double value = answer.number;
        if (answer.kind != ScorecardAnswer::Kind::Number || std::floor(value) != value
            || value < question.min || value > question.max) {
            *problem = tr("expected a whole number from %1 to %2, found %3")
                           .arg(question.min)
                           .arg(question.max)
                           .arg(describe(answer));
            return std::nullopt;
        }
        return value - question.min;
    }
    case ScorecardQuestion::Type::Choice:
        break;
    }
    if (isText) {
        if (const ScorecardQuestion::Option *option = question.option(answer.text))
            return option->points;
    }
    QStringList labels;
    for (const ScorecardQuestion::Option &option : question.options)
        labels.append(quoted(option.label));
    *problem =
        tr("expected one of %1, found %2").arg(labels.join(QStringLiteral(", ")), describe(answer));
    return std::nullopt;
}

bool ScorecardScorer::commentRequired(const ScorecardQuestion &question,
                                      const ScorecardAnswer &answer)
{
    switch (question.commentRequired) {
    case ScorecardQuestion::CommentRule::Never:
        return false;
    case ScorecardQuestion::CommentRule::Always:
        return true;
    case ScorecardQuestion::CommentRule::OnFail:
        break;
    }
    if (answer.isNotApplicable())
        return false;
    QString problem;
    const std::optional<double> earned = points(question, answer, &problem);
    return earned && *earned < question.possiblePoints();
}

QList<Issue> ScorecardScorer::validate(const ScorecardForm &form, const ScorecardAnswers &answers)
{
    QList<Issue> issues;
    if (answers.formName != form.name) {
        issues.append({Issue::Kind::FormMismatch, QString(),
                       tr("the answers are for form %1, not %2")
                           .arg(quoted(answers.formName), quoted(form.name))});
    } else if (answers.formVersion != form.version) {
        issues.append({Issue::Kind::VersionMismatch, QString(),
                       tr("the answers are for version %1 of form %2, the form is version %3")
                           .arg(answers.formVersion)
                           .arg(quoted(form.name))
                           .arg(form.version)});
    }

    for (const ScorecardForm::Group &group : form.groups) {
        for (const ScorecardQuestion &question : group.questions) {
            const QString id = quoted(question.id);
            const auto found = answers.answers.constFind(question.id);
            if (found == answers.answers.constEnd()) {
                issues.append({Issue::Kind::Unanswered, question.id,
                               question.naAllowed
                                   ? tr("question %1 has no answer (answer \"na\" if it does not "
                                        "apply)")
                                         .arg(id)
                                   : tr("question %1 has no answer").arg(id)});
                continue;
            }
            const ScorecardAnswer &answer = found.value();
            QString problem;
            if (answer.isNotApplicable()) {
                if (!question.naAllowed) {
                    issues.append({Issue::Kind::NotApplicableNotAllowed, question.id,
                                   tr("question %1 cannot be answered \"na\"").arg(id)});
                    continue;
                }
            } else if (!points(question, answer, &problem)) {
                issues.append({Issue::Kind::InvalidValue, question.id,
                               tr("question %1: %2").arg(id, problem)});
                continue;
            }
            if (commentRequired(question, answer) && answers.comment(question.id).isEmpty()) {
                issues.append({Issue::Kind::CommentMissing, question.id,
                               question.commentRequired == ScorecardQuestion::CommentRule::Always
                                   ? tr("question %1 needs a comment").arg(id)
                                   : tr("question %1 needs a comment: it did not earn full "
                                        "points")
                                         .arg(id)});
            }
        }
    }

    // Answers or comments for ids the form does not have: most likely another form's file.
    QStringList unknown;
    for (auto it = answers.answers.keyBegin(); it != answers.answers.keyEnd(); ++it) {
        if (!form.question(*it))
            unknown.append(*it);
    }
    for (auto it = answers.comments.keyBegin(); it != answers.comments.keyEnd(); ++it) {
        if (!form.question(*it) && !unknown.contains(*it))
            unknown.append(*it);
    }
    for (const QString &id : std::as_const(unknown)) {
        issues.append({Issue::Kind::UnknownQuestion, id,
                       tr("question %1 is not in form %2 version %3")
                           .arg(quoted(id), quoted(form.name))
                           .arg(form.version)});
    }
    return issues;
}

ScorecardResult ScorecardScorer::score(const ScorecardForm &form, const ScorecardAnswers &answers)
{
    ScorecardResult result;
    Sums total;
    Sums critical;
    for (const ScorecardForm::Group &group : form.groups) {
        Sums groupSums;
        Sums groupCritical;
        for (const ScorecardQuestion &question : group.questions) {
            ScorecardResult::QuestionScore scored;
            scored.id = question.id;
            const auto found = answers.answers.constFind(question.id);
            if (found != answers.answers.constEnd() && found->isNotApplicable()) {
                scored.notApplicable = true;
            } else if (found != answers.answers.constEnd()) {
                QString problem;
                if (const std::optional<double> earned = points(question, *found, &problem)) {
                    scored.counted = true;
                    scored.earned = *earned;
                    scored.possible = question.possiblePoints();
                    scored.fatalFailed = question.fatal && *earned <= question.lowestPoints();
                }
            }
            if (scored.counted) {
                groupSums.earned += scored.earned;
                groupSums.possible += scored.possible;
                if (question.critical) {
                    groupCritical.earned += scored.earned;
                    groupCritical.possible += scored.possible;
                }
            }
            if (scored.fatalFailed)
                result.fatal.append(question.id);
            result.questions.append(scored);
        }
        total.earned += groupSums.earned * group.weight;
        total.possible += groupSums.possible * group.weight;
        critical.earned += groupCritical.earned * group.weight;
        critical.possible += groupCritical.possible * group.weight;
        result.groups.append(
            {group.name, group.weight, groupSums.earned, groupSums.possible, groupSums.fraction()});
    }
    result.score = result.fatal.isEmpty() ? total.fraction() : std::optional<double>(0.0);
    result.criticalScore = critical.fraction();
    return result;
}
