// ReviewSession: edits are saved after a short pause (one write for a burst of typing), on a
// call change and on destruction; the save state tells the UI what is on disk; flags are
// indexed by turn for the transcript delegate; a save over a review changed elsewhere since it
// was loaded is a conflict, not an overwrite: merged with theirs at once when each side changed
// something else, else left to the user (pendingMerge, mergeNeeded) and saved at their version
// once chosen — with two connections on one SQLite file, and once on a real PostgreSQL server;
// the reviewer typed (or set later) keys the review.
#include "OpenReviewStore.h"
#include "PostgresServer.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ReviewSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("reviews-%1.sqlite").arg(++m_counter));
        m_store = std::make_unique<ReviewStore>();
        QVERIFY(m_store->open(m_path));
    }
    void cleanup() { m_store.reset(); }

    void burstOfEditsIsOneWrite()
    {
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("1x1"), turns());
        QSignalSpy saved(m_store.get(), &ReviewStore::reviewSaved);
        QSignalSpy states(&session, &ReviewSession::saveStateChanged);
        session.setVerdict(Review::Verdict::Fail);
        session.setScore(40);
        session.setSummary(QStringLiteral("T"));
        session.setSummary(QStringLiteral("Th"));
        session.setSummary(QStringLiteral("The"));
        QCOMPARE(session.saveState(), ReviewSession::SaveState::Pending);
        QCOMPARE(saved.count(), 0);
        QTRY_COMPARE(session.saveState(), ReviewSession::SaveState::Saved);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(states.count(), 2); // Pending, Saved
        const Review stored = m_store->load(QStringLiteral("1x1"));
        QCOMPARE(stored.verdict, Review::Verdict::Fail);
        QCOMPARE(stored.score, std::optional<int>(40));
        QCOMPARE(stored.summary, QStringLiteral("The"));
        QVERIFY(stored.reviewedAt.isValid());
        QCOMPARE(stored.reviewedAt.timeSpec(), Qt::UTC);
    }

    void changingCallFlushesAtOnce()
    {
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("1x1"), turns());
        session.setVerdict(Review::Verdict::Pass);
        session.setCall(QStringLiteral("2x2"), turns());
        QCOMPARE(m_store->load(QStringLiteral("1x1")).verdict, Review::Verdict::Pass);
        QCOMPARE(session.review().verdict, Review::Verdict::None);
        QCOMPARE(session.saveState(), ReviewSession::SaveState::Idle);
        session.setCall(QStringLiteral("1x1"), turns());
        QCOMPARE(session.review().verdict, Review::Verdict::Pass); // re-opening shows it
    }

    void destructionFlushes()
    {
        {
            ReviewSession session(m_store.get());
            session.setCall(QStringLiteral("3x3"), turns());
            session.setSummary(QStringLiteral("closing the window now"));
        }
        QCOMPARE(m_store->load(QStringLiteral("3x3")).summary,
                 QStringLiteral("closing the window now"));
    }

    void nothingEditedNothingWritten()
    {
        QSignalSpy saved(m_store.get(), &ReviewStore::reviewSaved);
        {
            ReviewSession session(m_store.get());
            session.setCall(QStringLiteral("4x4"), turns());
            session.setVerdict(Review::Verdict::None); // no change
        }
        QCOMPARE(saved.count(), 0);
    }

    void flagsByTurnWithQuotes()
    {
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("5x5"), turns());
        QSignalSpy flagsChanged(&session, &ReviewSession::flagsChanged);
        const int first = session.addFlag(2, QStringLiteral("Tone"), QStringLiteral("curt"));
        session.addFlag(0, QStringLiteral("Other"));
        session.addFlag(2, QStringLiteral("Repeated itself"));
        QCOMPARE(flagsChanged.count(), 3);
        QCOMPARE(session.flagsForTurn(2).size(), 2);
        QCOMPARE(session.flagsForTurn(2).at(0).category, QStringLiteral("Tone"));
        QCOMPARE(session.flagsForTurn(2).at(0).quote, QStringLiteral("Could I have your name?"));
        QCOMPARE(session.flagsForTurn(2).at(0).speaker, Speaker::Bot);
        QVERIFY(session.flagsForTurn(1).isEmpty());
        session.updateFlag(first, QStringLiteral("Tone"), QStringLiteral("very curt"));
        session.removeFlag(1);
        QCOMPARE(session.flagsForTurn(0).size(), 0);
        QCOMPARE(session.flagIndexesForTurn(2), (QList<int>{0, 1}));
        QVERIFY(session.flush());
        const Review stored = m_store->load(QStringLiteral("5x5"));
        QCOMPARE(stored.flags.size(), 2);
        QCOMPARE(stored.flags.at(0).comment, QStringLiteral("very curt"));
    }

    void defaultReviewerAndBoundedScore()
    {
        ReviewSession session(m_store.get());
        session.setDefaultReviewer(QStringLiteral("Ana"));
        session.setCall(QStringLiteral("6x6"), turns());
        session.setScore(250);
        QCOMPARE(session.review().score, std::optional<int>(100));
        QCOMPARE(session.review().reviewer, QStringLiteral("Ana"));
        session.setReviewer(QStringLiteral("Bo"));
        QVERIFY(session.flush());
        QCOMPARE(m_store->load(QStringLiteral("6x6")).reviewer, QStringLiteral("Bo"));
    }

    void failedWriteKeepsEditsAndSaysSo()
    {
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("7x7"), turns());
        m_store->close(); // the database went away
        session.setSummary(QStringLiteral("kept"));
        QVERIFY(!session.flush());
        QCOMPARE(session.saveState(), ReviewSession::SaveState::Failed);
        QVERIFY(!session.saveError().isEmpty());
        QCOMPARE(session.review().summary, QStringLiteral("kept"));
        QVERIFY(m_store->open(m_path));
        QVERIFY(session.flush()); // retried
        QCOMPARE(session.saveState(), ReviewSession::SaveState::Saved);
        QCOMPARE(m_store->load(QStringLiteral("7x7")).summary, QStringLiteral("kept"));
    }

    // Several saves in a row each start from the version the previous one wrote.
    void successiveSavesFollowTheStoredVersion()
    {
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("8x8"), turns());
        for (int i = 1; i <= 3; ++i) {
            session.setSummary(QString::number(i));
            QVERIFY2(session.flush(), qPrintable(session.saveError()));
            QCOMPARE(session.review().version, i);
        }
        QVERIFY(!session.hasConflict());
        QCOMPARE(m_store->load(QStringLiteral("8x8")).version, 3);
    }

    // Another window (another connection) saved the review after this session loaded it: the
    // session's save is refused, says so, keeps the edits, and does not overwrite theirs.
    void editsOverAChangedReviewConflict()
    {
        ReviewStore other;
        QVERIFY(other.open(m_path));
        ReviewSession mine(m_store.get());
        ReviewSession theirs(&other);
        mine.setCall(QStringLiteral("9x9"), turns());
        theirs.setCall(QStringLiteral("9x9"), turns());
        theirs.setSummary(QStringLiteral("theirs"));
        QVERIFY(theirs.flush());

        mine.setSummary(QStringLiteral("mine"));
        QVERIFY(!mine.flush());
        QCOMPARE(mine.saveState(), ReviewSession::SaveState::Failed);
        QVERIFY(mine.hasConflict());
        QVERIFY2(mine.saveError().contains(QStringLiteral("another")),
                 qPrintable(mine.saveError()));
        QCOMPARE(mine.review().summary, QStringLiteral("mine")); // kept on screen
        QCOMPARE(m_store->load(QStringLiteral("9x9")).summary, QStringLiteral("theirs"));

        // Reopening the call shows theirs, and editing from there saves.
        mine.setCall(QStringLiteral("9x9"), turns());
        QVERIFY(!mine.hasConflict());
        QCOMPARE(mine.review().summary, QStringLiteral("theirs"));
        mine.setSummary(QStringLiteral("theirs, and mine"));
        QVERIFY(mine.flush());
        QCOMPARE(other.load(QStringLiteral("9x9")).summary, QStringLiteral("theirs, and mine"));
    }

    // Another window of the same reviewer (another connection, "bo") saves first: verdict and a
    // flag (reviews are per reviewer, so only the same reviewer's row can race). My score edit
    // loses the race, is merged with theirs without a question and saved at their version; the
    // session shows their changes too.
    void lostRaceMergesWhatOnlyOneSideChanged_data() { backends(); }
    void lostRaceMergesWhatOnlyOneSideChanged()
    {
        QFETCH(QString, location);
        const std::unique_ptr<ReviewStore> mineStore = open(location, QStringLiteral("Ana"));
        const std::unique_ptr<ReviewStore> bo = open(location, QStringLiteral("Ana"));
        QVERIFY(mineStore && bo);
        const QString callId = QStringLiteral("auto-") + QLatin1String(QTest::currentDataTag());
        ReviewSession mine(mineStore.get());
        mine.setCall(callId, turns());
        mine.setSummary(QStringLiteral("first"));
        QVERIFY(mine.flush());
        QCOMPARE(mine.review().version, 1);

        Review theirs = bo->load(callId);
        theirs.verdict = Review::Verdict::Fail;
        theirs.flags.append(
            {1, QStringLiteral("Rude"), QString(), Speaker::Human, QStringLiteral("Hi.")});
        QVERIFY(bo->save(theirs));

        QSignalSpy needed(&mine, &ReviewSession::mergeNeeded);
        QSignalSpy changed(&mine, &ReviewSession::reviewChanged);
        mine.setScore(65);
        mine.addFlag(2, QStringLiteral("Loop"));
        QVERIFY2(mine.flush(), qPrintable(mine.saveError()));
        QCOMPARE(needed.count(), 0);
        QVERIFY(!mine.hasConflict());
        QVERIFY(!mine.pendingMerge());
        QVERIFY(changed.count() >= 3); // two edits, then the merge on screen
        QCOMPARE(mine.review().verdict, Review::Verdict::Fail);
        QCOMPARE(mine.review().version, 3);
        QCOMPARE(mine.flagsForTurn(1).size(), 1);

        const Review stored = bo->load(callId);
        QCOMPARE(stored.version, 3);
        QCOMPARE(stored.verdict, Review::Verdict::Fail);
        QCOMPARE(stored.score, std::optional<int>(65));
        QCOMPARE(stored.summary, QStringLiteral("first"));
        QCOMPARE(stored.flags.size(), 2);
        QCOMPARE(stored.flags.at(0).category, QStringLiteral("Loop"));
        QCOMPARE(stored.flags.at(1).category, QStringLiteral("Rude"));
        // Three saves, three audit rows: the merge is a change like any other.
        QCOMPARE(int(bo->auditTrail(QStringLiteral("review"), callId).size()), 3);
    }

    // Both changed the summary: nothing is overwritten; the user is asked once per stored
    // version; their choice is saved at Bo's version; a further race asks again.
    void conflictWaitsForTheUserThenSaves()
    {
        ReviewStore bo;
        QVERIFY(bo.open(m_path));
        const QString callId = QStringLiteral("10x10");
        ReviewSession mine(m_store.get());
        mine.setCall(callId, turns());
        mine.setSummary(QStringLiteral("base"));
        mine.setScore(50);
        QVERIFY(mine.flush());

        Review theirs = bo.load(callId);
        theirs.summary = QStringLiteral("Bo's");
        QVERIFY(bo.save(theirs));

        QSignalSpy needed(&mine, &ReviewSession::mergeNeeded);
        mine.setSummary(QStringLiteral("Ana's"));
        QVERIFY(!mine.flush());
        QCOMPARE(needed.count(), 1);
        QVERIFY(mine.hasConflict());
        QCOMPARE(mine.saveState(), ReviewSession::SaveState::Failed);
        QVERIFY(mine.pendingMerge());
        QVERIFY(mine.pendingMerge()->isConflicting(ReviewMerge::Field::Summary));
        QCOMPARE(mine.pendingMerge()->theirs().version, 2);
        QCOMPARE(mine.review().summary, QStringLiteral("Ana's")); // kept on screen
        QCOMPARE(bo.load(callId).summary, QStringLiteral("Bo's")); // not overwritten

        // Cancelled, then edited again: the same stored version is not asked about again.
        mine.setScore(55);
        QVERIFY(!mine.flush());
        QCOMPARE(needed.count(), 1);
        QCOMPARE(mine.pendingMerge()->mine().score, std::optional<int>(55));

        ReviewMerge merge = *mine.pendingMerge();
        merge.choose(ReviewMerge::Field::Summary, ReviewMerge::Side::Theirs);
        QVERIFY2(mine.applyMerge(merge.result()), qPrintable(mine.saveError()));
        QVERIFY(!mine.hasConflict());
        QVERIFY(!mine.pendingMerge());
        QCOMPARE(mine.saveState(), ReviewSession::SaveState::Saved);
        QCOMPARE(mine.review().version, 3);
        Review stored = bo.load(callId);
        QCOMPARE(stored.summary, QStringLiteral("Bo's"));
        QCOMPARE(stored.score, std::optional<int>(55));
        QCOMPARE(stored.version, 3);

        // Another race while choosing: the merge loses it too, and the user is asked again.
        mine.setSummary(QStringLiteral("Ana again"));
        theirs = bo.load(callId);
        theirs.summary = QStringLiteral("Bo again");
        QVERIFY(bo.save(theirs));
        QVERIFY(!mine.flush());
        QCOMPARE(needed.count(), 2);
        merge = *mine.pendingMerge();
        theirs = bo.load(callId);
        theirs.summary = QStringLiteral("Bo a third time");
        QVERIFY(bo.save(theirs)); // version 5
        QVERIFY(!mine.applyMerge(merge.result())); // mine (Ana again) vs Bo a third time
        QCOMPARE(needed.count(), 3);
        QCOMPARE(mine.pendingMerge()->theirs().version, 5);
        QCOMPARE(bo.load(callId).summary, QStringLiteral("Bo a third time"));
    }

    void cleanupTestCase() { m_server.stop(false); }

    // Reviews are keyed by (call, reviewer). A review written without a name is taken over by
    // the first save once a name is typed, and correcting the name moves the review (and its
    // flags) with it: still one review, never a second one left behind.
    void typingTheReviewerMovesTheReview()
    {
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("4x4"), turns());
        session.addFlag(2, QStringLiteral("Tone"));
        QVERIFY(session.flush());
        QCOMPARE(m_store->reviewsOf(QStringLiteral("4x4")).constFirst().reviewer, QString());
        for (const QString &typed :
             {QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("Ann")}) {
            session.setReviewer(typed); // keystroke by keystroke, some saves in between
            if (typed != u"An")
                QVERIFY2(session.flush(), qPrintable(session.saveError()));
        }
        session.setReviewer(QStringLiteral("Ana")); // corrected
        QVERIFY2(session.flush(), qPrintable(session.saveError()));
        const QList<Review> rows = m_store->reviewsOf(QStringLiteral("4x4"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().reviewer, QStringLiteral("Ana"));
        QCOMPARE(rows.first().flags.size(), 1);
        QCOMPARE(rows.first().version, 4);
    }

    // With a name set later (the store's actor), the unnamed review is still the one shown and
    // the first edit saves it under the name; another reviewer's review is never loaded.
    void aNameSetLaterKeepsTheUnnamedReview()
    {
        {
            ReviewSession before(m_store.get());
            before.setCall(QStringLiteral("3x3"), turns());
            before.setVerdict(Review::Verdict::Pass);
        }
        Review bos;
        bos.callId = QStringLiteral("3x3");
        bos.reviewer = QStringLiteral("Bo");
        bos.verdict = Review::Verdict::Fail;
        QVERIFY(m_store->save(bos));
        m_store->setActor(QStringLiteral("Ana"));
        ReviewSession session(m_store.get());
        session.setCall(QStringLiteral("3x3"), turns());
        QCOMPARE(session.review().verdict, Review::Verdict::Pass);
        QCOMPARE(session.review().reviewer, QStringLiteral("Ana"));
        session.setSummary(QStringLiteral("mine now"));
        QVERIFY2(session.flush(), qPrintable(session.saveError()));
        QCOMPARE(m_store->load(QStringLiteral("3x3"), QStringLiteral("Ana")).summary,
                 QStringLiteral("mine now"));
        QCOMPARE(m_store->load(QStringLiteral("3x3"), QStringLiteral("Bo")), bos);
        QCOMPARE(m_store->reviewsOf(QStringLiteral("3x3")).size(), 2); // no unnamed one left
    }

private:
    void backends()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("sqlite") << m_dir.filePath(QStringLiteral("race.sqlite"));
        // One server for the suite, started on first use (a few seconds).
        if (!m_serverTried) {
            m_serverTried = true;
            m_serverError = m_server.setUp();
        }
        if (m_serverError.isEmpty())
            QTest::newRow("postgresql") << m_server.url();
        else
            qWarning("PostgreSQL case skipped: %s", qPrintable(m_serverError));
    }

    static std::unique_ptr<ReviewStore> open(const QString &location, const QString &actor)
    {
        return openReviewStore(location, actor);
    }

    static QList<Turn> turns()
    {
        return {{Speaker::Bot, QStringLiteral("Hello!")},
                {Speaker::Human, QStringLiteral("Hi.")},
                {Speaker::Bot, QStringLiteral("Could I have your name?")}};
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ReviewStore> m_store;
    PostgresServer m_server;
    bool m_serverTried = false;
    QString m_serverError;
};

QTEST_GUILESS_MAIN(tst_ReviewSession)
#include "tst_ReviewSession.moc"
