#pragma once

#include "scorecards/ScorecardError.h"
#include "scorecards/ScorecardQuestion.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// An evaluation form: named, versioned, groups of questions, each group with a weight. A value.
// A published version never changes: editing one produces nextVersion() and the reviews already
// made keep pointing at the version they were scored with.
class ScorecardForm
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardForm)

public:
    struct Group
    {
        QString name; // unique in the form; the CLI output names groups by it
        double weight = 1.0; // >= 0; a group of weight 0 is shown but does not count in the total
        QList<ScorecardQuestion> questions;

        friend bool operator==(const Group &a, const Group &b)
        {
            return a.name == b.name && a.weight == b.weight && a.questions == b.questions;
        }
    };

    QString name;
    int version = 1; // >= 1
    QList<Group> groups;

    // Every rule the form breaks, in document order, each with the JSON path of the field
    // (unique question ids and group names, weights >= 0 and one above 0, a scale's min < max,
    // a choice with at least 2 options of unique labels and points >= 0 ...). Empty when valid.
    QList<ScorecardError> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The question with this id, or nullptr.
    const ScorecardQuestion *question(const QString &id) const;
    // Every question id, in form order.
    QStringList questionIds() const;
    // The same form as version + 1: what an editor starts from to change a published form.
    ScorecardForm nextVersion() const;

    friend bool operator==(const ScorecardForm &a, const ScorecardForm &b)
    {
        return a.name == b.name && a.version == b.version && a.groups == b.groups;
    }
};
