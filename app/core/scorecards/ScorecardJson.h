#pragma once

#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardError.h"
#include "scorecards/ScorecardForm.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The JSON files forms and answers are exchanged in (docs/SCORECARDS.md has the schema):
//   form    {"name", "version", "groups": [{"name", "weight", "questions": [{"id", "text",
//            "help", "type", "min", "max", "options", "na_allowed", "critical", "fatal",
//            "comment_required", "suggested_by": {"finding", "answer"}}]}]}
//   answers {"form", "form_version", "answers": {"<id>": "yes"|"no"|"na"|number|"<option>"},
//            "comments": {"<id>": "..."}}
// A choice's "options" is [{"label", "points"}], or the short form ["poor", "fair", "good"]
// where each label is worth its position (0, 1, 2 ...). Reading stops at the first problem and
// names its JSON path (`groups[1].questions[0].type: expected one of yes_no, scale, choice`).
// Keys the schema does not list are errors inside groups, questions and options (a misspelt
// "na_alowed" must not pass silently) and ignored at the top level of either file, where a
// tool may keep its own notes ("description", "call_id", "reviewer").
class ScorecardJson
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardJson)

public:
    // A structurally sound and valid form (ScorecardForm::validate()), or nullopt and *error.
    static std::optional<ScorecardForm> readForm(const QByteArray &json, ScorecardError *error);
    // Answers in the right shape, or nullopt and *error. Whether they fit a form is the
    // scorer's question (ScorecardScorer::validate).
    static std::optional<ScorecardAnswers> readAnswers(const QByteArray &json,
                                                       ScorecardError *error);
    // The same from an object already parsed (answersToJson's shape).
    static std::optional<ScorecardAnswers> readAnswers(const QJsonObject &root,
                                                       ScorecardError *error);

    static QJsonObject formToJson(const ScorecardForm &form);
    static QJsonObject answersToJson(const ScorecardAnswers &answers);
    // Indented JSON text, as a person would keep in a repository; readForm/readAnswers read it
    // back to an equal value.
    static QByteArray writeForm(const ScorecardForm &form);
    static QByteArray writeAnswers(const ScorecardAnswers &answers);
};
