#include "assignment/AssignmentStore.h"

#include "review/ReviewQueue.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace {

const QString entity = QStringLiteral("assignment");

} // namespace

qint64 AssignmentStore::assign(const AssignmentRule &rule,
                               const QMap<QString, QStringList> &byReviewer, QString *error) const
{
    QString problem;
    QSet<QString> calls;
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend() && problem.isEmpty(); ++it) {
        if (it.key().trimmed().isEmpty())
            problem = tr("every assigned call needs a reviewer.");
        for (const QString &callId : it.value()) {
            if (calls.contains(callId)) {
                problem = tr("the call %1 is assigned twice.").arg(callId);
                break;
            }
            calls.insert(callId);
        }
    }
    if (problem.isEmpty() && calls.isEmpty())
        problem = tr("there is no call to assign.");

    qint64 id = 0;
    const bool ok =
        problem.isEmpty()
        && AuditLog::transaction(
            database(),
            [&](QSqlDatabase &db, QString *reason) {
                const QString counter = QStringLiteral("assignment_batches");
                QSqlQuery next(db);
                if (!Sql::run(db,
                              QStringLiteral("UPDATE id_counters SET value ="
                                             " value + 1 WHERE name = ?"),
                              {counter}, reason)
                    || !Sql::run(next,
                                 QStringLiteral("SELECT value FROM id_counters"
                                                " WHERE name = ?"),
                                 {counter}, reason)
                    || !next.next()) {
                    return false;
                }
                id = next.value(0).toLongLong();
                const QString ruleText =
                    QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
                if (!Sql::run(db,
                              QStringLiteral("INSERT INTO assignment_batches (id,"
                                             " assistant_id, rule, created_by,"
                                             " created_at) VALUES (?, ?, ?, ?, ?)"),
                              {id, Sql::text(rule.assistantId), ruleText,
                               Sql::text(AuditLog::actor(db.connectionName())),
                               Sql::timeText(QDateTime::currentDateTimeUtc())},
                              reason)) {
                    return false;
                }
                QJsonObject counts;
                for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
                    counts.insert(it.key(), int(it.value().size()));
                    for (int i = 0; i < it.value().size(); ++i) {
                        if (!Sql::run(
                                db,
                                QStringLiteral("INSERT INTO assignment_items (batch_id,"
                                               " call_id, reviewer, position)"
                                               " VALUES (?, ?, ?, ?)"),
                                {id, Sql::text(it.value().at(i)), Sql::text(it.key().trimmed()), i},
                                reason)) {
                            return false;
                        }
                    }
                }
                return AuditLog::record(
                    db, entity, QString::number(id), QStringLiteral("insert"),
                    {{QStringLiteral("rule"), rule.toJson()}, {QStringLiteral("counts"), counts}},
                    reason);
            },
            &problem);
    if (!ok) {
        if (error)
            *error = problem;
        return 0;
    }
    return id;
}

std::optional<AssignmentStore::Batch> AssignmentStore::batch(qint64 id) const
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT rule, created_by, created_at FROM assignment_batches"
                                 " WHERE id = ?"),
                  {id}, nullptr)
        || !query.next()) {
        return std::nullopt;
    }
    const std::optional<AssignmentRule> rule = AssignmentRule::fromJson(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!rule)
        return std::nullopt;
    Batch batch;
    batch.id = id;
    batch.rule = *rule;
    batch.createdBy = query.value(1).toString();
    batch.createdAt = Sql::timeFrom(query.value(2).toString());
    QSqlQuery items(db);
    if (Sql::run(items,
                 QStringLiteral("SELECT reviewer, call_id FROM assignment_items"
                                " WHERE batch_id = ? ORDER BY reviewer, position"),
                 {id}, nullptr)) {
        while (items.next())
            batch.byReviewer[items.value(0).toString()].append(items.value(1).toString());
    }
    return batch;
}

QList<qint64> AssignmentStore::batchIds() const
{
    QList<qint64> result;
    QSqlQuery query(database());
    if (Sql::run(query, QStringLiteral("SELECT id FROM assignment_batches ORDER BY id"), {},
                 nullptr)) {
        while (query.next())
            result.append(query.value(0).toLongLong());
    }
    return result;
}

QStringList AssignmentStore::callsFor(const QString &reviewer) const
{
    QStringList result;
    QSqlQuery query(database());
    if (Sql::run(query,
                 QStringLiteral("SELECT call_id FROM assignment_items WHERE reviewer = ?"
                                " ORDER BY batch_id, position"),
                 {Sql::text(reviewer)}, nullptr)) {
        while (query.next()) {
            const QString callId = query.value(0).toString();
            if (!result.contains(callId))
                result.append(callId);
        }
    }
    return result;
}

bool AssignmentStore::loadQueue(ReviewQueue &queue, const QString &reviewer, QString *error) const
{
    return queue.setIds(callsFor(reviewer), error);
}

bool AssignmentStore::replace(qint64 batchId, const QString &oldCallId, const QString &newCallId,
                              const QString &reason, QString *error) const
{
    const QString why = reason.trimmed();
    QString problem;
    if (why.isEmpty())
        problem = tr("replacing an assigned call needs a reason.");
    else if (newCallId.trimmed().isEmpty())
        problem = tr("name the call that takes its place.");
    const bool ok =
        problem.isEmpty()
        && AuditLog::transaction(
            database(),
            [&](QSqlDatabase &db, QString *failure) {
                const QString fresh = newCallId.trimmed();
                QSqlQuery old(db);
                if (!Sql::run(old,
                              QStringLiteral("SELECT reviewer FROM assignment_items"
                                             " WHERE batch_id = ? AND call_id = ?"),
                              {batchId, Sql::text(oldCallId)}, failure)) {
                    return false;
                }
                if (!old.next()) {
                    *failure = tr("the call %1 is not in batch %2.").arg(oldCallId).arg(batchId);
                    return false;
                }
                const QString reviewer = old.value(0).toString();
                QSqlQuery taken(db);
                if (!Sql::run(taken,
                              QStringLiteral("SELECT 1 FROM assignment_items"
                                             " WHERE batch_id = ? AND call_id = ?"),
                              {batchId, Sql::text(fresh)}, failure)) {
                    return false;
                }
                if (taken.next()) {
                    *failure = tr("the call %1 is already in batch %2.").arg(fresh).arg(batchId);
                    return false;
                }
                return Sql::run(db,
                                QStringLiteral("UPDATE assignment_items SET call_id"
                                               " = ? WHERE batch_id = ? AND"
                                               " call_id = ?"),
                                {Sql::text(fresh), batchId, Sql::text(oldCallId)}, failure)
                    && AuditLog::record(db, entity, QString::number(batchId),
                                        QStringLiteral("replace"),
                                        {{QStringLiteral("old_call_id"), oldCallId},
                                         {QStringLiteral("new_call_id"), fresh},
                                         {QStringLiteral("reviewer"), reviewer},
                                         {QStringLiteral("reason"), why}},
                                        failure);
            },
            &problem);
    if (!ok && error)
        *error = problem;
    return ok;
}
