// ReviewTable on both databases: the SQLite file and a real PostgreSQL server (one throw-away
// cluster for the suite, tests/support/PostgresServer.h) pass the same data-driven cases:
// save/load round trip, version conflicts (the loser writes nothing), reviews keyed by (call,
// reviewer) so two reviewers of one call each keep and load their own, an unnamed review taken
// over by the first name that saves it, import keyed by (call, reviewer) that is idempotent and
// all-or-nothing, audit rows for every change. Two threads with their own connections race on
// one review and lose no update; two imports by different reviewers of the same calls at once
// lose nothing.
#include "OpenReviewStore.h"
#include "PostgresServer.h"
#include "review/ReviewStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

Review sample(const QString &callId, const QString &reviewer, int score)
{
    Review review;
    review.callId = callId;
    review.reviewer = reviewer;
    review.verdict = Review::Verdict::NeedsWork;
    review.score = score;
    review.summary = QStringLiteral("Asked twice — ñ, \"quotes\".");
    review.reviewedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30, 0, 250), Qt::UTC);
    review.flags.append({3, QStringLiteral("Repeated itself"), QStringLiteral("again"),
                         Speaker::Bot, QStringLiteral("Your name?")});
    review.flags.append({5, QStringLiteral("Should have escalated"), QString(), Speaker::Human,
                         QStringLiteral("A person, please.")});
    return review;
}

} // namespace

