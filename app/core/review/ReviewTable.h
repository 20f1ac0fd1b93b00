#pragma once

#include "review/Review.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The reviews table and its child table flags: one row per reviewed call, its flags in the
// order they were set. A review and its flags are written together in one transaction.
class ReviewTable
{
public:
    explicit ReviewTable(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    // The stored review, or an empty one (verdict None) carrying callId.
    Review load(const QString &callId) const;
    bool save(const Review &review, QString *reason) const;
    bool remove(const QString &callId, QString *reason) const; // its flags go with it
    // The verdict of each given call that has a review.
    QHash<QString, Review::Verdict> verdicts(const QStringList &callIds) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    static QList<ReviewFlag> loadFlags(QSqlDatabase db, const QString &callId);
    static bool saveFlags(QSqlDatabase &db, const Review &review, QString *reason);

    QString m_connectionName;
};
