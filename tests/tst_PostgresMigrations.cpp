// The review store's schema on a real PostgreSQL server (issue 16's groundwork): every migration
// of ReviewMigrations runs on PostgreSQL 15 through Qt's QPSQL driver, in its own transaction,
// and a second run is a no-op. The server is a throw-away one (tests/support/PostgresServer.h).
#include "PostgresServer.h"
#include "review/ReviewMigrations.h"
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
