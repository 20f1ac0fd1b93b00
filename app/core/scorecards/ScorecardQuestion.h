#pragma once

#include "scorecards/ScorecardAnswer.h"

#include <QList>
#include <QString>

#include <optional>

// One question of a scorecard form. A value: the form holds it, the JSON reader builds it, the
// scorer reads it. What a question can earn depends on its type:
//   yes_no: yes = 1, no = 0, of 1
//   scale:  value - min, of max - min (min may be above 0: a 1..5 scale answered 4 earns 3 of 4)
//   choice: the chosen option's points, of the highest option's points
struct ScorecardQuestion
{
    enum class Type : quint8 { YesNo, Scale, Choice };
    // When the reviewer must write a comment: never, when the question earned less than its
    // full points (on_fail), or for every answer, N/A included (always).
    enum class CommentRule : quint8 { Never, OnFail, Always };

    struct Option
    {
        QString label; // what the answer file writes; never "na" (reserved for N/A)
        double points = 0; // >= 0

        friend bool operator==(const Option &a, const Option &b)
        {
            return a.label == b.label && a.points == b.points;
        }
    };

    // An answer an automatic finding suggests ("suggested_by": {"finding": "repetition-cycle",
    // "answer": "no"}): when the call's findings contain that kind, the reviewer is offered the
    // answer; it is never filled in without the reviewer accepting it.
    struct Suggestion
    {
        QString finding; // a Finding::kindKey ("repetition-cycle", "dead-air" ...)
        ScorecardAnswer answer; // never N/A

        friend bool operator==(const Suggestion &a, const Suggestion &b)
        {
            return a.finding == b.finding && a.answer == b.answer;
        }
    };

    QString id; // unique in the form; the key of the answers file
    QString text;
    QString help; // optional guidance for the reviewer
    Type type = Type::YesNo;
    int min = 0; // scale only; integers so that each value has a key in the window
    int max = 0;
    QList<Option> options; // choice only, in the order shown
    bool naAllowed = false;
    bool critical = false; // counts toward the critical score as well
    bool fatal = false; // answered with its lowest option, the whole evaluation scores 0
    CommentRule commentRequired = CommentRule::Never;
    std::optional<Suggestion> suggestedBy;

    // The points of a full answer: 1, max - min, or the highest option's points.
    double possiblePoints() const;
    // The points of the worst answer (no, min, the lowest option): a fatal question answered so
    // fails the evaluation.
    double lowestPoints() const;
    // The option with this label, or nullptr.
    const Option *option(const QString &label) const;

    // Stable keys of the JSON files: "yes_no", "scale", "choice"; "never", "on_fail", "always".
    static QString typeKey(Type type);
    static std::optional<Type> typeFromKey(const QString &key);
    static QString commentRuleKey(CommentRule rule);
    static std::optional<CommentRule> commentRuleFromKey(const QString &key);

    friend bool operator==(const ScorecardQuestion &a, const ScorecardQuestion &b)
    {
        return a.id == b.id && a.text == b.text && a.help == b.help && a.type == b.type
            && a.min == b.min && a.max == b.max && a.options == b.options
            && a.naAllowed == b.naAllowed && a.critical == b.critical && a.fatal == b.fatal
            && a.commentRequired == b.commentRequired && a.suggestedBy == b.suggestedBy;
    }
};
