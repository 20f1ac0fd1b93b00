// TimingAnalyzer on hand-made timelines (percentiles of known lists, barge-ins by each side,
// dead air at the threshold's edge, talk share, the longest turn, the first assistant word,
// invalid timings) and on calls from make_call.py: latencies, barge-ins and dead air exactly
// as the recording was built, untranscribed backchannels included in the audio but not counted;
// and on the same calls as the alignment engine places them (what users get): latencies within
// 250 ms, barge-ins and dead air at exactly the truth's turns.
#include "GeneratedCall.h"
#include "alignment/RecordingAligner.h"
#include "timing/TimingAnalyzer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace {

constexpr Speaker A = Speaker::Bot;
constexpr Speaker C = Speaker::Human;

QList<Turn> turnsOf(const QList<Speaker> &speakers)
{
    QList<Turn> turns;
    for (const Speaker speaker : speakers)
        turns.append({speaker, QStringLiteral("text")});
    return turns;
}

Timeline timelineOf(const QList<TurnTiming> &timings)
{
    Timeline timeline;
    timeline.turns = timings;
    timeline.durationMs = 3600000;
    return timeline;
}

QList<int> deadAirTurns(const TimingReport &report)
{
    QList<int> turns;
    for (const TimingReport::DeadAir &silence : report.deadAir)
        turns.append(silence.beforeTurn);
    return turns;
}

QStringList makeCallArguments(int seed, const QString &lang, int turns, double barge,
                              double backchannel, double deadAir)
{
    return {QStringLiteral("--seed"),        QString::number(seed),
            QStringLiteral("--lang"),        lang,
            QStringLiteral("--turns"),       QString::number(turns),
            QStringLiteral("--barge"),       QString::number(barge),
            QStringLiteral("--backchannel"), QString::number(backchannel),
            QStringLiteral("--dead-air"),    QString::number(deadAir)};
}

} // namespace

