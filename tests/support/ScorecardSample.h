#pragma once

// A small scorecard form for the scorecard UI and report suites, with a hand-computed score:
//   Opening (weight 1):    greet yes_no; name yes_no, N/A allowed, comment on_fail
//   Resolution (weight 3): loop yes_no, critical, comment on_fail, suggested by a
//                          repetition-cycle finding ("no"); pace scale 1..5;
//                          close choice none 0 / partly 1 / full 2
//   Compliance (weight 2): consent yes_no, critical and fatal
// Answered Y, A, Y, 4, 2 (partly), Y: Opening 1/1, Resolution (1 + 3 + 1) / (1 + 4 + 2) = 5/7,
// Compliance 1/1; total (1x1 + 5x3 + 1x2) / (1x1 + 7x3 + 1x2) = 18/24 = 75%; critical
// (1x3 + 1x2) / (1x3 + 1x2) = 100%.
#include "scorecards/ScorecardJson.h"

#include <QtGlobal>

namespace ScorecardSample {

inline QByteArray formJson(int version = 1)
{
    QByteArray json = R"({
  "name": "Test QA",
  "version": 1,
  "groups": [
    {"name": "Opening", "weight": 1, "questions": [
      {"id": "greet", "text": "Greets the caller", "type": "yes_no"},
      {"id": "name", "text": "Asks for the caller name", "type": "yes_no", "na_allowed": true,
       "comment_required": "on_fail"}]},
    {"name": "Resolution", "weight": 3, "questions": [
      {"id": "loop", "text": "No loops", "type": "yes_no", "critical": true,
       "comment_required": "on_fail",
       "suggested_by": {"finding": "repetition-cycle", "answer": "no"}},
      {"id": "pace", "text": "Pace", "type": "scale", "min": 1, "max": 5},
      {"id": "close", "text": "Closes the call", "type": "choice",
       "options": [{"label": "none", "points": 0}, {"label": "partly", "points": 1},
                   {"label": "full", "points": 2}]}]},
    {"name": "Compliance", "weight": 2, "questions": [
      {"id": "consent", "text": "Asks for recording consent", "type": "yes_no",
       "critical": true, "fatal": true}]}
  ]
})";
    // (No apostrophes in the texts: moc reads this header and would take one for a char.)
    const QByteArray numbered = "\"version\": " + QByteArray::number(version) + ",";
    return json.replace(QByteArray("\"version\": 1,"), numbered);
}

inline ScorecardForm form(int version = 1)
{
    ScorecardError error;
    const std::optional<ScorecardForm> form = ScorecardJson::readForm(formJson(version), &error);
    if (!form)
        qFatal("sample form: %s", qPrintable(error.toString()));
    return *form;
}

// The answers of the hand-computed example above.
inline ScorecardAnswers answers()
{
    ScorecardAnswers answers;
    answers.formName = QStringLiteral("Test QA");
    answers.formVersion = 1;
    answers.answers = {
        {QStringLiteral("greet"), ScorecardAnswer::yes()},
        {QStringLiteral("name"), ScorecardAnswer::notApplicable()},
        {QStringLiteral("loop"), ScorecardAnswer::yes()},
        {QStringLiteral("pace"), ScorecardAnswer::fromNumber(4)},
        {QStringLiteral("close"), ScorecardAnswer::fromText(QStringLiteral("partly"))},
        {QStringLiteral("consent"), ScorecardAnswer::yes()}};
    return answers;
}

} // namespace ScorecardSample
