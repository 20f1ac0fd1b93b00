// CalibrationStore: sessions stored and read back (the benchmark always a participant), the
// blind rule (a peer's answers only after the viewer submitted their own for that call, per
// call), one complete submission per reviewer and call, and calibration answers kept apart from
// the normal evaluations, which they never change or join.
#include "calibration/CalibrationStore.h"
#include "review/ReviewStore.h"
#include "scorecards/ScorecardScorer.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

ScorecardForm form()
{
    ScorecardQuestion q1;
    q1.id = QStringLiteral("q1");
    q1.text = QStringLiteral("Greets");
    ScorecardQuestion q2;
    q2.id = QStringLiteral("q2");
    q2.text = QStringLiteral("Pace");
    q2.type = ScorecardQuestion::Type::Scale;
    q2.min = 1;
    q2.max = 5;
    q2.naAllowed = true;
    ScorecardForm result;
    result.name = QStringLiteral("Cal ñ");
    result.groups = {{QStringLiteral("All"), 1.0, {q1, q2}}};
    return result;
}

ScorecardAnswers answers(const ScorecardAnswer &q1, const ScorecardAnswer &q2)
{
    ScorecardAnswers result;
    result.formName = QStringLiteral("Cal ñ");
    result.formVersion = 1;
    result.answers = {{QStringLiteral("q1"), q1}, {QStringLiteral("q2"), q2}};
    return result;
}

const QString ana = QStringLiteral("Ana");
const QString bo = QStringLiteral("Bo");
const QString cy = QStringLiteral("Cy");
const QString c1 = QStringLiteral("call-1");
const QString c2 = QStringLiteral("call-2");

} // namespace