class tst_ReviewTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_server.setUp();
        if (error.startsWith(QStringLiteral("PostgreSQL server programs not found")))
            QSKIP(qPrintable(error)); // initdb missing: this suite needs a server
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void roundTripAndConflict_data() { backends(); }
    void roundTripAndConflict()
    {
        QFETCH(QString, location);
        // Ana in two windows (two connections).
        const std::unique_ptr<ReviewStore> a = open(location, QStringLiteral("Ana"));
        const std::unique_ptr<ReviewStore> b = open(location, QStringLiteral("Ana"));
        QVERIFY(a && b);
        const QString callId = QStringLiteral("race-") + QLatin1String(QTest::currentDataTag());
        const Review written = sample(callId, QStringLiteral("Ana"), 70);
        const ReviewStore::SaveResult first = a->save(written);
        QVERIFY(first);
        QCOMPARE(first.version, 1);

        // Both open version 1; the first window saves first; the second's save is a Conflict
        // and writes nothing.
        Review mine = a->load(callId);
        Review theirs = b->load(callId);
        QCOMPARE(mine, written);
        QCOMPARE(theirs.version, 1);
        mine.score = 80;
        theirs.score = 10;
        theirs.summary = QStringLiteral("the other window's view");
        QVERIFY(a->save(mine));
        QString error;
        QCOMPARE(b->save(theirs, &error).status, ReviewStore::SaveResult::Status::Conflict);
        QVERIFY2(error.contains(callId), qPrintable(error));
        const Review stored = b->load(callId);
        QCOMPARE(stored.score, std::optional<int>(80));
        QCOMPARE(stored.summary, written.summary);
        QCOMPARE(stored.version, 2);
        // Two saves, two audit rows, by the store's actor.
        const QList<AuditLog::Entry> trail = a->auditTrail(QStringLiteral("review"), callId);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(1).actor, QStringLiteral("Ana"));
        QCOMPARE(trail.at(1).details.value(QStringLiteral("score")).toInt(), 80);
    }

    void importIsIdempotentAndAllOrNothing_data() { backends(); }
    void importIsIdempotentAndAllOrNothing()
    {
        QFETCH(QString, location);
        const std::unique_ptr<ReviewStore> store = open(location, QStringLiteral("Importer"));
        QVERIFY(store);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QList<Review> batch;
        for (int i = 0; i < 20; ++i)
            batch.append(sample(QStringLiteral("imp-%1-%2").arg(tag).arg(i, 2, 10, QChar(u'0')),
                                i % 2 ? QStringLiteral("Ana") : QStringLiteral("Bo"), i));
        const int auditBefore = int(store->auditTrail().size());
        ReviewStore::ImportResult result = store->importReviews(batch);
        QVERIFY(result);
        QCOMPARE(result.inserted, 20);
        QCOMPARE(int(store->auditTrail().size()), auditBefore + 20);
        for (const Review &review : std::as_const(batch)) {
            Review loaded = store->load(review.callId, review.reviewer);
            QCOMPARE(loaded, review);
            QCOMPARE(loaded.version, 1);
        }

        // Again: nothing changes, no audit row, no version bump.
        result = store->importReviews(batch);
        QVERIFY(result);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.unchanged, 20);
        QCOMPARE(int(store->auditTrail().size()), auditBefore + 20);
        QCOMPARE(store->load(batch.first().callId, batch.first().reviewer).version, 1);

        // One change: one update, its audit row says what it was before.
        batch[3].verdict = Review::Verdict::Fail;
        result = store->importReviews(batch);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.unchanged, 19);
        QCOMPARE(store->load(batch.at(3).callId, batch.at(3).reviewer).verdict,
                 Review::Verdict::Fail);
        QCOMPARE(store->load(batch.at(3).callId, batch.at(3).reviewer).version, 2);
        const AuditLog::Entry last = store->auditTrail().constLast();
        QCOMPARE(last.key, batch.at(3).callId);
        QCOMPARE(last.action, QStringLiteral("import"));
        QCOMPARE(last.actor, QStringLiteral("Importer"));
        QCOMPARE(last.details.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("needs-work"));

        // A call reviewed by someone else is not a conflict: Cy's review goes beside theirs.
        const int before = int(store->allReviews().size());
        QList<Review> more{sample(QStringLiteral("imp-%1-00a").arg(tag), QStringLiteral("Cy"), 1),
                           sample(batch.at(5).callId, QStringLiteral("Cy"), 1)};
        result = store->importReviews(more);
        QVERIFY(result);
        QCOMPARE(result.inserted, 2);
        QCOMPARE(store->load(batch.at(5).callId, batch.at(5).reviewer), batch.at(5));
        QCOMPARE(store->load(batch.at(5).callId, QStringLiteral("Cy")), more.at(1));
        QCOMPARE(store->reviewsOf(batch.at(5).callId).size(), 2);
        QCOMPARE(int(store->allReviews().size()), before + 2);

        // All or nothing: a review the database refuses (a trigger here) fails the whole
        // import, and the reviews before it in the batch are not written either.
        QVERIFY(poison(*store, true));
        QList<Review> failing{
            sample(QStringLiteral("imp-%1-000").arg(tag), QStringLiteral("Dee"), 1),
            sample(QStringLiteral("poison"), QStringLiteral("Dee"), 1)};
        QString error;
        result = store->importReviews(failing, &error);
        QVERIFY(poison(*store, false));
        QCOMPARE(result.status, ReviewStore::ImportResult::Status::Failed);
        QVERIFY2(error.contains(QStringLiteral("poisoned")), qPrintable(error));
        QCOMPARE(store->load(failing.first().callId, QStringLiteral("Dee")).version, 0);
        QCOMPARE(int(store->allReviews().size()), before + 2);
    }

    // Two reviewers review one call: both reviews are kept, each loads (and lists, and sees the
    // verdict of) their own, and removing one leaves the other.
    void twoReviewersReviewOneCall_data() { backends(); }
    void twoReviewersReviewOneCall()
    {
        QFETCH(QString, location);
        const std::unique_ptr<ReviewStore> ana = open(location, QStringLiteral("Ana"));
        const std::unique_ptr<ReviewStore> bo = open(location, QStringLiteral("Bo"));
        QVERIFY(ana && bo);
        const QString callId = QStringLiteral("two-") + QLatin1String(QTest::currentDataTag());
        Review anas = ana->load(callId);
        QCOMPARE(anas.reviewer, QStringLiteral("Ana"));
        QCOMPARE(anas.version, 0);
        anas = sample(callId, QStringLiteral("Ana"), 70);
        Review bos = sample(callId, QStringLiteral("Bo"), 30);
        bos.verdict = Review::Verdict::Fail;
        bos.flags.removeFirst();
        // Both start from "no review yet" (version 0): neither is a conflict for the other.
        QCOMPARE(ana->save(anas).version, 1);
        QCOMPARE(bo->save(bos).version, 1);

        QCOMPARE(ana->load(callId), anas);
        QCOMPARE(bo->load(callId), bos);
        QCOMPARE(ana->load(callId, QStringLiteral("Bo")), bos);
        QCOMPARE(ana->verdicts({callId}).value(callId), Review::Verdict::NeedsWork);
        QCOMPARE(bo->verdicts({callId}).value(callId), Review::Verdict::Fail);
        QCOMPARE(ana->reviewsOf(callId), (QList<Review>{anas, bos}));

        // Each one's next save follows their own row's version.
        Review anaNext = ana->load(callId);
        anaNext.score = 75;
        QCOMPARE(ana->save(anaNext).version, 2);
        QCOMPARE(bo->load(callId).version, 1);
        QCOMPARE(bo->load(callId).score, std::optional<int>(30));

        // Correcting a name onto someone who already reviewed the call would replace theirs.
        Review clash = ana->load(callId);
        clash.reviewer = QStringLiteral("Bo");
        QCOMPARE(ana->save(clash).status, ReviewStore::SaveResult::Status::Conflict);
        QCOMPARE(bo->load(callId), bos);

        QVERIFY(bo->remove(callId));
        QCOMPARE(ana->reviewsOf(callId), QList<Review>{anaNext});
        QVERIFY(bo->load(callId).isEmpty());
        QCOMPARE(ana->load(callId), anaNext);
    }

    // A review written before a name was set (reviewer '') is every name's until the first save
    // under a name takes it over (with its flags); without a name, a call's review is the one it
    // has, whoever wrote it.
    void unnamedReviewIsTakenOverByTheFirstSave_data() { backends(); }
    void unnamedReviewIsTakenOverByTheFirstSave()
    {
        QFETCH(QString, location);
        const std::unique_ptr<ReviewStore> nobody = open(location, QString());
        const std::unique_ptr<ReviewStore> ana = open(location, QStringLiteral("Ana"));
        const std::unique_ptr<ReviewStore> bo = open(location, QStringLiteral("Bo"));
        QVERIFY(nobody && ana && bo);
        const QString callId = QStringLiteral("unnamed-") + QLatin1String(QTest::currentDataTag());
        const Review old = sample(callId, QString(), 40);
        QVERIFY(nobody->save(old));
        QCOMPARE(nobody->load(callId), old);

        // Setting a name does not hide it: Ana (and Bo) see it as theirs, verdict included.
        Review anas = ana->load(callId);
        QCOMPARE(anas.reviewer, QStringLiteral("Ana"));
        QCOMPARE(anas.version, 1);
        QCOMPARE(anas.flags, old.flags);
        QCOMPARE(ana->verdicts({callId}).value(callId), Review::Verdict::NeedsWork);
        const Review bos = bo->load(callId);
        QCOMPARE(bos.version, 1);

        // Ana's first save takes it over: one row, hers, flags and all.
        anas.summary = QStringLiteral("Ana's now");
        QCOMPARE(ana->save(anas).version, 2);
        const QList<Review> rows = nobody->reviewsOf(callId);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().reviewer, QStringLiteral("Ana"));
        QCOMPARE(rows.first().flags, old.flags);
        QCOMPARE(ana->load(callId).summary, QStringLiteral("Ana's now"));
        // Bo's copy of the unnamed review is stale: a Conflict, and his own review is empty.
        Review boEdit = bos;
        boEdit.summary = QStringLiteral("Bo's");
        QCOMPARE(bo->save(boEdit).status, ReviewStore::SaveResult::Status::Conflict);
        QVERIFY(bo->load(callId).isEmpty());
        QVERIFY(!bo->verdicts({callId}).contains(callId));
        // Without a name, the call's review is still the one it has: Ana's.
        QCOMPARE(nobody->load(callId).summary, QStringLiteral("Ana's now"));
        QCOMPARE(nobody->verdicts({callId}).value(callId), Review::Verdict::NeedsWork);
        const QList<AuditLog::Entry> trail = ana->auditTrail(QStringLiteral("review"), callId);
        QCOMPARE(trail.constLast().details.value(QStringLiteral("from_reviewer")).toString(),
                 QString());
        QCOMPARE(trail.constLast().actor, QStringLiteral("Ana"));
    }

    // Two imports at once by different reviewers of the same calls (each in its own thread and
    // connection): every review of both is there, with its flags.
    void concurrentImportsByTwoReviewersLoseNothing_data() { backends(); }
    void concurrentImportsByTwoReviewersLoseNothing()
    {
        QFETCH(QString, location);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        constexpr int calls = 60;
        std::atomic<int> failures{0};
        const auto importer = [&, location](const QString &name) {
            const std::unique_ptr<ReviewStore> store = open(location, name);
            QList<Review> batch;
            for (int i = 0; i < calls; ++i)
                batch.append(sample(QStringLiteral("both-%1-%2").arg(tag).arg(i), name, i));
            QString error;
            if (!store || !store->importReviews(batch, &error)) {
                qWarning("%s", qPrintable(error));
                ++failures;
            }
        };
        std::unique_ptr<QThread> one(QThread::create(importer, QStringLiteral("Ana")));
        std::unique_ptr<QThread> two(QThread::create(importer, QStringLiteral("Bo")));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        QCOMPARE(failures.load(), 0);
        const std::unique_ptr<ReviewStore> store = open(location, QStringLiteral("Check"));
        QVERIFY(store);
        for (int i = 0; i < calls; ++i) {
            const QList<Review> reviews =
                store->reviewsOf(QStringLiteral("both-%1-%2").arg(tag).arg(i));
            QCOMPARE(reviews.size(), 2);
            QCOMPARE(reviews.at(0), sample(reviews.at(0).callId, QStringLiteral("Ana"), i));
            QCOMPARE(reviews.at(1), sample(reviews.at(1).callId, QStringLiteral("Bo"), i));
        }
    }

    // A window saves a review while an import (another connection, its transaction holding
    // the audit counter, as every import does) is about to write the same review. The save
    // must queue behind the import and then report a Conflict (the merge path), not take the
    // review row first and deadlock: PostgreSQL would abort one of the two.
    void saveDuringAnImportQueues_data() { backends(); }
    void saveDuringAnImportQueues()
    {
        QFETCH(QString, location);
        const QString callId = QStringLiteral("queued-") + QLatin1String(QTest::currentDataTag());
        const std::unique_ptr<ReviewStore> importer = open(location, QStringLiteral("Import"));
        QVERIFY(importer);
        {
            const std::unique_ptr<ReviewStore> ana = open(location, QStringLiteral("Ana"));
            QVERIFY(ana && ana->save(sample(callId, QStringLiteral("Ana"), 10)));
        }
        QSqlDatabase db = QSqlDatabase::database(importer->connectionName());
        QVERIFY(db.transaction());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral(
                     "UPDATE id_counters SET value = value WHERE name = 'audit_log'")),
                 qPrintable(query.lastError().text()));

        std::atomic<int> outcome{-1};
        std::unique_ptr<QThread> window(QThread::create([&, location, callId] {
            const std::unique_ptr<ReviewStore> ana = open(location, QStringLiteral("Ana"));
            if (!ana)
                return;
            Review mine = ana->load(callId);
            mine.score = 99;
            outcome = int(ana->save(mine).status);
        }));
        window->start();
        QTest::qWait(600); // the save is under way (and, before the fix, held the review row)
        QVERIFY(!window->isFinished()); // it waits for the import's transaction
        QVERIFY2(query.exec(QStringLiteral("UPDATE reviews SET score = 50, version = version + 1"
                                           " WHERE call_id = '%1' AND reviewer = 'Ana'")
                                .arg(callId)),
                 qPrintable(query.lastError().text()));
        QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
        QVERIFY(window->wait(20000));
        QCOMPARE(outcome.load(), int(ReviewStore::SaveResult::Status::Conflict));
        QCOMPARE(importer->load(callId, QStringLiteral("Ana")).score, std::optional<int>(50));
    }

    // Two connections in two threads race on one review: every save states the version it
    // loaded; a Conflict reloads and tries again. No increment may be lost.
    void racingConnectionsLoseNothing_data() { backends(); }
    void racingConnectionsLoseNothing()
    {
        QFETCH(QString, location);
        const QString callId = QStringLiteral("counter-") + QLatin1String(QTest::currentDataTag());
        {
            const std::unique_ptr<ReviewStore> store = open(location, QStringLiteral("Ana"));
            QVERIFY(store);
            QVERIFY(store->save(sample(callId, QStringLiteral("Ana"), 0)));
        }
        constexpr int increments = 25;
        std::atomic<int> conflicts{0};
        std::atomic<int> failures{0};
        const auto worker = [&, location, callId](const QString &name) {
            const std::unique_ptr<ReviewStore> store = open(location, name);
            if (!store) {
                ++failures;
                return;
            }
            for (int done = 0; done < increments;) {
                Review review = store->load(callId);
                review.score = review.score.value_or(0) + 1;
                const ReviewStore::SaveResult saved = store->save(review);
                if (saved)
                    ++done;
                else if (saved.status == ReviewStore::SaveResult::Status::Conflict)
                    ++conflicts;
                else if (++failures > 0)
                    return;
            }
        };
        // Ana in two windows: one review, two connections.
        std::unique_ptr<QThread> one(QThread::create(worker, QStringLiteral("Ana")));
        std::unique_ptr<QThread> two(QThread::create(worker, QStringLiteral("Ana")));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        QCOMPARE(failures.load(), 0);
        const std::unique_ptr<ReviewStore> store = open(location, QStringLiteral("Ana"));
        const Review final = store->load(callId);
        QCOMPARE(final.score, std::optional<int>(2 * increments));
        QCOMPARE(final.version, 1 + 2 * increments);
        QCOMPARE(int(store->auditTrail(QStringLiteral("review"), callId).size()),
                 1 + 2 * increments);
        qInfo("%d conflicts refused and retried", conflicts.load());
    }

    void cleanupTestCase() { m_server.stop(false); }

