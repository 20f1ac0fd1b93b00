#include "scorecards/ScorecardForm.h"

#include "scorecards/ScorecardPath.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// The rules of one question; where is its path ("groups[0].questions[2]").
void validateQuestion(const ScorecardQuestion &question, const QString &where,
                      QList<ScorecardError> *problems)
{
    const auto add = [&](const QString &key, const QString &message) {
        problems->append({ScorecardPath::key(where, key), message});
    };
    if (isBlank(question.text))
        add(QStringLiteral("text"), ScorecardForm::tr("the question has no text"));

    switch (question.type) {
    case ScorecardQuestion::Type::YesNo:
        if (!question.options.isEmpty())
            add(QStringLiteral("options"), ScorecardForm::tr("only a choice question has options"));
        break;
    case ScorecardQuestion::Type::Scale:
        if (question.min >= question.max) {
            add(QStringLiteral("max"),
                ScorecardForm::tr("max (%1) must be above min (%2)")
                    .arg(question.max)
                    .arg(question.min));
        }
        if (!question.options.isEmpty())
            add(QStringLiteral("options"), ScorecardForm::tr("only a choice question has options"));
        break;
    case ScorecardQuestion::Type::Choice: {
        const QString optionsPath = ScorecardPath::key(where, QStringLiteral("options"));
        if (question.options.size() < 2) {
            problems->append(
                {optionsPath, ScorecardForm::tr("a choice question needs at least 2 options")});
            break;
        }
        QSet<QString> labels;
        for (qsizetype i = 0; i < question.options.size(); ++i) {
            const ScorecardQuestion::Option &option = question.options.at(i);
            const QString optionPath = ScorecardPath::index(optionsPath, i);
            const QString labelPath = ScorecardPath::key(optionPath, QStringLiteral("label"));
            if (isBlank(option.label)) {
                problems->append({labelPath, ScorecardForm::tr("the option has no label")});
            } else if (option.label == QStringLiteral("na")) {
                problems->append({labelPath, ScorecardForm::tr("\"na\" is reserved for N/A")});
            } else if (labels.contains(option.label)) {
                problems->append(
                    {labelPath,
                     ScorecardForm::tr("\"%1\" is used by another option").arg(option.label)});
            }
            labels.insert(option.label);
            if (!std::isfinite(option.points) || option.points < 0) {
                problems->append({ScorecardPath::key(optionPath, QStringLiteral("points")),
                                  ScorecardForm::tr("points must be 0 or more")});
            }
        }
        if (!(question.possiblePoints() > 0)) {
            problems->append(
                {optionsPath, ScorecardForm::tr("at least one option must be worth points")});
        }
        break;
    }
    }
}

} // namespace

QList<ScorecardError> ScorecardForm::validate() const
{
    QList<ScorecardError> problems;
    if (isBlank(name))
        problems.append({QStringLiteral("name"), tr("the form has no name")});
    if (version < 1)
        problems.append({QStringLiteral("version"), tr("the version must be 1 or more")});
    if (groups.isEmpty()) {
        problems.append({QStringLiteral("groups"), tr("the form has no groups")});
        return problems;
    }

    QSet<QString> groupNames;
    QHash<QString, QString> questionPaths; // id -> path of its first use
    bool anyWeight = false;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Group &group = groups.at(g);
        const QString groupPath = ScorecardPath::index(QStringLiteral("groups"), g);
        const QString namePath = ScorecardPath::key(groupPath, QStringLiteral("name"));
        if (isBlank(group.name))
            problems.append({namePath, tr("the group has no name")});
        else if (groupNames.contains(group.name))
            problems.append({namePath, tr("\"%1\" names another group too").arg(group.name)});
        groupNames.insert(group.name);
        if (!std::isfinite(group.weight) || group.weight < 0) {
            problems.append({ScorecardPath::key(groupPath, QStringLiteral("weight")),
                             tr("the weight must be 0 or more")});
        } else if (group.weight > 0) {
            anyWeight = true;
        }

        const QString questionsPath = ScorecardPath::key(groupPath, QStringLiteral("questions"));
        if (group.questions.isEmpty())
            problems.append({questionsPath, tr("the group has no questions")});
        for (qsizetype q = 0; q < group.questions.size(); ++q) {
            const ScorecardQuestion &question = group.questions.at(q);
            const QString questionPath = ScorecardPath::index(questionsPath, q);
            const QString idPath = ScorecardPath::key(questionPath, QStringLiteral("id"));
            if (isBlank(question.id)) {
                problems.append({idPath, tr("the question has no id")});
            } else if (questionPaths.contains(question.id)) {
                problems.append({idPath,
                                 tr("\"%1\" is also the id of %2")
                                     .arg(question.id, questionPaths.value(question.id))});
            } else {
                questionPaths.insert(question.id, questionPath);
            }
            validateQuestion(question, questionPath, &problems);
        }
    }
    if (!anyWeight) {
        problems.append({QStringLiteral("groups"),
                         tr("every group has weight 0: at least one must count in the total")});
    }
    return problems;
}

const ScorecardQuestion *ScorecardForm::question(const QString &id) const
{
    for (const Group &group : groups) {
        for (const ScorecardQuestion &candidate : group.questions) {
            if (candidate.id == id)
                return &candidate;
        }
    }
    return nullptr;
}

QStringList ScorecardForm::questionIds() const
{
    QStringList ids;
    for (const Group &group : groups) {
        for (const ScorecardQuestion &question : group.questions)
            ids.append(question.id);
    }
    return ids;
}

ScorecardForm ScorecardForm::nextVersion() const
{
    ScorecardForm next = *this;
    next.version = version + 1;
    return next;
}
