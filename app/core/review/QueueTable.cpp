#include "review/QueueTable.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>

#include <QSqlQuery>

QStringList QueueTable::ids() const
{
    QStringList result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT call_id FROM queue_items ORDER BY position"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

bool QueueTable::setIds(const QStringList &callIds, QString *reason) const
{
    return AuditLog::transaction(
        database(),
        [&callIds](QSqlDatabase &db, QString *reason) {
            if (!Sql::run(db, QStringLiteral("DELETE FROM queue_items"), reason))
                return false;
            for (int i = 0; i < callIds.size(); ++i) {
                if (!Sql::run(
                        db,
                        QStringLiteral("INSERT INTO queue_items (position, call_id) VALUES (?, ?)"
                                       " ON CONFLICT DO NOTHING"),
                        {i, Sql::text(callIds.at(i))}, reason)) {
                    return false;
                }
            }
            return AuditLog::record(db, QStringLiteral("queue"), QString(),
                                    QStringLiteral("replace"),
                                    {{QStringLiteral("count"), int(callIds.size())}}, reason);
        },
        reason);
}

QString QueueTable::value(const QString &key) const
{
    QSqlQuery query(database());
    if (Sql::run(query, QStringLiteral("SELECT value FROM queue_state WHERE key = ?"),
                 {Sql::text(key)}, nullptr)
        && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

bool QueueTable::setValue(const QString &key, const QString &value, QString *reason) const
{
    return Sql::transaction(
        database(),
        [&](QSqlDatabase &db, QString *reason) {
            return Sql::run(
                db,
                QStringLiteral("INSERT INTO queue_state (key, value) VALUES (?, ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {Sql::text(key), Sql::text(value)}, reason);
        },
        reason);
}
