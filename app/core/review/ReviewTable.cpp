#include "review/ReviewTable.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

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
            const QJsonObject details{
                {QStringLiteral("verdict"), Review::verdictKey(review.verdict)},
                {QStringLiteral("score"),
                 review.score ? QJsonValue(*review.score) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("summary"), review.summary},
                {QStringLiteral("reviewer"), review.reviewer},
                {QStringLiteral("flags"), int(review.flags.size())},
                {QStringLiteral("version"), review.version + 1},
            };
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
