// TimingFindings: which findings a timing report gives, with their severity, turns, flag
// turns, wording (English and Spanish number formats) and details; dead air not reported twice
// as a slow answer; bounded output on a pathological call; the new kinds' keys and categories.
#include "review/ReviewCategory.h"
#include "timing/TimingAnalyzer.h"
#include "timing/TimingFindings.h"

#include <QLocale>
#include <QSet>
#include <QTest>

namespace {

constexpr Speaker A = Speaker::Bot;
constexpr Speaker C = Speaker::Human;

QList<Finding> ofKind(const QList<Finding> &findings, Finding::Kind kind)
{
    QList<Finding> result;
    for (const Finding &finding : findings) {
        if (finding.kind == kind)
            result.append(finding);
    }
    return result;
}

// A call built from (speaker, start, end) triples.
struct Call
{
    QList<Turn> turns;
    Timeline timeline;

    Call &add(Speaker speaker, qint64 start, qint64 end)
    {
        turns.append({speaker, QStringLiteral("text")});
        timeline.turns.append({start, end, 1.0});
        return *this;
    }
    QList<Finding> findings() const
    {
        return TimingFindings::findings(TimingAnalyzer::analyze(turns, timeline));
    }
};

} // namespace

class tst_TimingFindings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void perTurnFindings()
    {
        // 1: caller barges in (600 ms); 2: assistant answers in 2400 ms (slow); 3: caller;
        // 4: assistant after 4500 ms (dead air, not also slow); 5: caller after 3500 ms (dead
        // air); 6: assistant speaks over the caller (700 ms); 7: caller; 8: assistant in 2000 ms
        // (not above the threshold).
        Call call;
        call.add(A, 800, 3000)
            .add(C, 2400, 4000)
            .add(A, 6400, 9000)
            .add(C, 9500, 10000)
            .add(A, 14500, 16000)
            .add(C, 19500, 21000)
            .add(A, 20300, 23000)
            .add(C, 23500, 24000)
            .add(A, 26000, 27000);
        const QList<Finding> findings = call.findings();

        const QList<Finding> slow = ofKind(findings, Finding::Kind::SlowResponse);
        QCOMPARE(slow.size(), 1);
        QCOMPARE(slow.at(0).turns, QList<int>{2});
        QCOMPARE(slow.at(0).flagTurns, QList<int>{2});
        QCOMPARE(slow.at(0).severity, Finding::Severity::Warning);
        QCOMPARE(slow.at(0).message, QStringLiteral("The assistant took 2.4 s to answer."));
        QCOMPARE(slow.at(0).details.value(QStringLiteral("latencyMs")).toInteger(), 2400);

        const QList<Finding> deadAir = ofKind(findings, Finding::Kind::DeadAir);
        QCOMPARE(deadAir.size(), 2);
        QCOMPARE(deadAir.at(0).turns, QList<int>{4});
        QCOMPARE(deadAir.at(0).severity, Finding::Severity::Problem);
        QCOMPARE(deadAir.at(0).message,
                 QStringLiteral("The line was silent for 4.5 s before the assistant spoke."));
        QCOMPARE(deadAir.at(1).turns, QList<int>{5});
        QCOMPARE(deadAir.at(1).flagTurns, QList<int>{5});
        QCOMPARE(deadAir.at(1).severity, Finding::Severity::Warning);
        QCOMPARE(deadAir.at(1).message,
                 QStringLiteral("The line was silent for 3.5 s before the caller spoke."));
        QCOMPARE(deadAir.at(1).details.value(QStringLiteral("gapMs")).toInteger(), 3500);

        const QList<Finding> bargeIns = ofKind(findings, Finding::Kind::BargeIn);
        QCOMPARE(bargeIns.size(), 2);
        QCOMPARE(bargeIns.at(0).turns, QList<int>{6});
        QCOMPARE(bargeIns.at(0).severity, Finding::Severity::Warning);
        QCOMPARE(bargeIns.at(0).message,
                 QStringLiteral("The assistant spoke over the caller for 0.7 s."));
        QCOMPARE(bargeIns.at(0).details.value(QStringLiteral("by")).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(bargeIns.at(1).turns, QList<int>{1});
        QCOMPARE(bargeIns.at(1).severity, Finding::Severity::Info);
        QCOMPARE(bargeIns.at(1).message,
                 QStringLiteral("The caller spoke over the assistant for 0.6 s."));
        QCOMPARE(bargeIns.at(1).details.value(QStringLiteral("overlapMs")).toInteger(), 600);

        // Keys identify each finding for dismissal.
        QSet<QString> keys;
        for (const Finding &finding : findings)
            keys.insert(finding.key());
        QCOMPARE(keys.size(), findings.size());
    }

    void summaries()
    {
        // Assistant answers 1000, 1500, 2600 ms: median 1.5 s, P90 2.6 s (slow: a warning).
        Call call;
        call.add(C, 300, 1000)
            .add(A, 2000, 7000)
            .add(C, 7500, 8000)
            .add(A, 9500, 10000)
            .add(C, 10500, 11000)
            .add(A, 13600, 14000);
        const QList<Finding> findings = call.findings();

        const QList<Finding> response = ofKind(findings, Finding::Kind::ResponseTime);
        QCOMPARE(response.size(), 1);
        QCOMPARE(response.at(0).severity, Finding::Severity::Warning);
        QCOMPARE(response.at(0).turns, QList<int>{5}); // the slowest answer
        QVERIFY(response.at(0).flagTurns.isEmpty());
        QVERIFY2(response.at(0).message.contains(QStringLiteral("median 1.5 s")),
                 qPrintable(response.at(0).message));
        QVERIFY(response.at(0).message.contains(QStringLiteral("90th percentile 2.6 s")));
        QVERIFY(response.at(0).message.contains(QStringLiteral("slowest 2.6 s")));
        QCOMPARE(response.at(0).details.value(QStringLiteral("answers")).toInt(), 3);
        QCOMPARE(response.at(0).details.value(QStringLiteral("p50Ms")).toInteger(), 1500);

        const QList<Finding> first = ofKind(findings, Finding::Kind::FirstWord);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).turns, QList<int>{1});
        QCOMPARE(first.at(0).severity, Finding::Severity::Info);
        QCOMPARE(first.at(0).message,
                 QStringLiteral("The assistant first spoke 2.0 s into the call."));

        // Assistant 5000 + 500 + 400 = 5900 ms, caller 700 + 500 + 500 = 1700 ms: 78% / 22%.
        const QList<Finding> talk = ofKind(findings, Finding::Kind::TalkTime);
        QCOMPARE(talk.size(), 1);
        QCOMPARE(talk.at(0).message,
                 QStringLiteral("Speaking time: the assistant 78% (0:05), the caller 22% (0:01)."));
        QCOMPARE(talk.at(0).details.value(QStringLiteral("assistantMs")).toInteger(), 5900);

        const QList<Finding> longest = ofKind(findings, Finding::Kind::LongestTurn);
        QCOMPARE(longest.size(), 1);
        QCOMPARE(longest.at(0).turns, QList<int>{1});
        QCOMPARE(longest.at(0).message,
                 QStringLiteral("The longest turn, by the assistant, lasted 5.0 s."));

        // A single quick answer: one sentence, Info.
        Call quick;
        quick.add(C, 0, 1000).add(A, 1800, 3000);
        const QList<Finding> once = ofKind(quick.findings(), Finding::Kind::ResponseTime);
        QCOMPARE(once.size(), 1);
        QCOMPARE(once.at(0).severity, Finding::Severity::Info);
        QCOMPARE(once.at(0).message, QStringLiteral("The assistant answered once, in 0.8 s."));
        QVERIFY(ofKind(quick.findings(), Finding::Kind::SlowResponse).isEmpty());
    }

    void slowThresholdIsAnOption()
    {
        Call call;
        call.add(C, 0, 1000).add(A, 3200, 3600); // 2200 ms
        TimingFindings::Options options;
        const TimingReport report = TimingAnalyzer::analyze(call.turns, call.timeline);
        QCOMPARE(
            ofKind(TimingFindings::findings(report, options), Finding::Kind::SlowResponse).size(),
            1);
        options.slowResponseMs = 2200; // "above", not "at"
        QCOMPARE(
            ofKind(TimingFindings::findings(report, options), Finding::Kind::SlowResponse).size(),
            0);
    }

    void spanishNumbers()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        Call call;
        call.add(C, 0, 1000).add(A, 3400, 4000);
        const QList<Finding> slow = ofKind(call.findings(), Finding::Kind::SlowResponse);
        QCOMPARE(slow.size(), 1);
        QVERIFY2(slow.at(0).message.contains(QStringLiteral("2,4 s")),
                 qPrintable(slow.at(0).message));
    }

    void boundedOnAPathologicalCall()
    {
        // 200 exchanges, each with a slow answer and a caller barge-in.
        Call call;
        qint64 t = 0;
        for (int i = 0; i < 200; ++i) {
            call.add(A, t, t + 3000);
            call.add(C, t + 2500, t + 4000); // barge-in by 500 ms
            t += 4000 + 2500; // the next assistant turn 2.5 s later
        }
        TimingFindings::Options options;
        const QList<Finding> findings = call.findings();
        const QList<Finding> slow = ofKind(findings, Finding::Kind::SlowResponse);
        QCOMPARE(slow.size(), options.maxFindingsPerKind);
        QCOMPARE(slow.constLast().message,
                 QStringLiteral("More answers by the assistant slower than 2.0 s."));
        QCOMPARE(slow.constLast().details.value(QStringLiteral("turns")).toInt(),
                 199 - (options.maxFindingsPerKind - 1));
        QCOMPARE(slow.constLast().turns.size(), options.maxTurnsPerFinding);
        QCOMPARE(slow.constLast().severity, Finding::Severity::Warning);
        const QList<Finding> bargeIns = ofKind(findings, Finding::Kind::BargeIn);
        QCOMPARE(bargeIns.size(), options.maxFindingsPerKind);
        QCOMPARE(bargeIns.constLast().message,
                 QStringLiteral("More turns where the caller spoke over the assistant."));
        QVERIFY(findings.size() < 4 * options.maxFindingsPerKind);
    }

    void nothingTimedNothingFound()
    {
        QVERIFY(TimingFindings::findings(TimingReport()).isEmpty());
        Call call;
        call.turns.append({A, QStringLiteral("x")});
        call.timeline.turns.append(TurnTiming());
        QVERIFY(call.findings().isEmpty());
    }

    void kinds()
    {
        const QList<QPair<Finding::Kind, QString>> keys{
            {Finding::Kind::ResponseTime, QStringLiteral("response-time")},
            {Finding::Kind::SlowResponse, QStringLiteral("slow-response")},
            {Finding::Kind::DeadAir, QStringLiteral("dead-air")},
            {Finding::Kind::BargeIn, QStringLiteral("barge-in")},
            {Finding::Kind::TalkTime, QStringLiteral("talk-time")},
            {Finding::Kind::LongestTurn, QStringLiteral("longest-turn")},
            {Finding::Kind::FirstWord, QStringLiteral("first-word")},
        };
        for (const auto &[kind, key] : keys) {
            QCOMPARE(Finding::kindKey(kind), key);
            Finding finding;
            finding.kind = kind;
            finding.turns = {3};
            QCOMPARE(finding.key(), key + QStringLiteral(":3"));
            QCOMPARE(finding.toJson().value(QStringLiteral("kind")).toString(), key);
        }
        Finding bargeIn;
        bargeIn.kind = Finding::Kind::BargeIn;
        QCOMPARE(bargeIn.suggestedCategoryKey(), ReviewCategory::tone);
        Finding deadAir;
        deadAir.kind = Finding::Kind::DeadAir;
        QCOMPARE(deadAir.suggestedCategoryKey(), ReviewCategory::other);
    }
};

QTEST_GUILESS_MAIN(tst_TimingFindings)
#include "tst_TimingFindings.moc"
