#include "review/ReviewTable.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

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

QString storedKey(const Review &review)
{
    return review.storedReviewer.value_or(review.reviewer);
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

std::optional<QString> ReviewTable::ownReviewer(QStringList storedReviewers,
                                                const QString &reviewer)
{
    if (storedReviewers.contains(reviewer))
        return reviewer;
    if (storedReviewers.contains(QString()))
        return QString(); // unnamed: taken over by the first save under a name
    if (!reviewer.isEmpty() || storedReviewers.isEmpty())
        return std::nullopt; // someone else's reviews only
    std::sort(storedReviewers.begin(), storedReviewers.end());
    return storedReviewers.constFirst(); // no name: the call's review, whoever wrote it
}

QStringList ReviewTable::reviewersOf(QSqlDatabase db, const QString &callId, QString *reason)
{
    QStringList result;
    QSqlQuery query(db);
    if (!Sql::run(query, QStringLiteral("SELECT reviewer FROM reviews WHERE call_id = ?"),
                  {Sql::text(callId)}, reason)) {
        return result;
    }
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

std::optional<Review> ReviewTable::readRow(QSqlDatabase db, const QString &callId,
                                           const QString &storedReviewer, QString *reason)
{
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT verdict, score, summary, reviewed_at, version"
                                 " FROM reviews WHERE call_id = ? AND reviewer = ?"),
                  {Sql::text(callId), Sql::text(storedReviewer)}, reason)
        || !query.next()) {
        return std::nullopt;
    }
    Review review;
    review.callId = callId;
    review.verdict =
        Review::verdictFromKey(query.value(0).toString()).value_or(Review::Verdict::None);
    if (!query.value(1).isNull())
        review.score = qBound(Review::minScore, query.value(1).toInt(), Review::maxScore);
    review.summary = query.value(2).toString();
    review.reviewer = storedReviewer;
    review.reviewedAt = Sql::timeFrom(query.value(3).toString());
    review.version = query.value(4).toInt();
    query.finish();
    review.flags = loadFlags(db, callId, storedReviewer);
    return review;
}

Review ReviewTable::load(const QString &callId, const QString &reviewer) const
{
    Review review;
    review.callId = callId;
    review.reviewer = reviewer;
    QSqlDatabase db = database();
    if (!db.isOpen())
        return review;
    const std::optional<QString> own = ownReviewer(reviewersOf(db, callId, nullptr), reviewer);
    if (!own)
        return review;
    std::optional<Review> stored = readRow(db, callId, *own, nullptr);
    if (!stored)
        return review;
    if (own->isEmpty() && !reviewer.isEmpty()) {
        // An unnamed review: saved under the name from now on.
        stored->storedReviewer = *own;
        stored->reviewer = reviewer;
    }
    return *stored;
}

QList<Review> ReviewTable::reviewsOf(const QString &callId) const
{
    QList<Review> result;
    QSqlDatabase db = database();
    if (!db.isOpen())
        return result;
    QStringList reviewers = reviewersOf(db, callId, nullptr);
    std::sort(reviewers.begin(), reviewers.end());
    for (const QString &reviewer : std::as_const(reviewers)) {
        if (std::optional<Review> review = readRow(db, callId, reviewer, nullptr))
            result.append(*review);
    }
    return result;
}

