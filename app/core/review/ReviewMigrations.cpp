#include "review/ReviewMigrations.h"

#include "review/CategoryTable.h"
#include "review/ReviewCategory.h"

namespace {

QList<SchemaMigrator::Migration> migrations()
{
    return {
        {1,
         QStringLiteral("reviews and their flags"),
         {
             QStringLiteral("CREATE TABLE reviews ("
                            " call_id TEXT PRIMARY KEY NOT NULL,"
                            " verdict TEXT NOT NULL DEFAULT 'none',"
                            " score INTEGER,"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " reviewer TEXT NOT NULL DEFAULT '',"
                            " reviewed_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE flags ("
                            " call_id TEXT NOT NULL REFERENCES reviews(call_id)"
                            "   ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " turn_index INTEGER NOT NULL,"
                            " category TEXT NOT NULL,"
                            " PRIMARY KEY (call_id, position))"),
         },
         {}},
        {2,
         QStringLiteral("flag comments, speaker and quote; editable categories"),
         {
             QStringLiteral("ALTER TABLE flags ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE flags ADD COLUMN speaker TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE flags ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE categories ("
                            " position INTEGER PRIMARY KEY,"
                            " key TEXT NOT NULL DEFAULT '',"
                            " name TEXT NOT NULL UNIQUE)"),
         },
         [](QSqlDatabase &db, QString *reason) {
             return CategoryTable::insert(db, ReviewCategory::defaults(), reason);
         }},
        {3,
         QStringLiteral("review queue, its state, dismissed findings"),
         {
             QStringLiteral("CREATE TABLE queue_items ("
                            " position INTEGER PRIMARY KEY,"
                            " call_id TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE queue_state ("
                            " key TEXT PRIMARY KEY NOT NULL,"
                            " value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE dismissed_findings ("
                            " call_id TEXT NOT NULL,"
                            " finding_key TEXT NOT NULL,"
                            " PRIMARY KEY (call_id, finding_key))"),
         },
         {}},
    };
}

} // namespace

const QList<SchemaMigrator::Migration> &ReviewMigrations::all()
{
    static const QList<SchemaMigrator::Migration> list = migrations();
    return list;
}
