#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

// The dismissed_findings table: which automatic findings the reviewer set aside, per call.
class DismissedFindingTable
{
public:
    explicit DismissedFindingTable(const QString &connectionName)
        : m_connectionName(connectionName)
    { }

    QSet<QString> keys(const QString &callId) const;
    bool setDismissed(const QString &callId, const QString &findingKey, bool dismissed,
                      QString *reason) const;

private:
    QString m_connectionName;
};