class tst_TimingAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void percentile_data()
    {
        QTest::addColumn<QList<qint64>>("sorted");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        // The nearest-rank examples of the textbook list 15, 20, 35, 40, 50.
        const QList<qint64> five{15, 20, 35, 40, 50};
        QTest::newRow("5 values, P5") << five << 5 << qint64(15);
        QTest::newRow("5 values, P30") << five << 30 << qint64(20);
        QTest::newRow("5 values, P40") << five << 40 << qint64(20);
        QTest::newRow("5 values, P50") << five << 50 << qint64(35);
        QTest::newRow("5 values, P90") << five << 90 << qint64(50);
        QTest::newRow("5 values, P100") << five << 100 << qint64(50);
        QList<qint64> ten;
        for (qint64 v = 1; v <= 10; ++v)
            ten.append(v * 100);
        QTest::newRow("10 values, P50 (no interpolation)") << ten << 50 << qint64(500);
        QTest::newRow("10 values, P90") << ten << 90 << qint64(900);
        QTest::newRow("10 values, P91") << ten << 91 << qint64(1000);
        QTest::newRow("10 values, P0 is the smallest") << ten << 0 << qint64(100);
        QTest::newRow("one value") << QList<qint64>{700} << 90 << qint64(700);
        QTest::newRow("negative values") << QList<qint64>{-400, -100, 300} << 50 << qint64(-100);
        QTest::newRow("empty") << QList<qint64>{} << 50 << qint64(-1);
    }
    void percentile()
    {
        QFETCH(QList<qint64>, sorted);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        QCOMPARE(TimingAnalyzer::percentile(sorted, percent), expected);
    }

    void latenciesBySide()
    {
        // Assistant answers: 1000, 4000, -300 (barge-in), 2000; caller answers: 500, 700, 900.
        const QList<Turn> turns = turnsOf({A, C, A, C, A, C, A, C});
        const Timeline timeline = timelineOf({{0, 2000, 1},
                                              {2500, 3000, 1},
                                              {4000, 5000, 1},
                                              {5700, 6000, 1},
                                              {10000, 12000, 1},
                                              {12900, 14000, 1},
                                              {13700, 15000, 1},
                                              {17000, 18000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(report.latencies.size(), 7);
        QCOMPARE(report.assistantLatencies.size(), 3);
        QCOMPARE(report.callerLatencies.size(), 4);
        QList<qint64> assistant;
        for (const TurnLatency &latency : report.assistantLatencies) {
            QCOMPARE(latency.speaker, A);
            assistant.append(latency.latencyMs);
        }
        QCOMPARE(assistant, (QList<qint64>{1000, 4000, -300}));
        for (const TurnLatency &latency : report.callerLatencies)
            QCOMPARE(latency.speaker, C);
        // Sorted -300, 1000, 4000: P50 rank 2, P90 rank 3.
        QCOMPARE(report.assistantLatency.count, 3);
        QCOMPARE(report.assistantLatency.p50Ms, 1000);
        QCOMPARE(report.assistantLatency.p90Ms, 4000);
        QCOMPARE(report.assistantLatency.maxMs, 4000);
        QCOMPARE(report.assistantLatency.maxTurn, 4);
    }

    void bargeInsByEachSide()
    {
        // 1: the caller starts 600 ms before the assistant ends. 2: the assistant starts 400 ms
        // before the caller ends. 3: a transcribed "uh-huh" by the caller inside the
        // assistant's long turn 2 overlaps by all of its 300 ms. 4: the assistant resumes after
        // a pause: no barge-in although turn 2 (its own) is still running.
        const QList<Turn> turns = turnsOf({A, C, A, C, A});
        const Timeline timeline = timelineOf(
            {{0, 3000, 1}, {2400, 5000, 1}, {4600, 12000, 1}, {7000, 7300, 1}, {12500, 14000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(report.bargeIns.size(), 3);
        QCOMPARE(report.bargeIns.at(0).turn, 1);
        QCOMPARE(report.bargeIns.at(0).by, C);
        QCOMPARE(report.bargeIns.at(0).overlapMs, 600);
        QCOMPARE(report.bargeIns.at(1).turn, 2);
        QCOMPARE(report.bargeIns.at(1).by, A);
        QCOMPARE(report.bargeIns.at(1).overlapMs, 400);
        QCOMPARE(report.bargeIns.at(2).turn, 3);
        QCOMPARE(report.bargeIns.at(2).by, C);
        QCOMPARE(report.bargeIns.at(2).overlapMs, 300);
        // Turn 4 starts 5200 ms after the caller's turn 3 ended: an answer, not a barge-in.
        QCOMPARE(report.latencies.constLast().latencyMs, 5200);
    }

    void touchingTurnsAreNoBargeIn()
    {
        const TimingReport report =
            TimingAnalyzer::analyze(turnsOf({A, C}), timelineOf({{0, 3000, 1}, {3000, 4000, 1}}));
        QVERIFY(report.bargeIns.isEmpty());
        QCOMPARE(report.latencies.constFirst().latencyMs, 0);
    }

    void deadAirAtTheEdge()
    {
        // Gaps: 2999 before turn 1, 3000 before turn 2, 3001 before turn 3.
        const QList<Turn> turns = turnsOf({A, C, A, C});
        const Timeline timeline =
            timelineOf({{1000, 2000, 1}, {4999, 6000, 1}, {9000, 10000, 1}, {13001, 14000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(deadAirTurns(report), (QList<int>{2, 3}));
        QCOMPARE(report.deadAir.at(0).gapMs, 3000);
        QCOMPARE(report.deadAir.at(0).speaker, A);
        QCOMPARE(report.deadAir.at(1).gapMs, 3001);
        QCOMPARE(report.deadAir.at(1).speaker, C);
        QCOMPARE(report.deadAirThresholdMs, 3000);

        // The threshold is a parameter.
        TimingAnalyzer::Options options;
        options.deadAirMs = 2999;
        QCOMPARE(deadAirTurns(TimingAnalyzer::analyze(turns, timeline, options)),
                 (QList<int>{1, 2, 3}));
        options.deadAirMs = 5000;
        QVERIFY(TimingAnalyzer::analyze(turns, timeline, options).deadAir.isEmpty());
    }

    void deadAirCountsFromTheStartAndTheLatestEnd()
    {
        // The first turn waits from 0. Turn 2 starts 3500 ms after turn 1 ended but only
        // 1000 ms after the long turn 0 did: not dead air.
        const QList<Turn> turns = turnsOf({A, C, A});
        const Timeline timeline = timelineOf({{3200, 9000, 1}, {4000, 5500, 1}, {10000, 11000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(deadAirTurns(report), QList<int>{0});
        QCOMPARE(report.deadAir.constFirst().gapMs, 3200);
    }

    void deadAirNextToAnUnplacedTurnIsUnknown()
    {
        const QList<Turn> turns = turnsOf({A, C, A, C});
        const Timeline timeline =
            timelineOf({{0, 1000, 1}, {-1, -1, 0}, {9000, 10000, 1}, {20000, 21000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(deadAirTurns(report), QList<int>{3}); // not turn 2
        QCOMPARE(report.timedTurns, 3);
    }

    void talkShareIsTheUnionOfEachPartysTurns()
    {
        // Assistant: [0, 4000) and [3000, 6000) overlap (a misaligned split): 6000 ms, not
        // 7000. Caller: [5000, 7000): 2000 ms, overlapping the assistant (both count).
        const QList<Turn> turns = turnsOf({A, A, C, Speaker::Unknown});
        const Timeline timeline =
            timelineOf({{0, 4000, 1}, {3000, 6000, 1}, {5000, 7000, 1}, {8000, 20000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(report.talkShare.assistantMs, 6000);
        QCOMPARE(report.talkShare.callerMs, 2000);
        QCOMPARE(report.talkShare.assistant(), 0.75);
        QCOMPARE(report.talkShare.caller(), 0.25);
        // Unlabeled speech (12 s) is nobody's monologue.
        QCOMPARE(report.longestMonologue.turn, 0);
        QCOMPARE(report.longestMonologue.ms, 4000);
        QCOMPARE(report.longestMonologue.speaker, A);
    }

    void talkShareOutOfOrder()
    {
        // Intervals out of order are sorted before the union.
        const QList<Turn> turns = turnsOf({C, A, C, A});
        const Timeline timeline =
            timelineOf({{5000, 6000, 1}, {100, 200, 1}, {0, 1000, 1}, {300, 1300, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(report.talkShare.callerMs, 2000);
        QCOMPARE(report.talkShare.assistantMs, 1100);
    }

    void longestMonologueAndFirstWord()
    {
        const QList<Turn> turns = turnsOf({C, A, C, A});
        const Timeline timeline =
            timelineOf({{400, 1400, 1}, {2100, 9100, 1}, {9500, 16500, 1}, {17000, 18000, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(report.longestMonologue.turn, 1); // the first of two 7000 ms turns
        QCOMPARE(report.longestMonologue.ms, 7000);
        QCOMPARE(report.firstAssistantWordMs, 2100);
        QCOMPARE(report.firstAssistantTurn, 1);

        // When the first assistant turn could not be placed, the first word is unknown (the
        // second assistant turn would give a wrong figure).
        Timeline unplaced = timeline;
        unplaced.turns[1] = TurnTiming();
        const TimingReport partial = TimingAnalyzer::analyze(turns, unplaced);
        QCOMPARE(partial.firstAssistantWordMs, -1);
        QCOMPARE(partial.firstAssistantTurn, -1);
        QCOMPARE(partial.longestMonologue.turn, 2);

        // No assistant at all.
        QCOMPARE(
            TimingAnalyzer::analyze(turnsOf({C}), timelineOf({{0, 100, 1}})).firstAssistantWordMs,
            -1);
    }

    void invalidTimingsNeverCrash()
    {
        const QList<Turn> turns = turnsOf({A, C, A, C, A});
        const Timeline timeline = timelineOf({{-1, -1, 0},
                                              {5000, 4000, 1},
                                              {-20, 300, 1},
                                              {0, 0, 1},
                                              {std::numeric_limits<qint64>::max() / 4,
                                               std::numeric_limits<qint64>::max() / 4 + 10, 1}});
        const TimingReport report = TimingAnalyzer::analyze(turns, timeline);
        QCOMPARE(report.timedTurns, 2); // the zero-length turn and the far one
        // Only the two valid neighbours give a latency (and a dead air).
        QCOMPARE(report.latencies.size(), 1);
        QCOMPARE(report.latencies.constFirst().turn, 4);
        QCOMPARE(report.latencies.constFirst().latencyMs, timeline.turns.at(4).startMs);
        QCOMPARE(report.deadAir.size(), 1);
        QVERIFY(report.bargeIns.isEmpty());

        const TimingReport empty = TimingAnalyzer::analyze({}, Timeline());
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.assistantLatency.isEmpty());
        QCOMPARE(empty.assistantLatency.p90Ms, -1);
        QVERIFY(empty.talkShare.isEmpty());
        QCOMPARE(empty.talkShare.assistant(), 0.0);
        QCOMPARE(empty.longestMonologue.turn, -1);

        // More timings than turns and the other way round.
        QCOMPARE(
            TimingAnalyzer::analyze(turnsOf({A}), timelineOf({{0, 10, 1}, {20, 30, 1}})).timedTurns,
            1);
        QCOMPARE(TimingAnalyzer::analyze(turnsOf({A, C, A}), timelineOf({{0, 10, 1}})).timedTurns,
                 1);
    }

    void generatedCalls_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("en seed 3") << makeCallArguments(3, QStringLiteral("en"), 12, 0.4, 0.5, 0.3);
        QTest::newRow("en seed 11")
            << makeCallArguments(11, QStringLiteral("en"), 24, 0.3, 0.6, 0.3);
        QTest::newRow("es seed 5") << makeCallArguments(5, QStringLiteral("es"), 20, 0.5, 0.6, 0.4);
        QTest::newRow("no dead air, no barge-in")
            << makeCallArguments(8, QStringLiteral("en"), 14, 0.0, 0.6, 0.0);
    }
    void generatedCalls()
    {
        QFETCH(QStringList, arguments);
        if (GeneratedCall::script().isEmpty())
            QFAIL("make_call.py not found (tests/tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GeneratedCall::Call call = GeneratedCall::make(arguments, dir.path());
        QVERIFY2(call.error.isEmpty(), qPrintable(call.error));
        const TimingReport report = TimingAnalyzer::analyze(call.turns, call.timeline);
        QCOMPARE(report.timedTurns, call.turns.size());

        // Latencies exactly as built.
        const QJsonArray truth = call.truth.value(QStringLiteral("latencies")).toArray();
        QCOMPARE(report.latencies.size(), truth.size());
        QList<int> negative;
        for (int i = 0; i < truth.size(); ++i) {
            const QJsonObject expected = truth.at(i).toObject();
            QCOMPARE(report.latencies.at(i).turn + 1,
                     expected.value(QStringLiteral("turn")).toInt());
            QCOMPARE(report.latencies.at(i).latencyMs,
                     expected.value(QStringLiteral("latency_ms")).toInteger());
            if (report.latencies.at(i).latencyMs < 0)
                negative.append(report.latencies.at(i).turn);
        }

        // Barge-ins: the truth's count, at the turns that started early, all by the caller
        // (the script only makes the caller barge in). The backchannels the script spoke during
        // the assistant's turns are in the audio, not in the transcript: they never count.
        QCOMPARE(report.bargeIns.size(), call.truth.value(QStringLiteral("barge_ins")).toInt());
        QCOMPARE(report.bargeIns.size(), negative.size());
        for (int i = 0; i < report.bargeIns.size(); ++i) {
            const TimingReport::BargeIn &bargeIn = report.bargeIns.at(i);
            QCOMPARE(bargeIn.turn, negative.at(i));
            QCOMPARE(bargeIn.by, C);
            // Both spoke from the caller's start to the end of whichever stopped first.
            const TurnTiming &caller = call.timeline.turns.at(bargeIn.turn);
            const TurnTiming &assistant = call.timeline.turns.at(bargeIn.turn - 1);
            QCOMPARE(bargeIn.overlapMs, std::min(caller.endMs, assistant.endMs) - caller.startMs);
        }

        // Dead air: the script makes it only as an assistant pause of 3 to 6 s (other pauses
        // are at most 2.2 s, the first turn starts within 1 s), so it is exactly the truth's
        // latencies of 3000 ms or more, before assistant turns.
        QList<int> expectedDeadAir;
        for (const QJsonValue value : truth) {
            const QJsonObject latency = value.toObject();
            if (latency.value(QStringLiteral("latency_ms")).toInteger() >= 3000) {
                QCOMPARE(latency.value(QStringLiteral("speaker")).toString(),
                         QStringLiteral("bot"));
                expectedDeadAir.append(latency.value(QStringLiteral("turn")).toInt() - 1);
            }
        }
        QCOMPARE(deadAirTurns(report), expectedDeadAir);
        for (const TimingReport::DeadAir &silence : report.deadAir) {
            QCOMPARE(silence.speaker, A);
            QCOMPARE(silence.gapMs,
                     call.timeline.turns.at(silence.beforeTurn).startMs
                         - call.timeline.turns.at(silence.beforeTurn - 1).endMs);
        }

        if (QTest::currentDataTag() == QByteArray("no dead air, no barge-in")) {
            QVERIFY(report.deadAir.isEmpty());
            QVERIFY(report.bargeIns.isEmpty());
        }
        m_deadAirSeen += report.deadAir.size();
        m_bargeInsSeen += report.bargeIns.size();
        m_backchannelsSeen += call.truth.value(QStringLiteral("backchannels")).toArray().size();

        // Talk share from the truth's intervals (the script's turns of one party never overlap).
        qint64 assistantMs = 0;
        qint64 callerMs = 0;
        for (int k = 0; k < call.turns.size(); ++k) {
            const qint64 length =
                call.timeline.turns.at(k).endMs - call.timeline.turns.at(k).startMs;
            (call.turns.at(k).speaker == A ? assistantMs : callerMs) += length;
        }
        QCOMPARE(report.talkShare.assistantMs, assistantMs);
        QCOMPARE(report.talkShare.callerMs, callerMs);
        QCOMPARE(report.firstAssistantWordMs, call.timeline.turns.constFirst().startMs);
    }

    void alignedGeneratedCalls_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("en stereo seed 3")
            << makeCallArguments(3, QStringLiteral("en"), 12, 0.4, 0.5, 0.3);
        QTest::newRow("es swapped seed 9")
            << makeCallArguments(9, QStringLiteral("es"), 14, 0.5, 0.6, 0.4)
                + QStringList{QStringLiteral("--layout"), QStringLiteral("stereo-swapped")};
    }
    void alignedGeneratedCalls()
    {
        QFETCH(QStringList, arguments);
        if (GeneratedCall::script().isEmpty())
            QFAIL("make_call.py not found (tests/tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GeneratedCall::Call call = GeneratedCall::make(arguments, dir.path());
        QVERIFY2(call.error.isEmpty(), qPrintable(call.error));
        const RecordingAligner::Result aligned =
            RecordingAligner::alignFile(call.turns, call.recording, call.durationMs);
        QVERIFY2(aligned.ok(), qPrintable(aligned.error.message));
        const TimingReport measured = TimingAnalyzer::analyze(call.turns, aligned.timeline);
        const TimingReport truth = TimingAnalyzer::analyze(call.turns, call.timeline);
        QCOMPARE(measured.timedTurns, call.turns.size());

        QCOMPARE(measured.latencies.size(), truth.latencies.size());
        QString off; // the first latency off by more than 250 ms
        for (int i = 0; i < truth.latencies.size() && off.isEmpty(); ++i) {
            const TurnLatency &m = measured.latencies.at(i);
            const TurnLatency &t = truth.latencies.at(i);
            QCOMPARE(m.turn, t.turn);
            if (qAbs(m.latencyMs - t.latencyMs) > 250)
                off = QStringLiteral("turn %1: %2 ms, truth %3 ms")
                          .arg(t.turn + 1)
                          .arg(m.latencyMs)
                          .arg(t.latencyMs);
        }
        // The engine (issue 12) places this caller's barge-in 250 ms into the assistant's last
        // words ~550 ms late, after the assistant (+294 ms): it loses the barge-in. Same in the
        // plain stereo layout. XPASS here means the engine got better: drop this line.
        QEXPECT_FAIL("es swapped seed 9", "aligner misses a 250 ms barge-in at turn 2", Abort);
        QVERIFY2(off.isEmpty(), qPrintable(off));
        QVERIFY(qAbs(measured.assistantLatency.p90Ms - truth.assistantLatency.p90Ms) <= 250);

        // The backchannels are in the audio, never turns: they add no barge-in.
        QVERIFY(!call.truth.value(QStringLiteral("backchannels")).toArray().isEmpty());
        const auto bargeIns = [](const TimingReport &report) {
            QList<QPair<int, Speaker>> list;
            for (const TimingReport::BargeIn &b : report.bargeIns)
                list.append({b.turn, b.by});
            return list;
        };
        QCOMPARE(measured.bargeIns.size(), call.truth.value(QStringLiteral("barge_ins")).toInt());
        QCOMPARE(bargeIns(measured), bargeIns(truth));
        QCOMPARE(deadAirTurns(measured), deadAirTurns(truth));
    }

    void generatedCallsCoverTheCases()
    {
        if (GeneratedCall::script().isEmpty())
            QFAIL("make_call.py not found (tests/tools)");
        // The seeds above must exercise what they claim to.
        QVERIFY(m_deadAirSeen >= 2);
        QVERIFY(m_bargeInsSeen >= 2);
        QVERIFY(m_backchannelsSeen >= 4);
    }

private:
    qsizetype m_deadAirSeen = 0;
    qsizetype m_bargeInsSeen = 0;
    qsizetype m_backchannelsSeen = 0;
};

QTEST_GUILESS_MAIN(tst_TimingAnalyzer)
#include "tst_TimingAnalyzer.moc"
