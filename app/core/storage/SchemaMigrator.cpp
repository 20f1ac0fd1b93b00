#include "storage/SchemaMigrator.h"

#include "storage/Sql.h"

#include <QSqlQuery>
#include <QVariant>

int SchemaMigrator::version(const QSqlDatabase &db)
{
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
        *reason = tr("it is not a readable SQLite database.");
        return false;
    }
    if (current > newest) {
        *reason = tr("it was written by a newer Call Review (schema %1, this version reads up "
                     "to %2). Update Call Review.")
                      .arg(current)
                      .arg(newest);
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
            // PRAGMA takes no bound values; the version is our own integer.
            return Sql::run(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.version),
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
