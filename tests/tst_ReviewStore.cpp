// ReviewStore: reviews survive closing and reopening, another process (which dies without
// closing) and the next test run; newer schemas are refused (tst_ReviewMigrations covers
// the old ones); two connections racing on one review never lose a save (the loser gets a
// Conflict and writes nothing); every change leaves an audit row saying who, when and what.
#include "review/ReviewStore.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdlib>

namespace {

Review sampleReview(const QString &callId)
{
    Review review;
    review.callId = callId;
    review.verdict = Review::Verdict::NeedsWork;
    review.score = 72;
    review.summary = QStringLiteral("Asked for the name twice.\nOtherwise fine — ñ, \"quotes\".");
    review.reviewer = QStringLiteral("Ana Pérez");
    review.reviewedAt = QDateTime(QDate(2026, 11, 25), QTime(20, 31, 5, 123), Qt::UTC);
    review.flags.append({10, QStringLiteral("Repeated itself"), QStringLiteral("again"),
                         Speaker::Bot, QStringLiteral("Could I have your full name, please?")});
    review.flags.append({15, QStringLiteral("Should have escalated"), QString(), Speaker::Human,
                         QStringLiteral("Can I talk to a real person?")});
    return review;
}

// The child process: writes one review and dies without closing the database, as a crash
// right after the reviewer saw "Saved" would.
int writeAndCrash(const QString &path, const QString &callId)
{
    ReviewStore store;
    if (!store.open(path) || !store.save(sampleReview(callId)))
        return 3;
    std::_Exit(0);
}

} // namespace

