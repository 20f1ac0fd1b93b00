#include "review/ReviewTable.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString speakerKey(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Bot:
        return QStringLiteral("bot");
    case Speaker::Human:
        return QStringLiteral("human");
    case Speaker::Unknown:
        break;
    }
    return QStringLiteral("");
}

Speaker speakerFromKey(const QString &key)
{
    return key == u"bot" ? Speaker::Bot : key == u"human" ? Speaker::Human : Speaker::Unknown;
}

QJsonObject auditDetails(const Review &review, int version)
{
    return {
        {QStringLiteral("verdict"), Review::verdictKey(review.verdict)},
        {QStringLiteral("score"),
         review.score ? QJsonValue(*review.score) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("summary"), review.summary},
        {QStringLiteral("reviewer"), review.reviewer},
        {QStringLiteral("flags"), int(review.flags.size())},
        {QStringLiteral("version"), version},
    };
}

} // namespace

Review ReviewTable::load(const QString &callId) const
{
    Review review;
    review.callId = callId;
    QSqlDatabase db = database();
    if (!db.isOpen())
        return review;
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT verdict, score, summary, reviewer, reviewed_at, version"
                                 " FROM reviews WHERE call_id = ?"),
                  {Sql::text(callId)}, nullptr)
        || !query.next()) {
        return review;
    }
    review.verdict =
        Review::verdictFromKey(query.value(0).toString()).value_or(Review::Verdict::None);
    if (!query.value(1).isNull())
        review.score = qBound(Review::minScore, query.value(1).toInt(), Review::maxScore);
    review.summary = query.value(2).toString();
    review.reviewer = query.value(3).toString();
    review.reviewedAt = Sql::timeFrom(query.value(4).toString());
    review.version = query.value(5).toInt();
    review.flags = loadFlags(db, callId);
    return review;
}

QList<ReviewFlag> ReviewTable::loadFlags(QSqlDatabase db, const QString &callId)
{
    QList<ReviewFlag> flags;
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT turn_index, category, comment, speaker, quote FROM flags"
                                 " WHERE call_id = ? ORDER BY position"),
                  {Sql::text(callId)}, nullptr)) {
        return flags;
    }
    while (query.next()) {
        ReviewFlag flag;
        flag.turnIndex = query.value(0).toInt();
        flag.category = query.value(1).toString();
        flag.comment = query.value(2).toString();
        flag.speaker = speakerFromKey(query.value(3).toString());
        flag.quote = query.value(4).toString();
        flags.append(flag);
    }
    return flags;
}

ReviewTable::SaveResult ReviewTable::save(const Review &review, QString *reason) const
{
    bool conflict = false;
    const bool saved = Sql::transaction(
        database(),
        [&review, &conflict](QSqlDatabase &db, QString *reason) {
            if (!writeRow(db, review, &conflict, reason) || !saveFlags(db, review, reason))
                return false;
            const QJsonObject details = auditDetails(review, review.version + 1);
            return AuditLog::record(db, QStringLiteral("review"), review.callId,
                                    review.version == 0 ? QStringLiteral("insert")
                                                        : QStringLiteral("update"),
                                    details, reason, review.reviewer);
        },
        reason);
    SaveResult result;
    if (saved) {
        result.status = SaveResult::Status::Saved;
        result.version = review.version + 1;
    } else if (conflict) {
        result.status = SaveResult::Status::Conflict;
    }
    return result;
}

