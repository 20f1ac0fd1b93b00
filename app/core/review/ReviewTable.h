#pragma once

#include "review/Review.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The reviews table and its child table flags: one row per reviewed call, its flags in the
// order they were set. A review and its flags are written together in one transaction, with
// an audit row (AuditLog).
//
// Optimistic concurrency: each row has a version, bumped by every save. A save states the
// version it started from (Review::version; 0 for a call with no row yet) and is refused as a
// Conflict when the row has moved on (another reviewer, another window, a deleted row): it
// never overwrites a change it has not seen.
class ReviewTable
{
public:
    struct SaveResult
    {
        enum class Status : quint8 { Saved, Conflict, Failed };
        Status status = Status::Failed;
        int version = 0; // Saved: the row's new version, for the next save

        explicit operator bool() const { return status == Status::Saved; }
    };

    explicit ReviewTable(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    // The stored review (with its version), or an empty one (verdict None) carrying callId.
    Review load(const QString &callId) const;
    SaveResult save(const Review &review, QString *reason) const;
    bool remove(const QString &callId, QString *reason) const; // its flags go with it
    // The verdict of each given call that has a review.
    QHash<QString, Review::Verdict> verdicts(const QStringList &callIds) const;
    // Every stored review with its flags, by call ID.
    QList<Review> all() const;

    // Writes many reviews in ONE transaction (all or nothing), keyed by (call ID, reviewer):
    // a new call is inserted, a stored one by the same reviewer is updated when it differs and
    // left alone when it says the same (so importing a file twice changes nothing), and one
    // stored by another reviewer is a conflict that writes nothing. A review's reviewedAt may
    // be invalid: the stored time is kept when nothing else changed, else now.
    // Concurrent imports into one database are ordered by the audit counter's row lock, taken
    // first; a transaction that still loses a race (a save in between, a deadlock) is tried
    // again, so nothing is lost.
    struct ImportResult
    {
        enum class Status : quint8 { Imported, Conflict, Failed };
        Status status = Status::Failed;
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;

        explicit operator bool() const { return status == Status::Imported; }
    };
    ImportResult import(QList<Review> reviews, QString *reason) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    static QList<ReviewFlag> loadFlags(QSqlDatabase db, const QString &callId);
    // Insert or update the row when it is still at review.version; false with *conflict set
    // when it is not.
    static bool writeRow(QSqlDatabase &db, const Review &review, bool *conflict, QString *reason);
    static bool saveFlags(QSqlDatabase &db, const Review &review, QString *reason);
    // One review of an import, inside its transaction.
    static bool importOne(QSqlDatabase &db, Review review, ImportResult *result, bool *conflict,
                          QString *reason);

    QString m_connectionName;
};