class tst_ReviewStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void newDatabaseHasCurrentSchemaAndDefaults()
    {
        ReviewStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("new/reviews.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(store.userVersion(), ReviewStore::schemaVersion);
        QCOMPARE(store.categories(), ReviewCategory::defaults());
        const Review empty = store.load(QStringLiteral("123x456"));
        QCOMPARE(empty.callId, QStringLiteral("123x456"));
        QCOMPARE(empty.verdict, Review::Verdict::None);
        QVERIFY(empty.isEmpty());
    }

    void usesWalAndFullSync()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
        ReviewStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.save(sampleReview(QStringLiteral("1x1"))));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void survivesReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        const Review review = sampleReview(QStringLiteral("1732545120931x604217839921336320"));
        {
            ReviewStore store;
            QVERIFY(store.open(path));
            const ReviewStore::SaveResult first = store.save(review);
            QVERIFY(first);
            QCOMPARE(first.version, 1);
            Review changed = review;
            changed.version = first.version;
            changed.flags.removeFirst();
            changed.score.reset();
            QVERIFY(store.save(changed)); // an update replaces flags and clears the score
        }
        ReviewStore again;
        QVERIFY(again.open(path));
        const Review loaded = again.load(review.callId);
        QCOMPARE(loaded.verdict, review.verdict);
        QVERIFY(!loaded.score.has_value());
        QCOMPARE(loaded.summary, review.summary);
        QCOMPARE(loaded.reviewer, review.reviewer);
        QCOMPARE(loaded.reviewedAt, review.reviewedAt);
        QCOMPARE(loaded.flags.size(), 1);
        QCOMPARE(loaded.flags.constFirst(), review.flags.at(1));
    }

    void twoStoresOnOneFileSeeEachOthersCommits()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        ReviewStore writer;
        ReviewStore reader;
        QVERIFY(writer.open(path));
        QVERIFY(reader.open(path));
        const Review review = sampleReview(QStringLiteral("2x2"));
        QVERIFY(writer.save(review));
        QCOMPARE(reader.load(review.callId), review);
    }

    void reviewSavedByACrashedProcessIsKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-write"), path, QStringLiteral("3x3")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        ReviewStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.load(QStringLiteral("3x3")), sampleReview(QStringLiteral("3x3")));
    }

    // The scratch HOME outlives a run: each run reads what the previous one wrote.
    void reviewFromThePreviousRunIsRead()
    {
        const QString path = QDir::homePath() + QStringLiteral("/runs/reviews.sqlite");
        const QString callId = QStringLiteral("4242x4242");
        ReviewStore store;
        QVERIFY(store.open(path));
        const Review previous = store.load(callId);
        int run = 1;
        if (!previous.isEmpty()) {
            QVERIFY(previous.summary.startsWith(QStringLiteral("run ")));
            bool ok = false;
            run = previous.summary.mid(4).toInt(&ok) + 1;
            QVERIFY(ok);
            QCOMPARE(previous.flags.size(), 1);
            QCOMPARE(previous.flags.constFirst().comment, previous.summary);
            qInfo("read the review written by run %d", run - 1);
        }
        Review next;
        next.callId = callId;
        next.version = previous.version; // the save states what it replaces
        next.verdict = Review::Verdict::Pass;
        next.summary = QStringLiteral("run %1").arg(run);
        next.flags.append({0, QStringLiteral("Other"), next.summary, Speaker::Bot, QString()});
        QVERIFY(store.save(next));
        store.close();
        ReviewStore reread;
        QVERIFY(reread.open(path));
        QCOMPARE(reread.load(callId).summary, next.summary);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("f"));
        ReviewStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(!store.isOpen());
        QString saveError;
        QVERIFY(!store.save(sampleReview(QStringLiteral("6x6")), &saveError));
        QVERIFY(!saveError.isEmpty());
    }

    // Two reviewers (two connections on one file) open the same review; the second save is
    // refused instead of overwriting the first, and goes through once it starts from it.
    void racingSavesConflictInsteadOfOverwriting()
    {
        const QString path = m_dir.filePath(QStringLiteral("race.sqlite"));
        ReviewStore ana;
        ReviewStore bo;
        QVERIFY(ana.open(path));
        QVERIFY(bo.open(path));
        const QString id = QStringLiteral("8x8");
        QVERIFY(ana.save(sampleReview(id)));

        Review anaCopy = ana.load(id);
        Review boCopy = bo.load(id);
        QCOMPARE(anaCopy.version, 1);
        QCOMPARE(boCopy.version, 1);
        anaCopy.summary = QStringLiteral("Ana's take");
        boCopy.summary = QStringLiteral("Bo's take");
        boCopy.flags.clear();
        const ReviewStore::SaveResult anaSaved = ana.save(anaCopy);
        QCOMPARE(anaSaved.status, ReviewStore::SaveResult::Status::Saved);
        QCOMPARE(anaSaved.version, 2);

        QSignalSpy boSaved(&bo, &ReviewStore::reviewSaved);
        QString error;
        const ReviewStore::SaveResult lost = bo.save(boCopy, &error);
        QCOMPARE(lost.status, ReviewStore::SaveResult::Status::Conflict);
        QVERIFY(!lost);
        QVERIFY2(error.contains(id), qPrintable(error));
        QCOMPARE(boSaved.count(), 0);
        const Review stored = bo.load(id);
        QCOMPARE(stored.summary, QStringLiteral("Ana's take")); // not overwritten
        QCOMPARE(stored.flags.size(), 2); // nor the flags
        QCOMPARE(stored.version, 2);

        // Bo merges onto what is stored and saves again.
        Review merged = stored;
        merged.summary += QStringLiteral(" + Bo's take");
        QCOMPARE(bo.save(merged).version, 3);
        QCOMPARE(ana.load(id).summary, QStringLiteral("Ana's take + Bo's take"));
        // Ana's copy is now stale too.
        QCOMPARE(ana.save(anaCopy).status, ReviewStore::SaveResult::Status::Conflict);
    }

    void creatingOrDeletedElsewhereConflicts()
    {
        const QString path = m_dir.filePath(QStringLiteral("race2.sqlite"));
        ReviewStore ana;
        ReviewStore bo;
        QVERIFY(ana.open(path));
        QVERIFY(bo.open(path));
        const QString id = QStringLiteral("9x9");
        // Both start a review of a call that had none.
        const Review anaNew = sampleReview(id);
        Review boNew = sampleReview(id);
        boNew.summary = QStringLiteral("Bo");
        QVERIFY(ana.save(anaNew));
        QCOMPARE(bo.save(boNew).status, ReviewStore::SaveResult::Status::Conflict);
        QCOMPARE(bo.load(id).summary, anaNew.summary);

        // One deletes it while the other still edits it.
        Review boCopy = bo.load(id);
        QVERIFY(ana.remove(id));
        boCopy.summary = QStringLiteral("late");
        QCOMPARE(bo.save(boCopy).status, ReviewStore::SaveResult::Status::Conflict);
        QVERIFY(bo.load(id).isEmpty());
    }

    void everyChangeIsAudited()
    {
        ReviewStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString id = QStringLiteral("10x10");

        Review review = sampleReview(id); // reviewer "Ana Pérez", no actor set
        review.version = store.save(review).version;
        store.setActor(QStringLiteral("Lead"));
        QCOMPARE(store.actor(), QStringLiteral("Lead"));
        review.score = 90;
        QVERIFY(store.save(review));
        QVERIFY(store.setCategories({{QString(), QStringLiteral("Only")}}));
        QVERIFY(store.setQueueIds({id, QStringLiteral("11x11")}));
        QVERIFY(store.setQueueValue(QStringLiteral("current"), id)); // a place, not a change
        QVERIFY(store.setFindingDismissed(id, QStringLiteral("loop:1"), true));
        // Lead has no review of the call: removing "mine" removes nothing; Ana's row by name.
        QVERIFY(store.remove(id));
        QVERIFY(store.remove(id, QStringLiteral("Ana Pérez")));
        Review conflicting = sampleReview(id);
        conflicting.version = 7;
        QVERIFY(!store.save(conflicting)); // refused: no row, no audit

        const QList<AuditLog::Entry> trail = store.auditTrail();
        QStringList seen;
        for (const AuditLog::Entry &entry : trail) {
            seen << QStringLiteral("%1 %2 %3 by %4")
                        .arg(entry.entity, entry.key, entry.action, entry.actor);
            QVERIFY(entry.changedAt >= before);
            QVERIFY(entry.changedAt <= QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(seen,
                 (QStringList{
                     QStringLiteral("review 10x10 insert by Ana Pérez"),
                     QStringLiteral("review 10x10 update by Lead"),
                     QStringLiteral("categories  replace by Lead"),
                     QStringLiteral("queue  replace by Lead"),
                     QStringLiteral("finding 10x10 dismiss by Lead"),
                     QStringLiteral("review 10x10 delete by Lead"),
                 }));
        for (int i = 1; i < trail.size(); ++i)
            QVERIFY(trail.at(i).id > trail.at(i - 1).id);
        // What was written.
        QCOMPARE(trail.at(1).details.value(QStringLiteral("score")).toInt(), 90);
        QCOMPARE(trail.at(1).details.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(trail.at(1).details.value(QStringLiteral("flags")).toInt(), 2);
        QCOMPARE(trail.at(2).details.value(QStringLiteral("names")).toArray().first().toString(),
                 QStringLiteral("Only"));
        QCOMPARE(trail.at(3).details.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(trail.at(4).details.value(QStringLiteral("finding")).toString(),
                 QStringLiteral("loop:1"));
        QCOMPARE(store.auditTrail(QStringLiteral("review"), id).size(), 3);
        QVERIFY(store.auditTrail(QStringLiteral("review"), QStringLiteral("other")).isEmpty());
    }

    // Two threads, each with its own connection to one file, add 1 to the same review 25 times
    // each (load, add, save; on a Conflict load again): no increment is lost, and every save
    // has its own audit row with a distinct id.
    void concurrentIncrementsLoseNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("counter.sqlite"));
        {
            ReviewStore store; // created (and migrated) before the threads start
            QVERIFY(store.open(path));
        }
        constexpr int perThread = 25;
        const QString id = QStringLiteral("12x12");
        std::atomic<int> conflicts{0};
        std::atomic<int> failures{0};
        const auto work = [&] {
            ReviewStore store;
            if (!store.open(path)) {
                ++failures;
                return;
            }
            for (int done = 0; done < perThread;) {
                Review review = store.load(id);
                review.summary = QString::number(review.summary.toInt() + 1);
                const ReviewStore::SaveResult result = store.save(review);
                if (result.status == ReviewStore::SaveResult::Status::Saved)
                    ++done;
                else if (result.status == ReviewStore::SaveResult::Status::Conflict)
                    ++conflicts;
                else
                    return void(++failures);
            }
        };
        std::unique_ptr<QThread> a(QThread::create(work));
        std::unique_ptr<QThread> b(QThread::create(work));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QCOMPARE(failures.load(), 0);
        ReviewStore store;
        QVERIFY(store.open(path));
        const Review review = store.load(id);
        QCOMPARE(review.summary, QString::number(2 * perThread));
        QCOMPARE(review.version, 2 * perThread);
        const QList<AuditLog::Entry> trail = store.auditTrail(QStringLiteral("review"), id);
        QCOMPARE(trail.size(), 2 * perThread);
        QSet<qint64> ids;
        for (const AuditLog::Entry &entry : trail)
            ids.insert(entry.id);
        QCOMPARE(ids.size(), 2 * perThread);
        qInfo("%d saves lost a race and were retried", conflicts.load());
    }

    void categoriesAreEditable()
    {
        ReviewStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("categories.sqlite"))));
        QList<ReviewCategory> categories = store.categories();
        categories[0].name = QStringLiteral("Factually wrong");
        categories.append({QString(), QStringLiteral("Privacy")});
        QVERIFY(store.setCategories(categories));
        QCOMPARE(store.categories(), categories);
        QCOMPARE(store.categories().constFirst().key, ReviewCategory::wrongInformation);
        QString error;
        QVERIFY(!store.setCategories(
            {{QString(), QStringLiteral("A")}, {QString(), QStringLiteral("A")}}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.categories(), categories); // unchanged after a refused edit
    }

    void queueAndDismissedFindingsPersist()
    {
        const QString path = m_dir.filePath(QStringLiteral("queue.sqlite"));
        {
            ReviewStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setQueueIds({QStringLiteral("b1"), QStringLiteral("a2")}));
            QVERIFY(store.setQueueValue(QStringLiteral("current"), QStringLiteral("a2")));
            QVERIFY(store.setFindingDismissed(QStringLiteral("a2"), QStringLiteral("k:1"), true));
            QVERIFY(store.setFindingDismissed(QStringLiteral("a2"), QStringLiteral("k:2"), true));
            QVERIFY(store.setFindingDismissed(QStringLiteral("a2"), QStringLiteral("k:2"), false));
        }
        ReviewStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.queueIds(), (QStringList{QStringLiteral("b1"), QStringLiteral("a2")}));
        QCOMPARE(store.queueValue(QStringLiteral("current")), QStringLiteral("a2"));
        QCOMPARE(store.dismissedFindings(QStringLiteral("a2")),
                 QSet<QString>{QStringLiteral("k:1")});
        QVERIFY(store.dismissedFindings(QStringLiteral("b1")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--child-write") == 0) {
        QCoreApplication app(argc, argv);
        return writeAndCrash(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    tst_ReviewStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ReviewStore.moc"
