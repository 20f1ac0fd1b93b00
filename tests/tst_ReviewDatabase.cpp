// ReviewDatabase: the review database URL, parsed without a server. Empty is the SQLite file;
// postgresql:// and postgres:// name a server; a bad scheme, port or a missing database say
// what is wrong; a password is refused without the message ever repeating it.
#include "storage/ReviewDatabase.h"

#include <QSqlDatabase>
#include <QTest>

class tst_ReviewDatabase : public QObject
{
    Q_OBJECT

private slots:
    void emptyIsTheSqliteFile()
    {
        for (const QString &text : {QString(), QStringLiteral("  ")}) {
            const ReviewDatabase::Parsed parsed =
                ReviewDatabase::parse(text, QStringLiteral("/tmp/r.sqlite"));
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QCOMPARE(parsed.database.kind(), ReviewDatabase::Kind::Sqlite);
            QVERIFY(!parsed.database.isShared());
            QCOMPARE(parsed.database.path(), QStringLiteral("/tmp/r.sqlite"));
            QCOMPARE(parsed.database.displayName(), QStringLiteral("/tmp/r.sqlite"));
        }
    }

    void postgresUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("url");

        QTest::newRow("full")
            << QStringLiteral("postgresql://qa@db.example.com:6543/reviews?sslmode=require")
            << QStringLiteral("db.example.com") << 6543 << QStringLiteral("qa")
            << QStringLiteral("reviews") << QStringLiteral("require")
            << QStringLiteral("db.example.com:6543/reviews")
            << QStringLiteral("postgresql://qa@db.example.com:6543/reviews?sslmode=require");
        QTest::newRow("short scheme, default port")
            << QStringLiteral("postgres://qa@db/reviews") << QStringLiteral("db") << 5432
            << QStringLiteral("qa") << QStringLiteral("reviews") << QString()
            << QStringLiteral("db:5432/reviews")
            << QStringLiteral("postgresql://qa@db:5432/reviews");
        QTest::newRow("no user, upper-case scheme")
            << QStringLiteral(" POSTGRESQL://127.0.0.1:5433/team_reviews ")
            << QStringLiteral("127.0.0.1") << 5433 << QString() << QStringLiteral("team_reviews")
            << QString() << QStringLiteral("127.0.0.1:5433/team_reviews")
            << QStringLiteral("postgresql://127.0.0.1:5433/team_reviews");
        QTest::newRow("local socket, encoded name")
            << QStringLiteral("postgresql:///qa%20reviews?sslmode=disable") << QString() << 5432
            << QString() << QStringLiteral("qa reviews") << QStringLiteral("disable")
            << QStringLiteral("localhost:5432/qa reviews")
            << QStringLiteral("postgresql://:5432/qa%20reviews?sslmode=disable");
        QTest::newRow("verify-full")
            << QStringLiteral("postgresql://a.b@h:1/d?sslmode=verify-full") << QStringLiteral("h")
            << 1 << QStringLiteral("a.b") << QStringLiteral("d") << QStringLiteral("verify-full")
            << QStringLiteral("h:1/d")
            << QStringLiteral("postgresql://a.b@h:1/d?sslmode=verify-full");
    }

    void postgresUrls()
    {
        QFETCH(QString, text);
        const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(text, QStringLiteral("x"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const ReviewDatabase &db = parsed.database;
        QCOMPARE(db.kind(), ReviewDatabase::Kind::Postgres);
        QVERIFY(db.isShared());
        QTEST(db.host(), "host");
        QTEST(db.port(), "port");
        QTEST(db.user(), "user");
        QTEST(db.databaseName(), "name");
        QTEST(db.sslMode(), "sslMode");
        QTEST(db.displayName(), "display");
        QTEST(db.url(), "url");
        QFETCH(QString, sslMode);
        QCOMPARE(db.connectOptions().contains(QStringLiteral("sslmode=") + sslMode),
                 !sslMode.isEmpty());
        QVERIFY(db.connectOptions().startsWith(QStringLiteral("connect_timeout=")));
        // One keychain entry per database, the same for two spellings of one URL.
        QCOMPARE(db.keychainEntry(), QStringLiteral("review-database:") + db.url());
        QCOMPARE(ReviewDatabase::parse(db.url(), {}).database.url(), db.url());
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // a part of the error

        QTest::newRow("unknown scheme")
            << QStringLiteral("mysql://qa@db/reviews") << QStringLiteral("postgresql://");
        QTest::newRow("a file path")
            << QStringLiteral("/home/qa/reviews.sqlite") << QStringLiteral("not a database URL");
        QTest::newRow("port not a number")
            << QStringLiteral("postgresql://qa@db:abc/reviews") << QStringLiteral("port");
        QTest::newRow("port zero")
            << QStringLiteral("postgresql://qa@db:0/reviews") << QStringLiteral("65535");
        QTest::newRow("port too big")
            << QStringLiteral("postgresql://qa@db:70000/reviews") << QStringLiteral("65535");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://qa@db:5432") << QStringLiteral("names no database");
        QTest::newRow("only a slash")
            << QStringLiteral("postgresql://qa@db:5432/") << QStringLiteral("names no database");
        QTest::newRow("bad sslmode")
            << QStringLiteral("postgresql://qa@db/r?sslmode=yes") << QStringLiteral("verify-full");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://qa@db/r?password=x") << QStringLiteral("sslmode");
        QTest::newRow("a path in the name")
            << QStringLiteral("postgresql://qa@db/r/s") << QStringLiteral("not a database name");
    }

    void badUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(text, QStringLiteral("x"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
    }

    void passwordIsRefusedAndNeverRepeated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("password") << QStringLiteral("postgresql://qa:S3cr3tPw@db:5432/reviews");
        QTest::newRow("empty password") << QStringLiteral("postgresql://qa:@db/reviews");
        QTest::newRow("and a bad port") << QStringLiteral("postgresql://qa:S3cr3tPw@db:x/reviews");
        QTest::newRow("short scheme") << QStringLiteral("postgres://qa:S3cr3tPw@db/reviews");
    }

    void passwordIsRefusedAndNeverRepeated()
    {
        QFETCH(QString, text);
        const ReviewDatabase::Parsed parsed = ReviewDatabase::parse(text, QStringLiteral("x"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(QStringLiteral("password")), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("PGPASSFILE")), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(QStringLiteral("keychain")), qPrintable(parsed.error));
        QVERIFY2(!parsed.error.contains(QStringLiteral("S3cr3tPw")), qPrintable(parsed.error));
    }

    void openFailureNamesTheServerNotThePassword()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("the QPSQL driver is missing (Debian package libqt6sql6-psql)");
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        const ReviewDatabase db =
            ReviewDatabase::parse(QStringLiteral("postgresql://qa@127.0.0.1:1/reviews"), {})
                .database;
        QString reason;
        QVERIFY(!db.open(QStringLiteral("refused"), QStringLiteral("S3cr3tPw"), &reason));
        QSqlDatabase::removeDatabase(QStringLiteral("refused"));
        QVERIFY(!reason.isEmpty());
        QVERIFY2(!reason.contains(QStringLiteral("S3cr3tPw")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewDatabase)
#include "tst_ReviewDatabase.moc"
