#include "storage/SchemaMigrator.h"

#include "storage/Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString versionTable = QStringLiteral("schema_version");

} // namespace

int SchemaMigrator::version(const QSqlDatabase &db)
{
    // tables() rather than a failing SELECT: on PostgreSQL an error aborts the transaction.
    if (db.isOpen() && db.tables().contains(versionTable)) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
            return query.value(0).toInt();
    }
    if (!Sql::isSqlite(db))
        return db.isOpen() ? 0 : -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate(QSqlDatabase db, const QList<Migration> &migrations, QString *reason)
{
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            *reason = tr("the migrations are out of order (found %1 at place %2).")
                          .arg(migrations.at(i).version)
                          .arg(i + 1);
            return false;
        }
    }
    const int current = version(db);
    const int newest = int(migrations.size());
    if (current < 0) {
        *reason = tr("it is not a readable database.");
        return false;
    }
    if (current > newest) {
        *reason = tr("it was written by a newer Call Review (schema %1, this version reads up "
                     "to %2). Update Call Review.")
                      .arg(current)
                      .arg(newest);
        return false;
    }
    if (current < newest
        && !Sql::run(db,
                     QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version"
                                    " (version INTEGER NOT NULL)"),
                     reason)) {
        return false;
    }
    for (int next = current + 1; next <= newest; ++next) {
        if (!apply(db, migrations.at(next - 1), reason))
            return false;
    }
    return true;
}

bool SchemaMigrator::apply(QSqlDatabase db, const Migration &migration, QString *reason)
{
    QString why;
    const bool applied = Sql::transaction(
        db,
        [&migration](QSqlDatabase &db, QString *reason) {
            if (!Sql::runAll(db, migration.statements, reason))
                return false;
            if (migration.then && !migration.then(db, reason))
                return false;
            if (!Sql::run(db, QStringLiteral("DELETE FROM schema_version"), reason)
                || !Sql::run(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                             {migration.version}, reason)) {
                return false;
            }
            // PRAGMA takes no bound values; the version is our own integer.
            return !Sql::isSqlite(db)
                || Sql::run(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.version),
                            reason);
        },
        &why);
    if (!applied) {
        *reason = tr("migration to schema %1 (%2) failed: %3")
                      .arg(migration.version)
                      .arg(migration.summary, why);
    }
    return applied;
}
