#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The review queue's two tables: queue_items (the call IDs in order) and queue_state (small
// values such as the current call and the filter, by key).
class QueueTable
{
public:
    explicit QueueTable(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    QStringList ids() const;
    // Replaces the list in one transaction; a repeated ID is kept once, at its first place.
    bool setIds(const QStringList &callIds, QString *reason) const;

    // The reviewer's place in the queue, not shared data: not written to the audit log.
    QString value(const QString &key) const; // empty when unset
    bool setValue(const QString &key, const QString &value, QString *reason) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

    QString m_connectionName;
};
