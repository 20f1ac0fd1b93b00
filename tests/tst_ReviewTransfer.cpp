// ReviewTransfer, the --import-reviews / --export-reviews contract: malformed files are refused
// with the JSON path and write nothing (exit 2); the export round-trips through an import
// without a change; and against a real PostgreSQL server (one throw-away cluster,
// tests/support/PostgresServer.h) through the executable: two imports at once lose nothing, a
// server killed mid-import leaves nothing half-written after its restart, an unreachable server
// is exit 3 naming host:port/db, a shared database without a reviewer name is exit 2.
#include "PostgresServer.h"
#include "review/ReviewStore.h"
#include "review/ReviewTransfer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject entry(const QString &callId, const QString &reviewer, int flags = 1)
{
    QJsonArray list;
    for (int i = 0; i < flags; ++i)
        list.append(QJsonObject{{QStringLiteral("turn"), i + 1},
                                {QStringLiteral("category"), QStringLiteral("Repeated itself")},
                                {QStringLiteral("note"), QStringLiteral("note %1").arg(i)}});
    return {{QStringLiteral("call_id"), callId},
            {QStringLiteral("reviewer"), reviewer},
            {QStringLiteral("verdict"), QStringLiteral("needs_work")},
            {QStringLiteral("score"), 64},
            {QStringLiteral("summary"), QStringLiteral("ñ “quoted”")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00.000Z")},
            {QStringLiteral("flags"), list},
            {QStringLiteral("extra_field"), QStringLiteral("ignored")}};
}

QByteArray file(const QJsonArray &reviews)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("reviews"), reviews}}).toJson();
}

} // namespace

