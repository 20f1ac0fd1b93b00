#include "scorecards/ScorecardAnswers.h"

QString ScorecardAnswers::comment(const QString &questionId) const
{
    return comments.value(questionId).trimmed();
}
