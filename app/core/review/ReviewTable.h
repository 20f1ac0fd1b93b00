#pragma once

#include "review/Review.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The reviews table and its child table flags: one row per call and reviewer (a team's
// reviewers each keep their own review of a call), its flags in the order they were set. A
// review and its flags are written together in one transaction, with an audit row (AuditLog).
//
// Whose review is "the" review of a call for a reviewer (ownReviewer): their own row; else the
// call's unnamed row ('', written before a name was set), which the first save under the name
// takes over (load returns it with the name as reviewer and storedReviewer ''); and for an empty
// reviewer (the single-user SQLite file without a name) the unnamed row, else the call's one
// row whatever its reviewer (the first by name when an import brought several), so nothing a
// user stored before is hidden by the key.
//
// Optimistic concurrency: each row has a version, bumped by every save. A save states the
// version it started from (Review::version; 0 for a review with no row yet) and is refused as a
// Conflict when the row has moved on (another window, a deleted row, an unnamed row taken over
// by someone else): it never overwrites a change it has not seen.
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

    // reviewer's review of the call (see above), with its version and storedReviewer, or an
    // empty one (verdict None, version 0) carrying callId and reviewer.
    Review load(const QString &callId, const QString &reviewer) const;
    // Every reviewer's review of the call, by reviewer.
    QList<Review> reviewsOf(const QString &callId) const;
    // Writes the row (review.callId, review.storedReviewer or else review.reviewer) at
    // review.version, keyed from then on by review.reviewer; version 0 inserts (review.callId,
    // review.reviewer).
    SaveResult save(const Review &review, QString *reason) const;
    // The row (callId, reviewer) exactly; its flags go with it.
    bool remove(const QString &callId, const QString &reviewer, QString *reason) const;
    // The verdict of reviewer's review (as load picks it) of each given call that has one.
    QHash<QString, Review::Verdict> verdicts(const QStringList &callIds,
                                             const QString &reviewer) const;
    // Every stored review (every reviewer's) with its flags, by call ID then reviewer.
    QList<Review> all() const;

    // Which stored reviewer's row is reviewer's review of a call whose rows are by
    // storedReviewers; nullopt when none is.
    static std::optional<QString> ownReviewer(QStringList storedReviewers, const QString &reviewer);

    // Writes many reviews in ONE transaction (all or nothing), keyed by (call ID, reviewer)
    // exactly: a new pair is inserted, a stored one is updated when it differs and left alone
    // when it says the same (so importing a file twice changes nothing). A call reviewed by
    // several reviewers keeps each one's row. A review's reviewedAt may be invalid: the stored
    // time is kept when nothing else changed, else now.
    // Concurrent imports and saves into one database are ordered by the audit counter's row
    // lock, taken first (AuditLog::transaction); a transaction that still fails is tried
    // again, so nothing is lost.
    struct ImportResult
    {
        enum class Status : quint8 { Imported, Failed };
        Status status = Status::Failed;
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;

        explicit operator bool() const { return status == Status::Imported; }
    };
    ImportResult import(QList<Review> reviews, QString *reason) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    // The stored row (callId, storedReviewer) with its flags; nullopt when there is none.
    static std::optional<Review> readRow(QSqlDatabase db, const QString &callId,
                                         const QString &storedReviewer, QString *reason);
    static QStringList reviewersOf(QSqlDatabase db, const QString &callId, QString *reason);
    static QList<ReviewFlag> loadFlags(QSqlDatabase db, const QString &callId,
                                       const QString &reviewer);
    // Insert or update the row when it is still at review.version; false with *conflict set
    // when it is not.
    static bool writeRow(QSqlDatabase &db, const Review &review, bool *conflict, QString *reason);
    static bool saveFlags(QSqlDatabase &db, const Review &review, QString *reason);
    // One review of an import, inside its transaction.
    static bool importOne(QSqlDatabase &db, Review review, ImportResult *result, QString *reason);

    QString m_connectionName;
};
