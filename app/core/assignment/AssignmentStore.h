#pragma once

#include "assignment/AssignmentRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class ReviewQueue;

// Assigned calls in the review database (tables from ReviewMigrations 7; the connection is
// ReviewStore's). A batch is one draw: its rule (seed included) and, for each sampled call, the
// reviewer and the place in their list. Plain SQL that SQLite and PostgreSQL both run; every
// change leaves an audit row ("assignment", the batch id).
class AssignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentStore)

public:
    struct Batch
    {
        qint64 id = 0;
        AssignmentRule rule;
        QString createdBy;
        QDateTime createdAt; // UTC
        QMap<QString, QStringList> byReviewer; // each reviewer's calls, in order
    };

    explicit AssignmentStore(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    // Stores a batch (AssignmentPlanner::Plan::byReviewer) and returns its id, 0 and *error
    // when refused (no call, a call given to two reviewers, an empty reviewer name).
    qint64 assign(const AssignmentRule &rule, const QMap<QString, QStringList> &byReviewer,
                  QString *error = nullptr) const;
    std::optional<Batch> batch(qint64 id) const;
    QList<qint64> batchIds() const; // oldest first

    // Every call assigned to the reviewer, oldest batch first, in their order; each once.
    QStringList callsFor(const QString &reviewer) const;
    // Replaces the reviewer's queue with callsFor(reviewer).
    bool loadQueue(ReviewQueue &queue, const QString &reviewer, QString *error = nullptr) const;

    // Puts newCallId in oldCallId's place (same reviewer, same position). A reason is
    // required (kept in the audit log); the new call must not be in the batch already.
    bool replace(qint64 batchId, const QString &oldCallId, const QString &newCallId,
                 const QString &reason, QString *error = nullptr) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

    QString m_connectionName;
};