bool ReviewTable::writeRow(QSqlDatabase &db, const Review &review, bool *conflict, QString *reason)
{
    const QVariant score = review.score ? QVariant(*review.score) : QVariant();
    QSqlQuery query(db);
    const bool ran = review.version == 0
        ? Sql::run(query,
                   QStringLiteral("INSERT INTO reviews (call_id, verdict, score, summary, reviewer,"
                                  " reviewed_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)"
                                  " ON CONFLICT (call_id) DO NOTHING"),
                   {Sql::text(review.callId), Review::verdictKey(review.verdict), score,
                    Sql::text(review.summary), Sql::text(review.reviewer),
                    Sql::timeText(review.reviewedAt)},
                   reason)
        : Sql::run(query,
                   QStringLiteral("UPDATE reviews SET verdict = ?, score = ?, summary = ?,"
                                  " reviewer = ?, reviewed_at = ?, version = version + 1"
                                  " WHERE call_id = ? AND version = ?"),
                   {Review::verdictKey(review.verdict), score, Sql::text(review.summary),
                    Sql::text(review.reviewer), Sql::timeText(review.reviewedAt),
                    Sql::text(review.callId), review.version},
                   reason);
    if (!ran)
        return false;
    if (query.numRowsAffected() != 1) {
        // Someone else created the row, saved over the version this one started from, or
        // deleted it.
        *conflict = true;
        *reason = review.version == 0
            ? QStringLiteral("the review of %1 was created elsewhere since it was opened.")
                  .arg(review.callId)
            : QStringLiteral("the review of %1 was changed elsewhere since it was opened"
                             " (it was at version %2).")
                  .arg(review.callId)
                  .arg(review.version);
        return false;
    }
    return true;
}

// The flags are replaced as a whole: positions follow the review's list.
bool ReviewTable::saveFlags(QSqlDatabase &db, const Review &review, QString *reason)
{
    if (!Sql::run(db, QStringLiteral("DELETE FROM flags WHERE call_id = ?"),
                  {Sql::text(review.callId)}, reason)) {
        return false;
    }
    for (int i = 0; i < review.flags.size(); ++i) {
        const ReviewFlag &flag = review.flags.at(i);
        if (!Sql::run(db,
                      QStringLiteral("INSERT INTO flags (call_id, position, turn_index, category,"
                                     " comment, speaker, quote) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {Sql::text(review.callId), i, flag.turnIndex, Sql::text(flag.category),
                       Sql::text(flag.comment), speakerKey(flag.speaker), Sql::text(flag.quote)},
                      reason)) {
            return false;
        }
    }
    return true;
}

bool ReviewTable::remove(const QString &callId, QString *reason) const
{
    return Sql::transaction(
        database(),
        [&callId](QSqlDatabase &db, QString *reason) {
            return Sql::run(db, QStringLiteral("DELETE FROM reviews WHERE call_id = ?"),
                            {Sql::text(callId)}, reason)
                && AuditLog::record(db, QStringLiteral("review"), callId, QStringLiteral("delete"),
                                    {}, reason);
        },
        reason);
}

QHash<QString, Review::Verdict> ReviewTable::verdicts(const QStringList &callIds) const
{
    QHash<QString, Review::Verdict> result;
    QSqlQuery query(database());
    // One pass over the table: cheaper than one query per ID for a long queue.
    if (!query.exec(QStringLiteral("SELECT call_id, verdict FROM reviews")))
        return result;
    const QSet<QString> wanted(callIds.cbegin(), callIds.cend());
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (wanted.contains(id)) {
            result.insert(
                id,
                Review::verdictFromKey(query.value(1).toString()).value_or(Review::Verdict::None));
        }
    }
    return result;
}

QList<Review> ReviewTable::all() const
{
    QList<Review> result;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("SELECT call_id FROM reviews ORDER BY call_id"), {},
                  nullptr)) {
        return result;
    }
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    for (const QString &id : std::as_const(ids))
        result.append(load(id));
    return result;
}

