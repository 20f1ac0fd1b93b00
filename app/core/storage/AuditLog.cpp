#include "storage/AuditLog.h"

#include "storage/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

namespace {

QMutex actorsMutex;

QHash<QString, QString> &actors()
{
    static QHash<QString, QString> byConnection;
    return byConnection;
}

} // namespace

void AuditLog::setActor(const QString &connectionName, const QString &actor)
{
    const QMutexLocker lock(&actorsMutex);
    if (actor.isEmpty())
        actors().remove(connectionName);
    else
        actors().insert(connectionName, actor);
}

bool AuditLog::transaction(QSqlDatabase db, const Sql::Work &work, QString *reason)
{
    return Sql::transaction(
        db,
        [&work](QSqlDatabase &db, QString *why) {
            return Sql::run(db,
                            QStringLiteral("UPDATE id_counters SET value = value"
                                           " WHERE name = 'audit_log'"),
                            why)
                && work(db, why);
        },
        reason);
}

QString AuditLog::actor(const QString &connectionName)
{
    const QMutexLocker lock(&actorsMutex);
    return actors().value(connectionName);
}

bool AuditLog::record(QSqlDatabase &db, const QString &entity, const QString &key,
                      const QString &action, const QJsonObject &details, QString *reason,
                      const QString &fallbackActor)
{
    const QString counter = QStringLiteral("audit_log");
    QSqlQuery next(db);
    if (!Sql::run(db, QStringLiteral("UPDATE id_counters SET value = value + 1 WHERE name = ?"),
                  {counter}, reason)
        || !Sql::run(next, QStringLiteral("SELECT value FROM id_counters WHERE name = ?"),
                     {counter}, reason)) {
        return false;
    }
    if (!next.next()) {
        *reason = QStringLiteral("the audit counter is missing.");
        return false;
    }
    const QString who = actor(db.connectionName());
    return Sql::run(db,
                    QStringLiteral("INSERT INTO audit_log (id, changed_at, actor, entity,"
                                   " entity_key, action, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {next.value(0).toLongLong(), Sql::timeText(QDateTime::currentDateTimeUtc()),
                     Sql::text(who.isEmpty() ? fallbackActor : who), Sql::text(entity),
                     Sql::text(key), Sql::text(action),
                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                    reason);
}

QList<AuditLog::Entry> AuditLog::entries(const QSqlDatabase &db, const QString &entity,
                                         const QString &key)
{
    QList<Entry> result;
    QSqlQuery query(db);
    if (!Sql::run(query,
                  QStringLiteral("SELECT id, changed_at, actor, entity, entity_key, action,"
                                 " details FROM audit_log WHERE (? = '' OR entity = ?)"
                                 " AND (? = '' OR entity_key = ?) ORDER BY id"),
                  {Sql::text(entity), Sql::text(entity), Sql::text(key), Sql::text(key)},
                  nullptr)) {
        return result;
    }
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.changedAt = Sql::timeFrom(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.key = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        result.append(entry);
    }
    return result;
}
