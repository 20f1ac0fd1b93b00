// ReviewMigrations: a database written by every earlier release (schema 1, 2, 3 ...) opens
// in today's ReviewStore with its data intact and every table usable, and ends with the same
// tables and columns as a new database. Each old schema is the test's own frozen copy of what
// that release wrote (support/FrozenReviewSchema.h), not ReviewMigrations itself, so editing a
// shipped migration fails here; tst_PostgresMigrations does the same on PostgreSQL.
// The store's SQL stays what SQLite and PostgreSQL both run (issue 16).
#include "FrozenReviewSchema.h"
#include "review/ReviewMigrations.h"
#include "review/ReviewStore.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool runAll(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning("%s", qPrintable(sql));
            return false;
        }
    }
    return true;
}

bool buildAt(const QString &path, int version)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("frozen"));
        db.setDatabaseName(path);
        ok = db.open();
        for (int v = 1; ok && v <= version; ++v)
            ok = runAll(db, frozenSchema().at(v - 1));
        ok = ok && runAll(db, frozenData(version))
            && runAll(db, {QStringLiteral("PRAGMA user_version=%1").arg(version)});
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("frozen"));
    return ok;
}

// Every table with its columns (name, type, NOT NULL, default, primary key place), sorted.
QStringList shape(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QStringList result;
    for (const QString &table : db.tables()) {
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            continue;
        while (columns.next()) {
            result << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                          .arg(table, columns.value(1).toString(), columns.value(2).toString(),
                               columns.value(3).toString(), columns.value(4).toString(),
                               columns.value(5).toString());
        }
    }
    result.sort();
    return result;
}

// SQL that one of SQLite and PostgreSQL does not run (or runs differently).
const QList<QRegularExpression> &unportable()
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const char *pattern :
             {"\\bAUTOINCREMENT\\b", "\\bINSERT\\s+OR\\b", "\\bREPLACE\\s+INTO\\b", "\\bPRAGMA\\b",
              "\\b(datetime|strftime|julianday|date|time)\\s*\\(", "\\bWITHOUT\\s+ROWID\\b",
              "\\browid\\b", "\\bIFNULL\\s*\\(", "\\bGLOB\\b", "`", "\\bLIMIT\\s+-1\\b",
              "\\bBLOB\\b", "\\bCOLLATE\\s+NOCASE\\b"}) {
            list.append(QRegularExpression(QString::fromLatin1(pattern),
                                           QRegularExpression::CaseInsensitiveOption));
        }
        return list;
    }();
    return patterns;
}

QString unportablePart(const QString &sql)
{
    for (const QRegularExpression &pattern : unportable()) {
        const QRegularExpressionMatch match = pattern.match(sql);
        if (match.hasMatch())
            return match.captured();
    }
    return {};
}

} // namespace

