#pragma once

#include "scorecards/ScorecardAnswers.h"
#include "scorecards/ScorecardForm.h"
#include "scorecards/ScorecardResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class ScorecardStore;

// The scorecard part of a review report: form name and version, total and critical score,
// the fatal questions that failed, the group scores and every question's answer and comment.
// The review report (ReviewReportExporter) adds it per call; the queue shows score().
class ScorecardReport
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardReport)

public:
    struct Evaluation
    {
        ScorecardForm form; // the version the answers were given with
        ScorecardAnswers answers;
        ScorecardResult result;
    };
    using Evaluations = QHash<QString, Evaluation>; // by call ID

    // The call's stored scorecard: the given reviewer's, else the first reviewer's who has one.
    static std::optional<Evaluation> load(const ScorecardStore &store, const QString &callId,
                                          const QString &reviewer = {});
    static Evaluations loadAll(const ScorecardStore &store, const QStringList &callIds);

    // "82%", "–" for an absent score.
    static QString percent(const std::optional<double> &score);

    // heading: "###" or "####", the level of the scorecard's heading.
    static QString markdown(const Evaluation &evaluation, const QString &heading);
    static QString html(const Evaluation &evaluation);
    // CSV columns: form, score, critical score, fatal (question ids); empty without a scorecard.
    static QStringList csvHeader();
    static QStringList csvFields(const Evaluation *evaluation);
};
