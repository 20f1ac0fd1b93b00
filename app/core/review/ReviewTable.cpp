#include "review/ReviewTable.h"

#include "storage/Sql.h"

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
                  QStringLiteral("SELECT verdict, score, summary, reviewer, reviewed_at"
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

bool ReviewTable::save(const Review &review, QString *reason) const
{
    return Sql::transaction(
        database(),
        [&review](QSqlDatabase &db, QString *reason) {
            return Sql::run(
                       db,
                       QStringLiteral(
                           "INSERT INTO reviews (call_id, verdict, score, summary, reviewer,"
                           " reviewed_at) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(call_id) DO UPDATE SET verdict = excluded.verdict,"
                           " score = excluded.score, summary = excluded.summary,"
                           " reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at"),
                       {Sql::text(review.callId), Review::verdictKey(review.verdict),
                        review.score ? QVariant(*review.score) : QVariant(),
                        Sql::text(review.summary), Sql::text(review.reviewer),
                        Sql::timeText(review.reviewedAt)},
                       reason)
                && saveFlags(db, review, reason);
        },
        reason);
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
                            {Sql::text(callId)}, reason);
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
