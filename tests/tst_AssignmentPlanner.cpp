// AssignmentPlanner: each filter (assistant, dates, end reasons, duration, findings through the
// predicate), the same seed and candidates giving the same sample whatever their order, and the
// split: counts differ by at most one and each reviewer's calls keep the sample's order, for
// every sample size 0..60 and 1..7 reviewers.
#include "assignment/AssignmentPlanner.h"

#include <QSet>
#include <QTest>

namespace {

CallRecord call(int i, const QString &model = QStringLiteral("m1"),
                const QString &reason = QStringLiteral("customer-ended-call"), qint64 seconds = 60)
{
    CallRecord record;
    record.callId = QStringLiteral("call-%1").arg(i, 3, 10, QLatin1Char('0'));
    record.modelId = model;
    record.endCallReason = reason;
    record.durationSeconds = seconds;
    return record;
}

QList<CallRecord> calls(int count)
{
    QList<CallRecord> result;
    for (int i = 0; i < count; ++i)
        result.append(call(i));
    return result;
}

} // namespace

class tst_AssignmentPlanner : public QObject
{
    Q_OBJECT

private slots:
    void filters()
    {
        QList<CallRecord> all{
            call(1),
            call(2, QStringLiteral("m2")),
            call(3, QStringLiteral("m1"), QStringLiteral("silence")),
            call(4, QStringLiteral("m1"), QStringLiteral("customer-ended-call"), 5),
            call(5, QStringLiteral("m1"), QStringLiteral("customer-ended-call"), 900),
            call(1), // a repeat from a second page
        };
        AssignmentRule rule;
        rule.assistantId = QStringLiteral("m1");
        rule.count = 100;
        auto eligible = [&all](const AssignmentRule &r,
                               const AssignmentPlanner::FindingPredicate &p = {}) {
            return AssignmentPlanner::plan(r, all, {QStringLiteral("A")}, p).eligible;
        };
        QCOMPARE(eligible(rule),
                 (QStringList{QStringLiteral("call-001"), QStringLiteral("call-003"),
                              QStringLiteral("call-004"), QStringLiteral("call-005")}));
        AssignmentRule reasons = rule;
        reasons.endReasons = {QStringLiteral("silence")};
        QCOMPARE(eligible(reasons), QStringList{QStringLiteral("call-003")});
        AssignmentRule duration = rule;
        duration.minSeconds = 10;
        duration.maxSeconds = 600; // inclusive bounds
        QCOMPARE(eligible(duration),
                 (QStringList{QStringLiteral("call-001"), QStringLiteral("call-003")}));
        duration.minSeconds = 60;
        duration.maxSeconds = 60;
        QCOMPARE(eligible(duration),
                 (QStringList{QStringLiteral("call-001"), QStringLiteral("call-003")}));

        // Findings: asked of the predicate, with the rule's kind.
        AssignmentRule findings = rule;
        findings.findingKind = QStringLiteral("misunderstanding");
        QStringList asked;
        const auto predicate = [&asked](const CallRecord &c, const QString &kind) {
            asked.append(kind);
            return c.callId == u"call-004" || c.callId == u"call-005";
        };
        QCOMPARE(eligible(findings, predicate),
                 (QStringList{QStringLiteral("call-004"), QStringLiteral("call-005")}));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()),
                 QSet<QString>{QStringLiteral("misunderstanding")});
        // Without a predicate no call can be shown to have the finding.
        QVERIFY(eligible(findings).isEmpty());
    }

    void dateRange()
    {
        QList<CallRecord> all = calls(4);
        all[0].raw.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-01T10:00:00Z"));
        all[1].raw.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-15T23:59:59Z"));
        all[2].raw.insert(QStringLiteral("start_time"), QStringLiteral("2026-12-01T00:00:00Z"));
        // all[3] has no date.
        AssignmentRule rule;
        rule.count = 10;
        rule.from = QDate(2026, 11, 1);
        rule.to = QDate(2026, 11, 30);
        const AssignmentPlanner::Plan plan =
            AssignmentPlanner::plan(rule, all, {QStringLiteral("A")});
        QCOMPARE(plan.eligible,
                 (QStringList{QStringLiteral("call-000"), QStringLiteral("call-001")}));
        QCOMPARE(plan.undated, 1);
        // Without a range, undated calls are eligible.
        rule.from.reset();
        rule.to.reset();
        QCOMPARE(AssignmentPlanner::plan(rule, all, {QStringLiteral("A")}).eligible.size(), 4);
    }

    void sameSeedSameSample()
    {
        AssignmentRule rule;
        rule.count = 7;
        rule.seed = 2026;
        const QList<CallRecord> forward = calls(40);
        QList<CallRecord> backward = forward;
        std::reverse(backward.begin(), backward.end());
        const QStringList reviewers{QStringLiteral("Ana"), QStringLiteral("Bo")};
        const auto a = AssignmentPlanner::plan(rule, forward, reviewers);
        const auto b = AssignmentPlanner::plan(rule, backward, reviewers);
        QCOMPARE(a.sample.size(), 7);
        QCOMPARE(a.sample, b.sample);
        QCOMPARE(a.byReviewer, b.byReviewer);
        QCOMPARE(QSet<QString>(a.sample.cbegin(), a.sample.cend()).size(), 7);
        // Another seed draws another sample.
        rule.seed = 2027;
        QVERIFY(AssignmentPlanner::plan(rule, forward, reviewers).sample != a.sample);
        // The sample is the first 7 of the seeded shuffle of the sorted IDs: a larger count
        // with the same seed extends it.
        rule.seed = 2026;
        rule.count = 12;
        QCOMPARE(AssignmentPlanner::plan(rule, forward, reviewers).sample.mid(0, 7), a.sample);
    }

    void evenStableSplit()
    {
        for (int size = 0; size <= 60; ++size) {
            QStringList sample;
            for (int i = 0; i < size; ++i)
                sample.append(QStringLiteral("s%1").arg(i));
            for (int people = 1; people <= 7; ++people) {
                QStringList reviewers;
                for (int r = 0; r < people; ++r)
                    reviewers.append(QStringLiteral("r%1").arg(r));
                const QMap<QString, QStringList> split =
                    AssignmentPlanner::split(sample, reviewers);
                QCOMPARE(split.size(), people);
                int smallest = size;
                int largest = 0;
                QStringList all;
                for (const QString &reviewer : std::as_const(reviewers)) {
                    const QStringList &mine = split.value(reviewer);
                    smallest = std::min(smallest, int(mine.size()));
                    largest = std::max(largest, int(mine.size()));
                    // Stable: each reviewer's calls in sample order.
                    int last = -1;
                    for (const QString &id : mine) {
                        const int at = int(sample.indexOf(id));
                        QVERIFY(at > last);
                        last = at;
                    }
                    all += mine;
                }
                QVERIFY2(
                    largest - smallest <= 1,
                    qPrintable(QStringLiteral("%1 calls, %2 reviewers").arg(size).arg(people)));
                all.sort();
                QStringList sorted = sample;
                sorted.sort();
                QCOMPARE(all, sorted); // every call once
            }
        }
        QVERIFY(AssignmentPlanner::split({QStringLiteral("x")}, {}).isEmpty());
    }

    void planSplitsAcrossNamedReviewers()
    {
        AssignmentRule rule;
        rule.size = AssignmentRule::Size::Percent;
        rule.percent = 50;
        rule.minimum = 1;
        const auto plan =
            AssignmentPlanner::plan(rule, calls(11),
                                    {QStringLiteral(" Ana "), QStringLiteral("Bo"),
                                     QStringLiteral("Ana"), QString(), QStringLiteral("Cy")});
        QCOMPARE(plan.reviewers,
                 (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy")}));
        QCOMPARE(plan.sample.size(), 6); // 5.5 rounded up
        QCOMPARE(plan.byReviewer.value(QStringLiteral("Ana")),
                 (QStringList{plan.sample.at(0), plan.sample.at(3)}));
        QCOMPARE(plan.byReviewer.value(QStringLiteral("Cy")),
                 (QStringList{plan.sample.at(2), plan.sample.at(5)}));
    }
};

QTEST_GUILESS_MAIN(tst_AssignmentPlanner)
#include "tst_AssignmentPlanner.moc"