QList<ReviewFlag> ReviewTable::loadFlags(QSqlDatabase db, const QString &callId,
                                         const QString &reviewer)
{
    QList<ReviewFlag> flags;
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT turn_index, category, comment, speaker, quote FROM flags"
                                 " WHERE call_id = ? AND reviewer = ? ORDER BY position"),
                  {Sql::text(callId), Sql::text(reviewer)}, nullptr)) {
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
    const bool saved = AuditLog::transaction(
        database(),
        [&review, &conflict](QSqlDatabase &db, QString *reason) {
            if (!writeRow(db, review, &conflict, reason) || !saveFlags(db, review, reason))
                return false;
            QJsonObject details = auditDetails(review, review.version + 1);
            if (review.version > 0 && storedKey(review) != review.reviewer)
                details.insert(QStringLiteral("from_reviewer"), storedKey(review));
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
    const bool moves = review.version > 0 && storedKey(review) != review.reviewer;
    if (moves) {
        // Moving onto a reviewer who has their own review of the call would replace theirs.
        QSqlQuery taken(db);
        if (!Sql::run(taken,
                      QStringLiteral("SELECT version FROM reviews WHERE call_id = ?"
                                     " AND reviewer = ?"),
                      {Sql::text(review.callId), Sql::text(review.reviewer)}, reason)) {
            return false;
        }
        if (taken.next()) {
            *conflict = true;
            *reason = QStringLiteral("%1 already has a review of %2.")
                          .arg(review.reviewer, review.callId);
            return false;
        }
    }
    QSqlQuery query(db);
    const bool ran = review.version == 0
        ? Sql::run(query,
                   QStringLiteral("INSERT INTO reviews (call_id, reviewer, verdict, score, summary,"
                                  " reviewed_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)"
                                  " ON CONFLICT (call_id, reviewer) DO NOTHING"),
                   {Sql::text(review.callId), Sql::text(review.reviewer),
                    Review::verdictKey(review.verdict), score, Sql::text(review.summary),
                    Sql::timeText(review.reviewedAt)},
                   reason)
        : Sql::run(query,
                   QStringLiteral("UPDATE reviews SET verdict = ?, score = ?, summary = ?,"
                                  " reviewer = ?, reviewed_at = ?, version = version + 1"
                                  " WHERE call_id = ? AND reviewer = ? AND version = ?"),
                   {Review::verdictKey(review.verdict), score, Sql::text(review.summary),
                    Sql::text(review.reviewer), Sql::timeText(review.reviewedAt),
                    Sql::text(review.callId), Sql::text(storedKey(review)), review.version},
                   reason);
    if (!ran)
        return false;
    if (query.numRowsAffected() != 1) {
        // Someone else created the row, saved over the version this one started from, took
        // the unnamed review over, or deleted it.
        *conflict = true;
        *reason = review.version == 0
            ? QStringLiteral("the review of %1 by %2 was created elsewhere since it was opened.")
                  .arg(review.callId, review.reviewer)
            : QStringLiteral("the review of %1 was changed elsewhere since it was opened"
                             " (it was at version %2).")
                  .arg(review.callId)
                  .arg(review.version);
        return false;
    }
    return true;
}

// The flags are replaced as a whole: positions follow the review's list. (A row that moved to
// another reviewer took its flags along: ON UPDATE CASCADE.)
bool ReviewTable::saveFlags(QSqlDatabase &db, const Review &review, QString *reason)
{
    if (!Sql::run(db, QStringLiteral("DELETE FROM flags WHERE call_id = ? AND reviewer = ?"),
                  {Sql::text(review.callId), Sql::text(review.reviewer)}, reason)) {
        return false;
    }
    for (int i = 0; i < review.flags.size(); ++i) {
        const ReviewFlag &flag = review.flags.at(i);
        if (!Sql::run(db,
                      QStringLiteral("INSERT INTO flags (call_id, reviewer, position, turn_index,"
                                     " category, comment, speaker, quote)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {Sql::text(review.callId), Sql::text(review.reviewer), i, flag.turnIndex,
                       Sql::text(flag.category), Sql::text(flag.comment), speakerKey(flag.speaker),
                       Sql::text(flag.quote)},
                      reason)) {
            return false;
        }
    }
    return true;
}

bool ReviewTable::remove(const QString &callId, const QString &reviewer, QString *reason) const
{
    return AuditLog::transaction(
        database(),
        [&callId, &reviewer](QSqlDatabase &db, QString *reason) {
            return Sql::run(
                       db, QStringLiteral("DELETE FROM reviews WHERE call_id = ? AND reviewer = ?"),
                       {Sql::text(callId), Sql::text(reviewer)}, reason)
                && AuditLog::record(db, QStringLiteral("review"), callId, QStringLiteral("delete"),
                                    {{QStringLiteral("reviewer"), reviewer}}, reason);
        },
        reason);
}

QHash<QString, Review::Verdict> ReviewTable::verdicts(const QStringList &callIds,
                                                      const QString &reviewer) const
{
    QHash<QString, Review::Verdict> result;
    QSqlQuery query(database());
    // One pass over the table: cheaper than one query per ID for a long queue.
    if (!query.exec(QStringLiteral("SELECT call_id, reviewer, verdict FROM reviews")))
        return result;
    const QSet<QString> wanted(callIds.cbegin(), callIds.cend());
    QHash<QString, QHash<QString, Review::Verdict>> byCall;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (wanted.contains(id)) {
            byCall[id].insert(
                query.value(1).toString(),
                Review::verdictFromKey(query.value(2).toString()).value_or(Review::Verdict::None));
        }
    }
    for (auto it = byCall.cbegin(); it != byCall.cend(); ++it) {
        if (const std::optional<QString> own = ownReviewer(it->keys(), reviewer))
            result.insert(it.key(), it->value(*own));
    }
    return result;
}

QList<Review> ReviewTable::all() const
{
    QList<Review> result;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT call_id, reviewer FROM reviews"
                                 " ORDER BY call_id, reviewer"),
                  {}, nullptr)) {
        return result;
    }
    QList<std::pair<QString, QString>> keys;
    while (query.next())
        keys.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    for (const auto &[callId, reviewer] : std::as_const(keys)) {
        if (std::optional<Review> review = readRow(db, callId, reviewer, nullptr))
            result.append(*review);
    }
    return result;
}

ReviewTable::ImportResult ReviewTable::import(QList<Review> reviews, QString *reason) const
{
    // One lock order for every import: by call ID, then reviewer.
    std::sort(reviews.begin(), reviews.end(), [](const Review &a, const Review &b) {
        return std::tie(a.callId, a.reviewer) < std::tie(b.callId, b.reviewer);
    });
    constexpr int attempts = 4;
    ImportResult result;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        result = {};
        const bool done = AuditLog::transaction(
            database(),
            [&](QSqlDatabase &db, QString *why) {
                for (const Review &review : std::as_const(reviews)) {
                    if (!importOne(db, review, &result, why))
                        return false;
                }
                return true;
            },
            reason);
        if (done) {
            result.status = ImportResult::Status::Imported;
            return result;
        }
        if (!database().isOpen())
            break;
    }
    result.status = ImportResult::Status::Failed;
    return result;
}

bool ReviewTable::importOne(QSqlDatabase &db, Review review, ImportResult *result, QString *reason)
{
    // Keyed exactly: an import never takes over an unnamed review or another reviewer's.
    review.storedReviewer.reset();
    QString why;
    const std::optional<Review> current = readRow(db, review.callId, review.reviewer, &why);
    if (!why.isEmpty()) {
        *reason = why;
        return false;
    }
    const QString action = QStringLiteral("import");
    if (!current) {
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
    review.version = current->version;
    const bool sameTime = !review.reviewedAt.isValid() || review.reviewedAt == current->reviewedAt;
    if (current->verdict == review.verdict && current->score == review.score
        && current->summary == review.summary && current->flags == review.flags && sameTime) {
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
    details.insert(QStringLiteral("before"), auditDetails(*current, review.version));
    return AuditLog::record(db, QStringLiteral("review"), review.callId, action, details, reason,
                            review.reviewer);
}
