#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The score of one evaluation (ScorecardScorer::score). Scores are fractions 0..1; a score
// nothing counted toward (every question N/A) is absent rather than 0 or 1.
struct ScorecardResult
{
    struct QuestionScore
    {
        QString id;
        bool counted = false; // a valid answer other than N/A: earned and possible count
        bool notApplicable = false;
        double earned = 0; // 0 when not counted
        double possible = 0; // 0 when not counted
        bool fatalFailed = false; // a fatal question answered with its lowest option
    };
    struct GroupScore
    {
        QString name;
        double weight = 1.0;
        double earned = 0; // the sum over its counted questions, unweighted
        double possible = 0;
        std::optional<double> score; // earned / possible; absent when possible is 0
    };

    // sum(group earned x weight) / sum(group possible x weight); 0 when a fatal question failed.
    std::optional<double> score;
    // The same over critical questions only; absent when no critical question counted.
    std::optional<double> criticalScore;
    QStringList fatal; // ids of the fatal questions that failed the evaluation, in form order
    QList<GroupScore> groups; // in form order
    QList<QuestionScore> questions; // in form order

    const QuestionScore *question(const QString &id) const;

    // What `callreview --score` prints: {"score", "critical_score", "fatal": [ids],
    // "groups": [{"name", "score"}]}, null for an absent score.
    QJsonObject toJson() const;
};
