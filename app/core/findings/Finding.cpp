#include "findings/Finding.h"

#include "review/ReviewCategory.h"

#include <QJsonArray>

QString Finding::key() const
{
    QString text = kindKey(kind) + u':';
    for (int i = 0; i < turns.size(); ++i) {
        if (i > 0)
            text += u',';
        text += QString::number(turns.at(i));
    }
    return text;
}

QString Finding::suggestedCategoryKey() const
{
    switch (kind) {
    case Kind::RepeatedUtterance:
    case Kind::RepetitionCycle:
    case Kind::RepeatedQuestion:
        return ReviewCategory::repeated;
    case Kind::Misunderstanding:
        return ReviewCategory::misunderstood;
    case Kind::HumanRequested:
        return ReviewCategory::shouldEscalate;
    case Kind::LongMonologue:
    case Kind::SpeakerShare:
    case Kind::BargeIn: // talking over someone is a matter of manner
    case Kind::TalkTime:
    case Kind::LongestTurn:
        return ReviewCategory::tone;
    case Kind::TurnCount:
    case Kind::EndReason:
    case Kind::ResponseTime:
    case Kind::SlowResponse:
    case Kind::DeadAir:
    case Kind::FirstWord:
        break;
    }
    return ReviewCategory::other;
}

QString Finding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::RepeatedUtterance:
        return QStringLiteral("repeated-utterance");
    case Kind::RepetitionCycle:
        return QStringLiteral("repetition-cycle");
    case Kind::RepeatedQuestion:
        return QStringLiteral("repeated-question");
    case Kind::Misunderstanding:
        return QStringLiteral("misunderstanding");
    case Kind::HumanRequested:
        return QStringLiteral("human-requested");
    case Kind::LongMonologue:
        return QStringLiteral("long-monologue");
    case Kind::SpeakerShare:
        return QStringLiteral("speaker-share");
    case Kind::TurnCount:
        return QStringLiteral("turn-count");
    case Kind::EndReason:
        return QStringLiteral("end-reason");
    case Kind::ResponseTime:
        return QStringLiteral("response-time");
    case Kind::SlowResponse:
        return QStringLiteral("slow-response");
    case Kind::DeadAir:
        return QStringLiteral("dead-air");
    case Kind::BargeIn:
        return QStringLiteral("barge-in");
    case Kind::TalkTime:
        return QStringLiteral("talk-time");
    case Kind::LongestTurn:
        return QStringLiteral("longest-turn");
    case Kind::FirstWord:
        return QStringLiteral("first-word");
    }
    return QString();
}

QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Problem:
        return QStringLiteral("problem");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return tr("Warning");
    case Severity::Problem:
        return tr("Problem");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QJsonObject Finding::toJson() const
{
    QJsonArray turnArray;
    for (const int turn : turns)
        turnArray.append(turn);
    QJsonObject object{
        {QStringLiteral("kind"), kindKey(kind)},
        {QStringLiteral("severity"), severityKey(severity)},
        {QStringLiteral("message"), message},
        {QStringLiteral("turns"), turnArray},
        {QStringLiteral("key"), key()},
    };
    if (!details.isEmpty())
        object.insert(QStringLiteral("details"), details);
    return object;
}
