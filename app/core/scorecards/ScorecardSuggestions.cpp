#include "scorecards/ScorecardSuggestions.h"

#include "scorecards/ScorecardPath.h"

QList<ScorecardSuggestions::Suggestion> ScorecardSuggestions::match(const ScorecardForm &form,
                                                                    const QList<Evidence> &findings)
{
    QList<Suggestion> result;
    for (const ScorecardForm::Group &group : form.groups) {
        for (const ScorecardQuestion &question : group.questions) {
            if (!question.suggestedBy)
                continue;
            for (const Evidence &finding : findings) {
                if (finding.finding != question.suggestedBy->finding)
                    continue;
                result.append({question.id, question.suggestedBy->answer,
                               question.suggestedBy->finding, finding.turnIndex});
                break;
            }
        }
    }
    return result;
}

QString ScorecardSuggestions::describe(const ScorecardQuestion &question,
                                       const Suggestion &suggestion)
{
    const QString answer = answerText(question, suggestion.answer);
    return suggestion.turnIndex < 0
        ? tr("Suggested: %1 — %2").arg(answer, suggestion.finding)
        : tr("Suggested: %1 — %2 at turn %3")
              .arg(answer, suggestion.finding, QString::number(suggestion.turnIndex + 1));
}

QString ScorecardSuggestions::answerText(const ScorecardQuestion &question,
                                         const ScorecardAnswer &answer)
{
    switch (answer.kind) {
    case ScorecardAnswer::Kind::NotApplicable:
        return tr("N/A");
    case ScorecardAnswer::Kind::Number:
        return QString::number(answer.number);
    case ScorecardAnswer::Kind::Text:
        break;
    }
    if (question.type == ScorecardQuestion::Type::YesNo) {
        if (answer.text == u"yes")
            return tr("Yes");
        if (answer.text == u"no")
            return tr("No");
    }
    return answer.text;
}

QList<ScorecardError> ScorecardSuggestions::unknownFindings(const ScorecardForm &form,
                                                            const QStringList &knownKinds)
{
    QList<ScorecardError> result;
    for (qsizetype g = 0; g < form.groups.size(); ++g) {
        const QList<ScorecardQuestion> &questions = form.groups.at(g).questions;
        for (qsizetype q = 0; q < questions.size(); ++q) {
            const ScorecardQuestion &question = questions.at(q);
            if (!question.suggestedBy || knownKinds.contains(question.suggestedBy->finding))
                continue;
            const QString path = ScorecardPath::key(
                ScorecardPath::key(
                    ScorecardPath::index(
                        ScorecardPath::key(ScorecardPath::index(QStringLiteral("groups"), g),
                                           QStringLiteral("questions")),
                        q),
                    QStringLiteral("suggested_by")),
                QStringLiteral("finding"));
            result.append(
                {path,
                 tr("unknown finding kind \"%1\" (expected one of %2)")
                     .arg(question.suggestedBy->finding, knownKinds.join(QStringLiteral(", ")))});
        }
    }
    return result;
}