class tst_ReviewTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_serverError = m_server.setUp();
        if (m_serverError.startsWith(QStringLiteral("PostgreSQL server programs not found")))
            return; // the server cases skip, saying why
        QVERIFY2(m_serverError.isEmpty(), qPrintable(m_serverError));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QJsonObject good = entry(QStringLiteral("c1"), QStringLiteral("Ana"));
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject changed = good;
            changed.insert(key, value);
            return file({good, changed});
        };
        QTest::newRow("not JSON") << QByteArray("{\"reviews\": [") << QStringLiteral("$: ");
        QTest::newRow("no reviews") << QByteArray("{}") << QStringLiteral("$.reviews:");
        QTest::newRow("bad verdict") << with(QStringLiteral("verdict"), QStringLiteral("ok"))
                                     << QStringLiteral("$.reviews[1].verdict:");
        QTest::newRow("score too high")
            << with(QStringLiteral("score"), 101) << QStringLiteral("$.reviews[1].score:");
        QTest::newRow("no reviewer") << with(QStringLiteral("reviewer"), QString())
                                     << QStringLiteral("$.reviews[1].reviewer:");
        QTest::newRow("bad time") << with(QStringLiteral("updated_at"), QStringLiteral("yesterday"))
                                  << QStringLiteral("$.reviews[1].updated_at:");
        QTest::newRow("bad flag") << with(
            QStringLiteral("flags"),
            QJsonArray{QJsonObject{{QStringLiteral("turn"), 0},
                                   {QStringLiteral("category"), QStringLiteral("x")}}})
                                  << QStringLiteral("$.reviews[1].flags[0].turn:");
        QTest::newRow("same call and reviewer twice")
            << file({good, good}) << QStringLiteral("$.reviews[1].call_id:");
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QString error;
        QVERIFY(!ReviewTransfer::fromJson(json, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }

    // A file with two reviewers' reviews of one call imports both (nothing is a conflict), the
    // export has both, and importing it again changes nothing.
    void twoReviewersOfOneCallImportAndExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("team.sqlite"));
        QJsonObject bo = entry(QStringLiteral("c1"), QStringLiteral("Bo"), 0);
        bo.insert(QStringLiteral("verdict"), QStringLiteral("fail"));
        const QString input = write(QStringLiteral("team.json"),
                                    file({entry(QStringLiteral("c1"), QStringLiteral("Ana"), 2), bo,
                                          entry(QStringLiteral("c2"), QStringLiteral("Bo"), 1)}));
        QCOMPARE(callreview({QStringLiteral("--import-reviews"), input}, db).exitCode, 0);
        const QJsonArray all = exported(db);
        QCOMPARE(all.size(), 3);
        QStringList keys;
        for (const QJsonValue &review : all) {
            const QJsonObject object = review.toObject();
            keys << object.value(QStringLiteral("call_id")).toString() + u'/'
                    + object.value(QStringLiteral("reviewer")).toString() + u'/'
                    + object.value(QStringLiteral("verdict")).toString();
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("c1/Ana/needs_work"), QStringLiteral("c1/Bo/fail"),
                              QStringLiteral("c2/Bo/needs_work")}));
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("flags")).toArray().size(), 2);
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("flags")).toArray().size(), 0);
        QCOMPARE(callreview({QStringLiteral("--import-reviews"), input}, db).exitCode, 0);
        QCOMPARE(exported(db), all);
    }

    // Through the executable on a SQLite file: exit 2, the path, and nothing written (not even
    // the valid entry before the bad one).
    void malformedFileWritesNothing()
    {
        QJsonObject bad = entry(QStringLiteral("c2"), QStringLiteral("Ana"));
        bad.insert(QStringLiteral("verdict"), QStringLiteral("ok"));
        const QString input =
            write(QStringLiteral("bad.json"),
                  file({entry(QStringLiteral("c1"), QStringLiteral("Ana")), bad}));
        const QString db = m_dir.filePath(QStringLiteral("malformed.sqlite"));
        const Run run = callreview(
            {QStringLiteral("--review-db="), QStringLiteral("--import-reviews"), input}, db);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("$.reviews[1].verdict"))
                     && run.err.contains(QStringLiteral("nothing was imported")),
                 qPrintable(run.err));
        QCOMPARE(exported(db).size(), 0);
    }

    void exportRoundTripsThroughImport()
    {
        const QString db = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        const QString input = write(QStringLiteral("in.json"),
                                    file({entry(QStringLiteral("c1"), QStringLiteral("Ana"), 2),
                                          entry(QStringLiteral("c2"), QStringLiteral("Bo"), 0)}));
        QCOMPARE(callreview({QStringLiteral("--import-reviews"), input}, db).exitCode, 0);
        const QJsonArray first = exported(db);
        QCOMPARE(first.size(), 2);
        const QJsonObject c1 = first.at(0).toObject();
        QCOMPARE(c1.value(QStringLiteral("verdict")).toString(), QStringLiteral("needs_work"));
        QCOMPARE(c1.value(QStringLiteral("score")).toInt(), 64);
        QCOMPARE(c1.value(QStringLiteral("summary")).toString(), QStringLiteral("ñ “quoted”"));
        QCOMPARE(c1.value(QStringLiteral("updated_at")).toString(),
                 QStringLiteral("2026-12-01T10:00:00.000Z"));
        QCOMPARE(c1.value(QStringLiteral("flags")).toArray().size(), 2);
        QCOMPARE(c1.value(QStringLiteral("flags"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("note")),
                 QJsonValue(QStringLiteral("note 1")));
        // Turns numbered as in the window: turn 2 is the second bubble, stored as row 1.
        QCOMPARE(c1.value(QStringLiteral("flags")).toArray().at(1).toObject().value(u"turn"),
                 QJsonValue(2));
        {
            ReviewStore store;
            // The scratch home's local file (start(): XDG_DATA_HOME, the app's data folder).
            QVERIFY(
                store.open(db + QStringLiteral(".home/data/CallReview/callreview/reviews.sqlite")));
            QCOMPARE(store.load(QStringLiteral("c1"), QStringLiteral("Ana")).flags.at(1).turnIndex,
                     1);
        }
        // The export imported again (and the first file again): nothing changes.
        const QString again = write(QStringLiteral("again.json"), file(first));
        QCOMPARE(callreview({QStringLiteral("--import-reviews"), again}, db).exitCode, 0);
        QCOMPARE(callreview({QStringLiteral("--import-reviews"), input}, db).exitCode, 0);
        QCOMPARE(exported(db), first);
        // An export into a missing folder is a write failure.
        QCOMPARE(callreview({QStringLiteral("--export-reviews"),
                             m_dir.filePath(QStringLiteral("no/such/folder/x.json"))},
                            db)
                     .exitCode,
                 5);
    }

    void sharedDatabaseNeedsAReviewerAndAServer()
    {
        requireServer();
        const QString out = m_dir.filePath(QStringLiteral("x.json"));
        Run run = callreview({QStringLiteral("--review-db"), m_server.url(),
                              QStringLiteral("--export-reviews"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--reviewer")), qPrintable(run.err));
        // Nothing listens on port 1: exit 3, naming the server.
        run = callreview({QStringLiteral("--review-db"),
                          QStringLiteral("postgresql://qa@127.0.0.1:1/team"),
                          QStringLiteral("--reviewer"), QStringLiteral("Ana"),
                          QStringLiteral("--export-reviews"), out});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:1/team")), qPrintable(run.err));
    }

    // Two imports of overlapping files at once into one database: both succeed, every review
    // of both is there once, the shared ones once, and the calls both reviewers reviewed have
    // both reviews.
    void concurrentImportsLoseNothing()
    {
        requireServer();
        QJsonArray a;
        QJsonArray b;
        for (int i = 0; i < 100; ++i) {
            a.append(entry(QStringLiteral("a-%1").arg(i), QStringLiteral("Ana")));
            b.append(entry(QStringLiteral("b-%1").arg(i), QStringLiteral("Bo")));
        }
        for (int i = 0; i < 20; ++i) { // in both files, the same review
            a.append(entry(QStringLiteral("shared-%1").arg(i), QStringLiteral("Cy")));
            b.append(entry(QStringLiteral("shared-%1").arg(i), QStringLiteral("Cy")));
        }
        for (int i = 0; i < 30; ++i) { // the same calls, each file its own reviewer's review
            a.append(entry(QStringLiteral("team-%1").arg(i), QStringLiteral("Ana")));
            b.append(entry(QStringLiteral("team-%1").arg(i), QStringLiteral("Bo")));
        }
        const QString fileA = write(QStringLiteral("a.json"), file(a));
        const QString fileB = write(QStringLiteral("b.json"), file(b));
        // The schema first, so the two runs race on the rows, not on creating tables.
        QCOMPARE(
            shared({QStringLiteral("--export-reviews"), m_dir.filePath(QStringLiteral("e.json"))})
                .exitCode,
            0);
        QProcess one;
        QProcess two;
        start(one,
              {QStringLiteral("--review-db"), m_server.url(), QStringLiteral("--reviewer"),
               QStringLiteral("Ana"), QStringLiteral("--import-reviews"), fileA});
        start(two,
              {QStringLiteral("--review-db"), m_server.url(), QStringLiteral("--reviewer"),
               QStringLiteral("Bo"), QStringLiteral("--import-reviews"), fileB});
        QVERIFY(one.waitForFinished(60000));
        QVERIFY(two.waitForFinished(60000));
        QVERIFY2(one.exitCode() == 0, one.readAllStandardError().constData());
        QVERIFY2(two.exitCode() == 0, two.readAllStandardError().constData());
        QSqlDatabase db = connect(QStringLiteral("concurrent"));
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM reviews WHERE call_id LIKE 'a-%'"
                                      " OR call_id LIKE 'b-%' OR call_id LIKE 'shared-%'")),
                 220);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM flags WHERE call_id LIKE 'a-%'"
                                      " OR call_id LIKE 'b-%' OR call_id LIKE 'shared-%'")),
                 220);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM reviews WHERE call_id LIKE 'team-%'"
                                      " AND reviewer IN ('Ana', 'Bo')")),
                 60);
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM flags WHERE call_id LIKE 'team-%'")),
            60);
        // One insert audit row per review: the shared ones were written once, by one import.
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'"
                                      " AND entity_key LIKE 'shared-%'")),
                 20);
        db.close();
    }

    // The server dies (no shutdown checkpoint) while a large import's transaction is open;
    // after the restart not one row of it is there.
    void serverKilledMidImportLeavesNothing()
    {
        requireServer();
        QJsonArray big;
        QJsonArray small;
        for (int i = 0; i < 1000; ++i) {
            big.append(entry(QStringLiteral("big-%1").arg(i), QStringLiteral("Ana"), 2));
            if (i < 40)
                small.append(big.last());
        }
        const QString input = write(QStringLiteral("big.json"), file(big));
        QSqlDatabase watch = connect(QStringLiteral("watch"));
        const qint64 auditBefore = count(watch, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QProcess import;
        start(import,
              {QStringLiteral("--review-db"), m_server.url(), QStringLiteral("--reviewer"),
               QStringLiteral("Ana"), QStringLiteral("--import-reviews"), input});
        // Wait until the import's transaction has written some rows (seen as an open
        // transaction holding the audit counter's lock), then kill the server.
        bool midway = false;
        for (int i = 0; i < 2000 && !midway; ++i) {
            midway = count(watch,
                           QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE"
                                          " datname = current_database() AND pid <>"
                                          " pg_backend_pid() AND xact_start IS NOT NULL"
                                          " AND state <> 'idle'"))
                > 0;
            if (!midway)
                QTest::qWait(5);
        }
        QVERIFY2(midway, "the import's transaction was never seen");
        QTest::qWait(100); // some hundreds of reviews into it
        watch.close();
        QVERIFY2(m_server.stop(true).isEmpty(), qPrintable(m_server.log().right(500)));
        QVERIFY(import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 3 || import.exitCode() == 5,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(import.exitCode())
                                .arg(QString::fromUtf8(import.readAllStandardError()))));
        QVERIFY2(m_server.start().isEmpty(), qPrintable(m_server.log().right(500)));
        QSqlDatabase db = connect(QStringLiteral("after"));
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE call_id LIKE 'big-%'")),
            0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM flags WHERE call_id LIKE 'big-%'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        db.close();
        // And the database takes imports again.
        QCOMPARE(shared({QStringLiteral("--import-reviews"),
                         write(QStringLiteral("small.json"), file(small))})
                     .exitCode,
                 0);
    }

    void cleanupTestCase()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name); // no handle is left by now
        m_server.stop(false);
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    void requireServer()
    {
        if (!m_serverError.isEmpty())
            QSKIP(qPrintable(m_serverError));
    }

    QString write(const QString &name, const QByteArray &data) const
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The executable with a scratch settings folder; sqlitePath: where the local file lives.
    void start(QProcess &process, const QStringList &arguments,
               const QString &sqlitePath = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: fails at once
        const QString home = sqlitePath.isEmpty() ? m_dir.filePath(QStringLiteral("home"))
                                                  : sqlitePath + QStringLiteral(".home");
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE), arguments);
    }

    Run callreview(const QStringList &arguments, const QString &sqlitePath = QString()) const
    {
        QProcess process;
        start(process, arguments, sqlitePath);
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run shared(const QStringList &arguments) const
    {
        return callreview(QStringList{QStringLiteral("--review-db"), m_server.url(),
                                      QStringLiteral("--reviewer"), QStringLiteral("Tester")}
                          + arguments);
    }

    // Every review in the local database of sqlitePath's scratch home, as exported.
    QJsonArray exported(const QString &sqlitePath) const
    {
        const QString out = sqlitePath + QStringLiteral(".export.json");
        const Run run = callreview({QStringLiteral("--export-reviews"), out}, sqlitePath);
        if (run.exitCode != 0)
            qWarning("export failed: %s", qPrintable(run.err));
        QFile in(out);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(in.readAll())
            .object()
            .value(QStringLiteral("reviews"))
            .toArray();
    }

    QSqlDatabase connect(const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_server.port());
        db.setUserName(QLatin1String(PostgresServer::user));
        db.setDatabaseName(QLatin1String(PostgresServer::database));
        if (!db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
        return db;
    }

    static qint64 count(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    PostgresServer m_server;
    QString m_serverError;
};

QTEST_GUILESS_MAIN(tst_ReviewTransfer)
#include "tst_ReviewTransfer.moc"
