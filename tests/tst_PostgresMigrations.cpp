// The review store's schema on a real PostgreSQL server (issue 16's groundwork): every migration
// of ReviewMigrations runs on PostgreSQL 15 through Qt's QPSQL driver, in its own transaction,
// and a second run is a no-op; a database at every old schema (support/FrozenReviewSchema.h)
// migrates to the newest with its reviews and flags intact, keyed by (call, reviewer) from
// schema 8. The server is a throw-away one (tests/support/PostgresServer.h).
#include "FrozenReviewSchema.h"
#include "PostgresServer.h"
#include "review/ReviewMigrations.h"
#include "review/ReviewStore.h"
#include "storage/SchemaMigrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_PostgresMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "the QPSQL driver is missing (Debian package libqt6sql6-psql)");
        const QString error = m_server.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_server.port());
        db.setUserName(QLatin1String(PostgresServer::user));
        db.setDatabaseName(QLatin1String(PostgresServer::database));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }

    void everyMigrationRunsOnPostgres()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QString reason;
        QVERIFY2(SchemaMigrator::migrate(db, ReviewMigrations::all(), &reason), qPrintable(reason));
        QCOMPARE(SchemaMigrator::version(db), ReviewMigrations::latest);
        // Run again: nothing to do, nothing fails.
        QVERIFY2(SchemaMigrator::migrate(db, ReviewMigrations::all(), &reason), qPrintable(reason));
        QCOMPARE(SchemaMigrator::version(db), ReviewMigrations::latest);
        // The tables are there and usable.
        QSqlQuery query(db);
        for (const char *table : {"reviews", "audit_log", "scorecard_forms"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)),
                     qPrintable(query.lastError().text()));
        }
    }

    void migratesFromEveryOldVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v <= frozenSchema().size() && v < ReviewMigrations::latest + 1; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migratesFromEveryOldVersion()
    {
        QFETCH(int, from);
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        // A new, empty database for each version, built at that version.
        QStringList build{QStringLiteral("SET client_min_messages = warning"),
                          QStringLiteral("DROP SCHEMA public CASCADE"),
                          QStringLiteral("CREATE SCHEMA public")};
        for (int v = 1; v <= from; ++v)
            build += frozenSchema().at(v - 1);
        build += frozenData(from);
        build += QStringList{
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(from)};
        for (const QString &sql : std::as_const(build)) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql + u' ' + query.lastError().text()));
        }

        ReviewStore store; // no reviewer name: each call's one review, whoever wrote it
        const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(m_server.url(), QString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QString error;
        QCOMPARE(store.open(parsed.database, QString(), &error), ReviewStore::OpenResult::Opened);
        QCOMPARE(store.userVersion(), ReviewMigrations::latest);
        const Review bo = store.load(QStringLiteral("5x5"));
        QCOMPARE(bo.reviewer, QStringLiteral("Bo"));
        QCOMPARE(bo.verdict, Review::Verdict::Fail);
        QCOMPARE(bo.score, std::optional<int>(20));
        QCOMPARE(bo.summary, QStringLiteral("Old review — ñ"));
        QCOMPARE(bo.version, 1);
        QCOMPARE(bo.flags.size(), 2);
        QCOMPARE(bo.flags.at(0).turnIndex, 7);
        QCOMPARE(bo.flags.at(1).turnIndex, 2);
        QCOMPARE(bo.flags.at(0).comment, from == 1 ? QString() : QStringLiteral("curt"));
        const Review unnamed = store.load(QStringLiteral("6x6"));
        QCOMPARE(unnamed.reviewer, QString());
        QCOMPARE(unnamed.verdict, Review::Verdict::Pass);
        QCOMPARE(store.load(QStringLiteral("6x6"), QStringLiteral("Ana")).verdict,
                 Review::Verdict::Pass); // an unnamed review is anyone's until one saves it

        // A second reviewer's review of the call is kept beside Bo's; deleting Bo's takes his
        // flags (the foreign key on (call_id, reviewer)) and leaves Cy's.
        Review cy = store.load(QStringLiteral("5x5"), QStringLiteral("Cy"));
        QCOMPARE(cy.version, 0);
        cy.verdict = Review::Verdict::Pass;
        cy.flags.append({4, QStringLiteral("Tone"), QString(), Speaker::Bot, QString()});
        QVERIFY(store.save(cy));
        QCOMPARE(store.reviewsOf(QStringLiteral("5x5")).size(), 2);
        QVERIFY(store.remove(QStringLiteral("5x5"), QStringLiteral("Bo")));
        QSqlQuery flags(db);
        QVERIFY(flags.exec(QStringLiteral("SELECT reviewer, turn_index FROM flags"
                                          " WHERE call_id = '5x5'")));
        QVERIFY(flags.next());
        QCOMPARE(flags.value(0).toString(), QStringLiteral("Cy"));
        QCOMPARE(flags.value(1).toInt(), 4);
        QVERIFY(!flags.next());
        if (from >= 3)
            QCOMPARE(store.queueIds().size(), 3);
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(m_connection);
        QVERIFY2(m_server.stop(false).isEmpty(), qPrintable(m_server.log().right(500)));
    }

private:
    PostgresServer m_server;
    const QString m_connection = QStringLiteral("postgres-migrations");
};

QTEST_GUILESS_MAIN(tst_PostgresMigrations)
#include "tst_PostgresMigrations.moc"
