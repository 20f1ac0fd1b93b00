#include "review/DismissedFindingTable.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QJsonObject>

#include <QSqlQuery>

QSet<QString> DismissedFindingTable::keys(const QString &callId) const
{
    QSet<QString> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (Sql::run(query,
                 QStringLiteral("SELECT finding_key FROM dismissed_findings WHERE call_id = ?"),
                 {Sql::text(callId)}, nullptr)) {
        while (query.next())
            result.insert(query.value(0).toString());
    }
    return result;
}

bool DismissedFindingTable::setDismissed(const QString &callId, const QString &findingKey,
                                         bool dismissed, QString *reason) const
{
    return AuditLog::transaction(
        QSqlDatabase::database(m_connectionName, false),
        [&](QSqlDatabase &db, QString *reason) {
            return Sql::run(db,
                            dismissed ? QStringLiteral("INSERT INTO dismissed_findings"
                                                       " (call_id, finding_key) VALUES (?, ?)"
                                                       " ON CONFLICT DO NOTHING")
                                      : QStringLiteral("DELETE FROM dismissed_findings"
                                                       " WHERE call_id = ? AND finding_key = ?"),
                            {Sql::text(callId), Sql::text(findingKey)}, reason)
                && AuditLog::record(db, QStringLiteral("finding"), callId,
                                    dismissed ? QStringLiteral("dismiss")
                                              : QStringLiteral("restore"),
                                    {{QStringLiteral("finding"), findingKey}}, reason);
        },
        reason);
}
