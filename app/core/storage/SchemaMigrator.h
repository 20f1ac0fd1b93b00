#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// Brings a database to the newest schema through a table of migrations, oldest first:
// migration k turns a version k-1 database into version k. Each one runs in its own
// transaction together with its version bump, so a failure (or a crash) mid-way leaves the
// database at the previous version, readable and migrated again on the next open.
//
// The version is kept in the one-row table schema_version (created by the migrator), which
// any SQL database has; on SQLite PRAGMA user_version is kept equal too, because that is what
// releases before the table read (and how they refuse a file newer than they know), and a file
// from those releases is read through it.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString summary; // what it changes, for people reading the table
        QStringList statements; // run in order
        // Data steps after the statements (seeding, copying); may be empty.
        std::function<bool(QSqlDatabase &db, QString *reason)> then;
    };

    // The schema version of db, 0 for a new database, -1 when it cannot be read.
    static int version(const QSqlDatabase &db);

    // Runs every migration above the current version. Refuses a database newer than the last
    // migration (written by a newer program) and a table whose versions are not 1, 2, 3 ...
    static bool migrate(QSqlDatabase db, const QList<Migration> &migrations, QString *reason);

private:
    static bool apply(QSqlDatabase db, const Migration &migration, QString *reason);
};
