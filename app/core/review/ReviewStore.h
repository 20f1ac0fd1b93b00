#pragma once

#include "review/CategoryTable.h"
#include "review/DismissedFindingTable.h"
#include "review/QueueTable.h"
#include "review/Review.h"
#include "review/ReviewCategory.h"
#include "review/ReviewMigrations.h"
#include "review/ReviewTable.h"
#include "scorecards/ScorecardStore.h"
#include "storage/AuditLog.h"
#include "storage/ReviewDatabase.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

// The review database: one SQLite file, or a team's PostgreSQL database (Qt SQL), holding reviews
// and flags (per call and reviewer), flag categories, the review queue and dismissed findings.
//
// The store owns the connection and the schema: open() migrates the file to the newest
// schema (ReviewMigrations, applied by SchemaMigrator). Each table has a small class that
// holds its SQL (ReviewTable, CategoryTable, QueueTable, DismissedFindingTable) and reaches
// the database through connectionName(); the methods below forward to them, add the message
// a person reads when a write fails, and announce changes. Every change leaves an audit row.
// Scorecard forms and answers (ScorecardStore, in core/scorecards) live in the same database:
// scorecards(). Every write runs in a transaction; the file runs in WAL mode with synchronous=FULL,
// so a write that returned true survives a crash or power cut.
class ReviewStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = ReviewMigrations::latest;

    explicit ReviewStore(QObject *parent = nullptr);
    ~ReviewStore() override;

    // <AppDataLocation>/reviews.sqlite
    static QString defaultPath();

    // Creates the folder and the database when missing and migrates it to schemaVersion.
    bool open(const QString &path, QString *error = nullptr);
    // The same for either database: the SQLite file, or a team's PostgreSQL database (the same
    // migrations; password empty: libpq reads PGPASSFILE / ~/.pgpass). Unreachable: the server
    // could not be reached or refused the login; *error names host:port/db, never a password.
    enum class OpenResult : quint8 { Opened, Unreachable, Failed };
    OpenResult open(const ReviewDatabase &database, const QString &password,
                    QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; } // the file, or host:port/db
    const ReviewDatabase &location() const { return m_location; }
    void close();
    int userVersion() const; // the schema version of the open file
    // The Qt SQL connection the table classes share (QSqlDatabase::database(name)).
    QString connectionName() const { return m_connectionName; }

    // Who the changes made through this store are by, for the audit log (AuditLog), and whose
    // reviews load() and verdicts() read: the reviewer's name from the settings. Without one, a
    // review's own reviewer is recorded.
    void setActor(const QString &name);
    QString actor() const;
    // The audit rows, oldest first; an empty entity or key matches every one.
    QList<AuditLog::Entry> auditTrail(const QString &entity = {}, const QString &key = {}) const;

    // Reviews are keyed by (call ID, reviewer): each reviewer of a team keeps their own. The
    // current reviewer is actor(); "the" review of a call for them is their own row, else the
    // call's unnamed one (taken over by their first save), and with no name (the single-user
    // file) the call's one row whatever its reviewer: ReviewTable::ownReviewer.
    //
    // The current reviewer's review (with its version), or an empty one (verdict None)
    // carrying callId and actor().
    Review load(const QString &callId) const { return m_reviews.load(callId, actor()); }
    Review load(const QString &callId, const QString &reviewer) const
    {
        return m_reviews.load(callId, reviewer);
    }
    // Every reviewer's review of the call, by reviewer (the dock's "Other reviewers").
    QList<Review> reviewsOf(const QString &callId) const { return m_reviews.reviewsOf(callId); }
    // Saved only when the stored row (callId, storedReviewer, else reviewer) is still at
    // review.version (0: no row yet for (callId, reviewer)); otherwise a Conflict and nothing
    // is written (someone else saved first: load, merge, save again). Saved gives the row's
    // new version, which the next save of this review must state; the row is keyed by
    // review.reviewer from then on.
    using SaveResult = ReviewTable::SaveResult;
    SaveResult save(const Review &review, QString *error = nullptr);
    // The current reviewer's review of the call (the one load() returns), or reviewer's row.
    bool remove(const QString &callId, QString *error = nullptr);
    bool remove(const QString &callId, const QString &reviewer, QString *error = nullptr);
    // The verdict of the current reviewer's review of each given call that has one.
    QHash<QString, Review::Verdict> verdicts(const QStringList &callIds) const
    {
        return m_reviews.verdicts(callIds, actor());
    }

    // Every stored review, every reviewer's (an export of the whole database).
    QList<Review> allReviews() const { return m_reviews.all(); }
    // Many reviews in one transaction, keyed by (call ID, reviewer): see ReviewTable::import.
    // A failure writes nothing.
    using ImportResult = ReviewTable::ImportResult;
    ImportResult importReviews(const QList<Review> &reviews, QString *error = nullptr);

    QList<ReviewCategory> categories() const { return m_categories.all(); }
    bool setCategories(const QList<ReviewCategory> &categories, QString *error = nullptr);

    QStringList queueIds() const { return m_queue.ids(); }
    bool setQueueIds(const QStringList &callIds, QString *error = nullptr);
    QString queueValue(const QString &key) const { return m_queue.value(key); }
    bool setQueueValue(const QString &key, const QString &value, QString *error = nullptr);

    QSet<QString> dismissedFindings(const QString &callId) const
    {
        return m_dismissed.keys(callId);
    }
    bool setFindingDismissed(const QString &callId, const QString &findingKey, bool dismissed,
                             QString *error = nullptr);

    // Forms and answers, over this store's connection.
    const ScorecardStore &scorecards() const { return m_scorecards; }

signals:
    void reviewSaved(const QString &callId);
    void categoriesChanged();

private:
    QSqlDatabase database() const;
    static bool migrate(QSqlDatabase db, bool shared, QString *reason);
    // Turns a table's reason into the message for people, logs it; returns written.
    bool written(bool ok, const QString &reason, QString *error) const;

    QString m_connectionName;
    QString m_path;
    ReviewDatabase m_location;
    ReviewTable m_reviews;
    CategoryTable m_categories;
    QueueTable m_queue;
    DismissedFindingTable m_dismissed;
    ScorecardStore m_scorecards;
};