ReviewTable::ImportResult ReviewTable::import(QList<Review> reviews, QString *reason) const
{
    // One lock order for every import: by call ID.
    std::sort(reviews.begin(), reviews.end(),
              [](const Review &a, const Review &b) { return a.callId < b.callId; });
    constexpr int attempts = 4;
    ImportResult result;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        result = {};
        bool conflict = false;
        const bool done = Sql::transaction(
            database(),
            [&](QSqlDatabase &db, QString *why) {
                // The audit counter's row lock first: concurrent imports queue here instead of
                // deadlocking on each other's review rows.
                if (!Sql::run(db,
                              QStringLiteral("UPDATE id_counters SET value = value"
                                             " WHERE name = 'audit_log'"),
                              why)) {
                    return false;
                }
                for (const Review &review : std::as_const(reviews)) {
                    if (!importOne(db, review, &result, &conflict, why))
                        return false;
                }
                return true;
            },
            reason);
        if (done) {
            result.status = ImportResult::Status::Imported;
            return result;
        }
        if (conflict) {
            result.status = ImportResult::Status::Conflict;
            return result;
        }
        if (!database().isOpen())
            break;
    }
    result.status = ImportResult::Status::Failed;
    return result;
}

bool ReviewTable::importOne(QSqlDatabase &db, Review review, ImportResult *result, bool *conflict,
                            QString *reason)
{
    QSqlQuery stored(db);
    if (!Sql::run(stored,
                  QStringLiteral("SELECT reviewer, version, reviewed_at FROM reviews"
                                 " WHERE call_id = ?"),
                  {Sql::text(review.callId)}, reason)) {
        return false;
    }
    const QString action = QStringLiteral("import");
    if (!stored.next()) {
        if (!review.reviewedAt.isValid())
            review.reviewedAt = QDateTime::currentDateTimeUtc();
        review.version = 0;
        bool lost = false;
        // Lost only to a save between the SELECT and here: the import is tried again.
        if (!writeRow(db, review, &lost, reason) || !saveFlags(db, review, reason))
            return false;
        ++result->inserted;
        QJsonObject details = auditDetails(review, 1);
        details.insert(QStringLiteral("change"), QStringLiteral("insert"));
        return AuditLog::record(db, QStringLiteral("review"), review.callId, action, details,
                                reason, review.reviewer);
    }
    const QString storedReviewer = stored.value(0).toString();
    review.version = stored.value(1).toInt();
    const QDateTime storedAt = Sql::timeFrom(stored.value(2).toString());
    if (!storedReviewer.isEmpty() && storedReviewer != review.reviewer) {
        *conflict = true;
        *reason = QStringLiteral("the review of %1 in the database is by %2, not %3.")
                      .arg(review.callId, storedReviewer, review.reviewer);
        return false;
    }
    stored.finish();
    Review current;
    {
        // The stored review as load() reads it, inside this transaction.
        QSqlQuery row(db);
        if (!Sql::run(row,
                      QStringLiteral("SELECT verdict, score, summary FROM reviews"
                                     " WHERE call_id = ?"),
                      {Sql::text(review.callId)}, reason)
            || !row.next()) {
            return false;
        }
        current.verdict =
            Review::verdictFromKey(row.value(0).toString()).value_or(Review::Verdict::None);
        if (!row.value(1).isNull())
            current.score = row.value(1).toInt();
        current.summary = row.value(2).toString();
        current.reviewer = storedReviewer;
    }
    current.flags = loadFlags(db, review.callId);
    const bool sameTime = !review.reviewedAt.isValid() || review.reviewedAt == storedAt;
    if (current.verdict == review.verdict && current.score == review.score
        && current.summary == review.summary && current.flags == review.flags && sameTime) {
        ++result->unchanged;
        return true;
    }
    if (!review.reviewedAt.isValid())
        review.reviewedAt = QDateTime::currentDateTimeUtc();
    bool lost = false;
    if (!writeRow(db, review, &lost, reason) || !saveFlags(db, review, reason))
        return false;
    ++result->updated;
    QJsonObject details = auditDetails(review, review.version + 1);
    details.insert(QStringLiteral("change"), QStringLiteral("update"));
    details.insert(QStringLiteral("before"), auditDetails(current, review.version));
    return AuditLog::record(db, QStringLiteral("review"), review.callId, action, details, reason,
                            review.reviewer);
}