class tst_CalibrationStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ReviewStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)), &error),
            qPrintable(error));
        QVERIFY(m_store->scorecards().publish(form()));
        m_store->setActor(QStringLiteral("Lead"));
    }
    void cleanup() { m_store.reset(); }

    void createsAndReadsSessions()
    {
        const CalibrationStore store(m_store->connectionName());
        CalibrationSession session;
        session.name = QStringLiteral(" November ");
        session.formName = QStringLiteral("Cal ñ");
        session.formVersion = 1;
        session.callIds = {c1, c2, c1};
        session.participants = {bo, cy, bo};
        session.benchmark = ana; // not listed: added
        QString error;
        const qint64 id = store.create(session, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const std::optional<CalibrationSession> back = store.session(id);
        QVERIFY(back);
        QCOMPARE(back->id, id);
        QCOMPARE(back->name, QStringLiteral("November"));
        QCOMPARE(back->callIds, (QStringList{c1, c2}));
        QCOMPARE(back->participants, (QStringList{ana, bo, cy}));
        QCOMPARE(back->benchmark, ana);
        QCOMPARE(back->createdBy, QStringLiteral("Lead"));
        QVERIFY(back->createdAt.isValid());
        QCOMPARE(store.sessions().size(), 1);
        QCOMPARE(store.sessionsOf(cy).size(), 1);
        QVERIFY(store.sessionsOf(QStringLiteral("Dee")).isEmpty());
        QCOMPARE(m_store->auditTrail(QStringLiteral("calibration"), QString::number(id)).size(), 1);

        // A second session gets the next id; newest first.
        session.name = QStringLiteral("December");
        const qint64 next = store.create(session);
        QCOMPARE(next, id + 1);
        QCOMPARE(store.sessions().first().id, next);

        // Refused: no name, no call, one participant, no benchmark, an unknown form.
        CalibrationSession bad = session;
        bad.name = QStringLiteral("  ");
        QCOMPARE(store.create(bad, &error), 0);
        QVERIFY(!error.isEmpty());
        bad = session;
        bad.callIds.clear();
        QCOMPARE(store.create(bad), 0);
        bad = session;
        bad.participants = {ana};
        QCOMPARE(store.create(bad), 0);
        bad = session;
        bad.benchmark.clear();
        QCOMPARE(store.create(bad), 0);
        bad = session;
        bad.formVersion = 2;
        QCOMPARE(store.create(bad, &error), 0);
        QVERIFY(error.contains(QStringLiteral("Cal ñ")));
        QCOMPARE(store.sessions().size(), 2);
    }

    void peersStayHiddenUntilYouSubmit()
    {
        const CalibrationStore store(m_store->connectionName());
        const qint64 id = create(store);
        const ScorecardAnswers anaAnswers =
            answers(ScorecardAnswer::yes(), ScorecardAnswer::fromNumber(4));
        const ScorecardAnswers boAnswers =
            answers(ScorecardAnswer::no(), ScorecardAnswer::notApplicable());
        QString error;
        QVERIFY2(store.submit(id, c1, ana, anaAnswers, &error), qPrintable(error));
        QCOMPARE(store.submitted(id, c1), QStringList{ana});

        // Bo has not submitted call 1: Ana's answers are refused, nothing is visible.
        QVERIFY(!store.answers(id, c1, ana, bo, &error));
        QVERIFY(error.contains(QStringLiteral("submit")));
        QVERIFY(store.visibleAnswers(id, c1, bo).isEmpty());
        // Ana sees her own.
        QCOMPARE(store.answers(id, c1, ana, ana), std::optional<ScorecardAnswers>(anaAnswers));
        QCOMPARE(store.visibleAnswers(id, c1, ana).keys(), QStringList{ana});

        QVERIFY2(store.submit(id, c1, bo, boAnswers, &error), qPrintable(error));
        QCOMPARE(store.answers(id, c1, ana, bo), std::optional<ScorecardAnswers>(anaAnswers));
        QCOMPARE(store.answers(id, c1, bo, ana), std::optional<ScorecardAnswers>(boAnswers));
        const QMap<QString, ScorecardAnswers> seen = store.visibleAnswers(id, c1, bo);
        QCOMPARE(seen.keys(), (QStringList{ana, bo}));
        QCOMPARE(seen.value(bo), boAnswers);
        // Cy, who has not submitted, still sees nothing; neither does Bo on call 2.
        QVERIFY(store.visibleAnswers(id, c1, cy).isEmpty());
        QVERIFY(!store.answers(id, c1, bo, cy));
        QVERIFY(store.submit(id, c2, ana, anaAnswers));
        QVERIFY(!store.answers(id, c2, ana, bo));
        QVERIFY(store.visibleAnswers(id, c2, bo).isEmpty());
        // Asking for someone who has not submitted: nothing, with a reason.
        QVERIFY(!store.answers(id, c1, cy, bo, &error));
        QVERIFY(error.contains(cy));
    }

    void submitsOnceAndComplete()
    {
        const CalibrationStore store(m_store->connectionName());
        const qint64 id = create(store);
        QString error;
        // Incomplete (q2 unanswered): refused, nothing stored.
        ScorecardAnswers half = answers(ScorecardAnswer::yes(), ScorecardAnswer::fromNumber(3));
        half.answers.remove(QStringLiteral("q2"));
        QVERIFY(!store.submit(id, c1, bo, half, &error));
        QVERIFY(error.contains(QStringLiteral("q2")));
        QVERIFY(!store.hasSubmitted(id, c1, bo));
        // Not a participant; not a call of the session; no such session.
        const ScorecardAnswers full =
            answers(ScorecardAnswer::yes(), ScorecardAnswer::fromNumber(3));
        QVERIFY(!store.submit(id, c1, QStringLiteral("Dee"), full));
        QVERIFY(!store.submit(id, QStringLiteral("call-9"), bo, full));
        QVERIFY(!store.submit(id + 7, c1, bo, full));
        // Once; a second submission (after seeing the peers) is refused and changes nothing.
        QVERIFY(store.submit(id, c1, bo, full));
        const ScorecardAnswers changed =
            answers(ScorecardAnswer::no(), ScorecardAnswer::fromNumber(1));
        QVERIFY(!store.submit(id, c1, bo, changed, &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        QCOMPARE(store.answers(id, c1, bo, bo), std::optional<ScorecardAnswers>(full));
        // Each submission leaves an audit row by its reviewer... or the connection's actor.
        const QList<AuditLog::Entry> trail =
            m_store->auditTrail(QStringLiteral("calibration"), QString::number(id));
        QCOMPARE(trail.size(), 2); // the session, the one submission
        QCOMPARE(trail.last().action, QStringLiteral("submit"));
        QCOMPARE(trail.last().details.value(QStringLiteral("reviewer")).toString(), bo);
    }

    void keptApartFromNormalScores()
    {
        const CalibrationStore store(m_store->connectionName());
        const ScorecardStore &normal = m_store->scorecards();
        const qint64 id = create(store);
        // Bo's normal evaluation of call 1: yes, 5 -> score (1 + 4) / (1 + 4) = 1.
        const ScorecardAnswers real =
            answers(ScorecardAnswer::yes(), ScorecardAnswer::fromNumber(5));
        QVERIFY(normal.saveAnswers(c1, bo, real));
        // His calibration answers for the same call differ: no, 1 -> 0.
        const ScorecardAnswers exercise =
            answers(ScorecardAnswer::no(), ScorecardAnswer::fromNumber(1));
        QVERIFY(store.submit(id, c1, bo, exercise));
        QVERIFY(store.submit(id, c2, cy, exercise));

        // The normal store still holds only the real evaluation, and knows no one else.
        QCOMPARE(normal.answers(c1, bo), std::optional<ScorecardAnswers>(real));
        QCOMPARE(normal.reviewers(c1), QStringList{bo});
        QVERIFY(normal.reviewers(c2).isEmpty());
        QVERIFY(!normal.answers(c2, cy));
        // So the average over the normal evaluations of these calls is Bo's 1.0, not
        // (1.0 + 0 + 0) / 3 as it would be if the exercises counted.
        double sum = 0;
        int count = 0;
        for (const QString &call : {c1, c2}) {
            for (const QString &reviewer : normal.reviewers(call)) {
                sum += *ScorecardScorer::score(form(), *normal.answers(call, reviewer)).score;
                ++count;
            }
        }
        QCOMPARE(count, 1);
        QCOMPARE(sum / count, 1.0);
        // And the calibration answers are intact beside it.
        QCOMPARE(store.answers(id, c1, bo, bo), std::optional<ScorecardAnswers>(exercise));
        // Nor do they make a review.
        QVERIFY(m_store->verdicts({c1, c2}).isEmpty());
    }

private:
    qint64 create(const CalibrationStore &store)
    {
        CalibrationSession session;
        session.name = QStringLiteral("Weekly");
        session.formName = QStringLiteral("Cal ñ");
        session.formVersion = 1;
        session.callIds = {c1, c2};
        session.participants = {ana, bo, cy};
        session.benchmark = ana;
        return store.create(session);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewStore> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(tst_CalibrationStore)
#include "tst_CalibrationStore.moc"