class tst_ReviewMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void versionsAreNumberedInOrder()
    {
        const QList<SchemaMigrator::Migration> &all = ReviewMigrations::all();
        QCOMPARE(int(all.size()), ReviewMigrations::latest);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, i + 1);
            QVERIFY(!all.at(i).summary.isEmpty());
        }
        // The test knows every shipped schema but the newest, which a release has not shipped
        // yet when it is added; add its frozen copy here once it has.
        QVERIFY(frozenSchema().size() >= ReviewMigrations::latest - 1);
    }

    void migrationsArePortable()
    {
        for (const SchemaMigrator::Migration &migration : ReviewMigrations::all()) {
            for (const QString &sql : migration.statements) {
                const QString part = unportablePart(sql);
                QVERIFY2(part.isEmpty(),
                         qPrintable(QStringLiteral("migration %1: \"%2\" in %3")
                                        .arg(migration.version)
                                        .arg(part, sql)));
            }
        }
    }

    // Every string literal in the store's sources; PRAGMA only where a connection is known to
    // be SQLite (opening the file; SQLite's user_version).
    void storeSqlIsPortable()
    {
        const QString top = QStringLiteral(CALLREVIEW_SOURCE_DIR "/app/core/");
        const QStringList files{
            QStringLiteral("assignment/AssignmentStore.cpp"),
            QStringLiteral("calibration/CalibrationStore.cpp"),
            QStringLiteral("review/CategoryTable.cpp"),
            QStringLiteral("review/DismissedFindingTable.cpp"),
            QStringLiteral("review/QueueTable.cpp"),
            QStringLiteral("review/ReviewMigrations.cpp"),
            QStringLiteral("review/ReviewTable.cpp"),
            QStringLiteral("scorecards/ScorecardStore.cpp"),
            QStringLiteral("storage/AuditLog.cpp"),
            QStringLiteral("storage/Sql.cpp"),
        };
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        int literals = 0;
        for (const QString &name : files) {
            QFile file(top + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = literal.globalMatch(text); it.hasNext();) {
                const QString sql = it.next().captured(1);
                ++literals;
                const QString part = unportablePart(sql);
                QVERIFY2(part.isEmpty(),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3").arg(name, part, sql)));
            }
        }
        QVERIFY(literals > 50); // the files were read
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
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(from));
        QVERIFY(buildAt(path, from));

        ReviewStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.userVersion(), ReviewStore::schemaVersion);

        // The reviews and flags as they were.
        const Review review = store.load(QStringLiteral("5x5"));
        QCOMPARE(review.verdict, Review::Verdict::Fail);
        QCOMPARE(review.score, std::optional<int>(20));
        QCOMPARE(review.summary, QStringLiteral("Old review — ñ"));
        QCOMPARE(review.reviewer, QStringLiteral("Bo"));
        QCOMPARE(review.reviewedAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(review.flags.size(), 2);
        QCOMPARE(review.flags.at(0).turnIndex, 7);
        QCOMPARE(review.flags.at(0).category, QStringLiteral("Tone"));
        QCOMPARE(review.flags.at(1).turnIndex, 2);
        const Review other = store.load(QStringLiteral("6x6"));
        QCOMPARE(other.verdict, Review::Verdict::Pass);
        QVERIFY(!other.score.has_value());
        QVERIFY(!other.reviewedAt.isValid());
        QCOMPARE(store.verdicts({QStringLiteral("5x5"), QStringLiteral("6x6")}).size(), 2);

        QList<ReviewCategory> categories = ReviewCategory::defaults();
        if (from == 1) {
            QVERIFY(review.flags.at(0).comment.isEmpty());
            QCOMPARE(review.flags.at(0).speaker, Speaker::Unknown);
        } else {
            QCOMPARE(review.flags.at(0).comment, QStringLiteral("curt"));
            QCOMPARE(review.flags.at(0).speaker, Speaker::Bot);
            QCOMPARE(review.flags.at(0).quote, QStringLiteral("What do you want?"));
            QCOMPARE(review.flags.at(1).speaker, Speaker::Human);
            categories[4].name = QStringLiteral("Abrupt");
            categories.append({QString(), QStringLiteral("Privacy")});
        }
        QCOMPARE(store.categories(), categories);

        if (from >= 3) {
            QCOMPARE(
                store.queueIds(),
                (QStringList{QStringLiteral("6x6"), QStringLiteral("5x5"), QStringLiteral("7x7")}));
            QCOMPARE(store.queueValue(QStringLiteral("current")), QStringLiteral("5x5"));
            QCOMPARE(store.queueValue(QStringLiteral("filter")), QStringLiteral("fail"));
            QCOMPARE(store.dismissedFindings(QStringLiteral("5x5")),
                     QSet<QString>{QStringLiteral("loop:3")});
        } else {
            QVERIFY(store.queueIds().isEmpty());
        }

        if (from >= 4) {
            QCOMPARE(store.scorecards().versions(QStringLiteral("Mini")), QList<int>{1});
            const std::optional<ScorecardAnswers> answers =
                store.scorecards().answers(QStringLiteral("5x5"), QStringLiteral("Bo"));
            QVERIFY(answers);
            QCOMPARE(answers->answers.value(QStringLiteral("q1")), ScorecardAnswer::yes());
            QCOMPARE(answers->answers.value(QStringLiteral("q2")), ScorecardAnswer::fromNumber(4));
            QCOMPARE(answers->comment(QStringLiteral("q2")), QStringLiteral("ok"));
        } else {
            QVERIFY(store.scorecards().formNames().isEmpty());
        }
        // Rows from before versions start at 1, so a save from a copy loaded now goes through.
        QCOMPARE(review.version, 1);
        QVERIFY(store.auditTrail().isEmpty());

        // Every table takes writes after the migration.
        Review edited = review;
        edited.flags[0].comment = QStringLiteral("still curt");
        QVERIFY(store.save(edited));
        QCOMPARE(store.load(QStringLiteral("5x5")), edited);
        QVERIFY(store.setQueueIds({QStringLiteral("5x5")}));
        QCOMPARE(store.queueIds(), QStringList{QStringLiteral("5x5")});
        QVERIFY(store.setFindingDismissed(QStringLiteral("6x6"), QStringLiteral("k"), true));
        categories.append({QString(), QStringLiteral("New")});
        QVERIFY(store.setCategories(categories));
        QVERIFY(store.remove(QStringLiteral("6x6")));
        QCOMPARE(store.auditTrail().size(), 5); // review, categories, queue, finding, delete

        // Schema 8: each row kept its reviewer as its key ('' when none was named), and a
        // second reviewer's review of a call is kept beside the first, flags and all.
        QCOMPARE(store.load(QStringLiteral("5x5"), QStringLiteral("Bo")), edited);
        Review cy = store.load(QStringLiteral("5x5"), QStringLiteral("Cy"));
        QCOMPARE(cy.version, 0);
        cy.verdict = Review::Verdict::Pass;
        cy.flags.append({1, QStringLiteral("Tone"), QString(), Speaker::Bot, QString()});
        QVERIFY(store.save(cy));
        const QList<Review> both = store.reviewsOf(QStringLiteral("5x5"));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0), edited);
        QCOMPARE(both.at(1), cy);

        // The same tables and columns as a database that started new.
        ReviewStore fresh;
        QVERIFY(fresh.open(m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(from))));
        QCOMPARE(shape(store.connectionName()), shape(fresh.connectionName()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_ReviewMigrations)
#include "tst_ReviewMigrations.moc"
