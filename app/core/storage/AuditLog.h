#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "storage/Sql.h"

// Who changed what and when: one audit_log row per change, written by the store classes inside
// the transaction of the change itself, so a change and its row are committed (or lost)
// together. The schema that uses it creates audit_log and id_counters (ReviewMigrations 5).
//
// Row ids come from the id_counters row 'audit_log' (UPDATE value = value + 1, then read it
// back) instead of AUTOINCREMENT / IDENTITY, so the same SQL runs on SQLite and PostgreSQL;
// the counter row's lock orders concurrent writers.
//
// The actor belongs to a connection, as the connection itself does in Qt SQL: the store that
// owns a connection names its user once (setActor), and every row written through that
// connection carries it.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime changedAt; // UTC
        QString actor;
        QString entity; // "review", "categories", "queue", "finding", "form", "answers"
        QString key; // the call ID, the form's name and version ...
        QString action; // "insert", "update", "delete", "replace", "publish"
        QJsonObject details; // what the change wrote
    };

    // Sql::transaction for a change that writes an audit row: the counter row's lock is taken
    // first, so every such change takes its locks in one order (the counter, then the rows it
    // changes). A window's save (the review row, then the counter) and an import on the team
    // database (the counter, then many review rows) would otherwise deadlock, and PostgreSQL
    // would abort one of them; now the later one waits for the earlier one's commit.
    static bool transaction(QSqlDatabase db, const Sql::Work &work, QString *reason);

    static void setActor(const QString &connectionName, const QString &actor);
    static QString actor(const QString &connectionName);

    // Inside the caller's transaction. fallbackActor names the row when the connection has no
    // actor (e.g. the reviewer named in the review).
    static bool record(QSqlDatabase &db, const QString &entity, const QString &key,
                       const QString &action, const QJsonObject &details, QString *reason,
                       const QString &fallbackActor = {});

    // Oldest first; an empty entity or key matches every one.
    static QList<Entry> entries(const QSqlDatabase &db, const QString &entity = {},
                                const QString &key = {});
};
