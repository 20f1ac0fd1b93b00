// SchemaMigrator: migrations run in order, each in its own transaction with its version bump;
// a failing step leaves the previous version intact (no half-made table) and the next run
// resumes; a newer database and a table out of order are refused; the version lives in the
// schema_version table (any database) and in SQLite's user_version (older releases).
#include "storage/SchemaMigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Migration = SchemaMigrator::Migration;

Migration step(int version, const QStringList &statements)
{
    return {version, QStringLiteral("step %1").arg(version), statements, {}};
}

// The schema's own tables, without the migrator's bookkeeping.
QStringList tables(const QSqlDatabase &db)
{
    QStringList names = db.tables();
    names.removeAll(QStringLiteral("schema_version"));
    names.sort();
    return names;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

int tableVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return -1;
    const int version = query.value(0).toInt();
    return query.next() ? -2 : version; // exactly one row
}

} // namespace

class tst_SchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_db.open());
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
    }

    void runsEveryStepInOrder()
    {
        QCOMPARE(SchemaMigrator::version(m_db), 0);
        QList<int> order;
        QList<Migration> migrations{
            step(1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}),
            step(2,
                 {QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT NOT NULL DEFAULT ''"),
                  QStringLiteral("CREATE TABLE b (z TEXT)")}),
        };
        migrations[1].then = [&order](QSqlDatabase &db, QString *) {
            order << SchemaMigrator::version(db); // still 1 inside step 2
            return QSqlQuery(db).exec(QStringLiteral("INSERT INTO a (x, y) VALUES (1, 'one')"));
        };
        QString reason;
        QVERIFY2(SchemaMigrator::migrate(m_db, migrations, &reason), qPrintable(reason));
        QCOMPARE(SchemaMigrator::version(m_db), 2);
        QCOMPARE(tableVersion(m_db), 2);
        QCOMPARE(userVersion(m_db), 2);
        QCOMPARE(order, QList<int>{1});
        QCOMPARE(tables(m_db), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        // Nothing left to do: running again changes nothing.
        order.clear();
        QVERIFY(SchemaMigrator::migrate(m_db, migrations, &reason));
        QVERIFY(order.isEmpty());
    }

    void failedStepRollsBackAndResumes_data()
    {
        QTest::addColumn<bool>("failInThen");
        QTest::newRow("bad statement") << false;
        QTest::newRow("failing data step") << true;
    }

    void failedStepRollsBackAndResumes()
    {
        QFETCH(bool, failInThen);
        QList<Migration> migrations{
            step(1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}),
            step(2,
                 {QStringLiteral("CREATE TABLE b (z TEXT)"),
                  QStringLiteral("INSERT INTO a (x) VALUES (7)")}),
        };
        if (failInThen) {
            migrations[1].then = [](QSqlDatabase &, QString *reason) {
                *reason = QStringLiteral("copy failed");
                return false;
            };
        } else {
            migrations[1].statements << QStringLiteral("INSERT INTO nowhere VALUES (1)");
        }
        QString reason;
        QVERIFY(!SchemaMigrator::migrate(m_db, migrations, &reason));
        QVERIFY2(reason.contains(QStringLiteral("schema 2")), qPrintable(reason));
        QCOMPARE(SchemaMigrator::version(m_db), 1);
        QCOMPARE(tableVersion(m_db), 1);
        QCOMPARE(userVersion(m_db), 1);
        QCOMPARE(tables(m_db), QStringList{QStringLiteral("a")}); // b rolled back
        QSqlQuery count(m_db);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM a")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0); // so was the insert

        // Fixed, the next open resumes at step 2.
        migrations[1].then = {};
        migrations[1].statements = {QStringLiteral("CREATE TABLE b (z TEXT)")};
        QVERIFY2(SchemaMigrator::migrate(m_db, migrations, &reason), qPrintable(reason));
        QCOMPARE(SchemaMigrator::version(m_db), 2);
    }

    // A file from a release before schema_version existed carries only user_version.
    void readsTheVersionOfAnOlderRelease()
    {
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE a (x INTEGER)")));
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("PRAGMA user_version=1")));
        QCOMPARE(SchemaMigrator::version(m_db), 1);
        QString reason;
        QVERIFY2(SchemaMigrator::migrate(m_db,
                                         {step(1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}),
                                          step(2, {QStringLiteral("CREATE TABLE b (z TEXT)")})},
                                         &reason),
                 qPrintable(reason)); // step 1 is not run again
        QCOMPARE(tableVersion(m_db), 2);
        QCOMPARE(userVersion(m_db), 2);
    }

    void refusesANewerDatabase()
    {
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("PRAGMA user_version=5")));
        QString reason;
        QVERIFY(!SchemaMigrator::migrate(m_db, {step(1, {})}, &reason));
        QVERIFY2(reason.contains(QStringLiteral("newer")), qPrintable(reason));
        QCOMPARE(SchemaMigrator::version(m_db), 5);
    }

    void refusesATableOutOfOrder()
    {
        QString reason;
        QVERIFY(!SchemaMigrator::migrate(
            m_db, {step(1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}), step(3, {})}, &reason));
        QVERIFY(!reason.isEmpty());
        QCOMPARE(SchemaMigrator::version(m_db), 0); // checked before anything runs
        QVERIFY(m_db.tables().isEmpty()); // not even schema_version
    }

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(tst_SchemaMigrator)
#include "tst_SchemaMigrator.moc"
