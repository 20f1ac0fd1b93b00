#pragma once

#include "calibration/CalibrationSession.h"
#include "scorecards/ScorecardAnswers.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Calibration sessions and the answers given in them, in the review database (tables from
// ReviewMigrations 6; the connection is ReviewStore's, named by connectionName). Plain SQL that
// SQLite and PostgreSQL both run.
//
// Calibration answers live in their own tables, never in scorecard_evaluations/answers: they
// are exercises, and must not count in a reviewer's or an assistant's normal scores.
//
// Blind scoring is enforced here: a reviewer submits once per call (complete answers for the
// session's form, refused afterwards: changing an answer after seeing the peers' would defeat
// the exercise), and a peer's answers for a call are given to a viewer only once the viewer
// has submitted their own for that call.
class CalibrationStore
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationStore)

public:
    explicit CalibrationStore(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    // Stores a new session and returns its id (0 and *error when refused): a name, a stored
    // form version, at least one call, at least two participants, the benchmark among them
    // (added when missing). Repeated calls and participants are kept once.
    qint64 create(const CalibrationSession &session, QString *error = nullptr) const;
    std::optional<CalibrationSession> session(qint64 id) const;
    QList<CalibrationSession> sessions() const; // newest first
    // The sessions this reviewer takes part in, newest first.
    QList<CalibrationSession> sessionsOf(const QString &reviewer) const;

    // The reviewer's answers for one call of the session: complete for the session's form
    // (ScorecardScorer::validate finds nothing), once.
    bool submit(qint64 sessionId, const QString &callId, const QString &reviewer,
                const ScorecardAnswers &answers, QString *error = nullptr) const;
    bool hasSubmitted(qint64 sessionId, const QString &callId, const QString &reviewer) const;
    // Who submitted for this call, sorted (names only: no answers).
    QStringList submitted(qint64 sessionId, const QString &callId) const;

    // The answers of reviewer for the call as viewer may see them: their own always, a peer's
    // only once viewer submitted for that call (nullopt and *error otherwise, or when there
    // are none).
    std::optional<ScorecardAnswers> answers(qint64 sessionId, const QString &callId,
                                            const QString &reviewer, const QString &viewer,
                                            QString *error = nullptr) const;
    // Every submitted evaluation of the call that viewer may see, by reviewer: all of them
    // once viewer submitted, none before.
    QMap<QString, ScorecardAnswers> visibleAnswers(qint64 sessionId, const QString &callId,
                                                   const QString &viewer) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    std::optional<ScorecardAnswers> storedAnswers(qint64 sessionId, const QString &callId,
                                                  const QString &reviewer) const;
    QList<CalibrationSession> sessionsWhere(const QString &condition,
                                            const QVariantList &values) const;

    QString m_connectionName;
};