private:
    void backends()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("sqlite") << m_dir.filePath(QStringLiteral("reviews.sqlite"));
        QTest::newRow("postgresql") << m_server.url();
    }

    // Makes the database refuse a review of the call "poison" (on), or accept it again.
    static bool poison(const ReviewStore &store, bool on)
    {
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QStringList sql;
        if (db.driverName() == u"QSQLITE") {
            sql = on ? QStringList{QStringLiteral(
                      "CREATE TRIGGER poison BEFORE INSERT ON reviews"
                      " WHEN NEW.call_id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")}
                     : QStringList{QStringLiteral("DROP TRIGGER poison")};
        } else {
            sql = on ? QStringList{QStringLiteral(
                                       "CREATE FUNCTION poison() RETURNS trigger AS $$ BEGIN"
                                       " IF NEW.call_id = 'poison' THEN RAISE EXCEPTION"
                                       " 'poisoned'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"),
                                   QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON reviews"
                                                  " FOR EACH ROW EXECUTE FUNCTION poison()")}
                     : QStringList{QStringLiteral("DROP TRIGGER poison ON reviews"),
                                   QStringLiteral("DROP FUNCTION poison()")};
        }
        for (const QString &statement : std::as_const(sql)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    }

    static std::unique_ptr<ReviewStore> open(const QString &location, const QString &actor)
    {
        return openReviewStore(location, actor);
    }

    QTemporaryDir m_dir;
    PostgresServer m_server;
};

QTEST_GUILESS_MAIN(tst_ReviewTable)
#include "tst_ReviewTable.moc"
