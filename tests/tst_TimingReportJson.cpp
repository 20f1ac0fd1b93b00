// TimingReportJson: the "timing" object of `--findings` exactly as issue 14 specifies it, from
// a hand-made call through TimingAnalyzer, and with what cannot be measured as null.
#include "timing/TimingAnalyzer.h"
#include "timing/TimingReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_TimingReportJson : public QObject
{
    Q_OBJECT

private slots:
    void contract()
    {
        // 0 assistant 500-3000; 1 caller barges in at 2400; 2 assistant after 4000 ms of
        // silence; 3 caller; 4 the assistant speaks over the caller.
        const QList<Turn> turns{{Speaker::Bot, QStringLiteral("Hello")},
                                {Speaker::Human, QStringLiteral("Hi")},
                                {Speaker::Bot, QStringLiteral("Sorry")},
                                {Speaker::Human, QStringLiteral("Fine")},
                                {Speaker::Bot, QStringLiteral("Bye")}};
        Timeline timeline;
        timeline.durationMs = 30000;
        timeline.turns = {{500, 3000, 0.9},
                          {2400, 5000, 0.9},
                          {9000, 15000, 0.8},
                          {15800, 17000, 0.9},
                          {16500, 18000, 0.7}};
        const QJsonObject json = TimingReportJson::toJson(TimingAnalyzer::analyze(turns, timeline));

        // Assistant latencies 4000 and -500: sorted -500, 4000; P50 is rank 1, P90 rank 2.
        // Speaking: assistant 2500 + 6000 + 1500 = 10000, caller 2600 + 1200 = 3800.
        const QJsonObject expected{
            {QStringLiteral("latencies"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("turn"), 2}, {QStringLiteral("latency_ms"), -600}},
                 QJsonObject{{QStringLiteral("turn"), 3}, {QStringLiteral("latency_ms"), 4000}},
                 QJsonObject{{QStringLiteral("turn"), 4}, {QStringLiteral("latency_ms"), 800}},
                 QJsonObject{{QStringLiteral("turn"), 5}, {QStringLiteral("latency_ms"), -500}}}},
            {QStringLiteral("assistant_latency"),
             QJsonObject{{QStringLiteral("p50_ms"), -500},
                         {QStringLiteral("p90_ms"), 4000},
                         {QStringLiteral("max_ms"), 4000}}},
            {QStringLiteral("barge_ins"),
             QJsonArray{QJsonObject{{QStringLiteral("turn"), 2},
                                    {QStringLiteral("by"), QStringLiteral("caller")},
                                    {QStringLiteral("overlap_ms"), 600}},
                        QJsonObject{{QStringLiteral("turn"), 5},
                                    {QStringLiteral("by"), QStringLiteral("assistant")},
                                    {QStringLiteral("overlap_ms"), 500}}}},
            {QStringLiteral("dead_air"),
             QJsonArray{QJsonObject{{QStringLiteral("before_turn"), 3},
                                    {QStringLiteral("gap_ms"), 4000}}}},
            {QStringLiteral("talk_share"),
             QJsonObject{{QStringLiteral("assistant"), 0.725}, {QStringLiteral("caller"), 0.275}}},
            {QStringLiteral("longest_monologue"),
             QJsonObject{{QStringLiteral("turn"), 3}, {QStringLiteral("ms"), 6000}}},
            {QStringLiteral("first_assistant_word_ms"), 500},
        };
        if (json != expected) {
            qWarning("%s", QJsonDocument(json).toJson().constData());
            QFAIL("the timing JSON differs from the contract");
        }
        // Integers stay integers in the text scripts read.
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY(text.contains(R"("gap_ms":4000)"));
        QVERIFY(text.contains(R"("p90_ms":4000)"));
    }

    void sharesAreRoundedFractions()
    {
        // 1000 ms against 2000 ms: 0.333 and 0.667.
        const QList<Turn> turns{{Speaker::Bot, QStringLiteral("a")},
                                {Speaker::Human, QStringLiteral("b")}};
        Timeline timeline;
        timeline.turns = {{0, 1000, 1}, {1500, 3500, 1}};
        const QJsonObject share = TimingReportJson::toJson(TimingAnalyzer::analyze(turns, timeline))
                                      .value(QStringLiteral("talk_share"))
                                      .toObject();
        QCOMPARE(share.value(QStringLiteral("assistant")).toDouble(), 0.333);
        QCOMPARE(share.value(QStringLiteral("caller")).toDouble(), 0.667);
    }

    void unknownIsNull()
    {
        // Only a caller turn: no assistant answer, no assistant word.
        const QList<Turn> turns{{Speaker::Human, QStringLiteral("Hello?")}};
        Timeline timeline;
        timeline.turns = {{200, 1200, 1}};
        const QJsonObject json = TimingReportJson::toJson(TimingAnalyzer::analyze(turns, timeline));
        const QJsonObject latency = json.value(QStringLiteral("assistant_latency")).toObject();
        QCOMPARE(latency.keys(),
                 (QStringList{QStringLiteral("max_ms"), QStringLiteral("p50_ms"),
                              QStringLiteral("p90_ms")}));
        for (const QJsonValue value : latency)
            QVERIFY(value.isNull());
        QVERIFY(json.value(QStringLiteral("first_assistant_word_ms")).isNull());
        QCOMPARE(
            json.value(QStringLiteral("talk_share")).toObject().value(QStringLiteral("caller")),
            QJsonValue(1.0));
        QCOMPARE(json.value(QStringLiteral("longest_monologue")).toObject(),
                 (QJsonObject{{QStringLiteral("turn"), 1}, {QStringLiteral("ms"), 1000}}));

        // Nothing timed: every list empty, every figure null, every key present.
        const QJsonObject empty = TimingReportJson::toJson(TimingReport());
        QCOMPARE(empty.keys(),
                 (QStringList{QStringLiteral("assistant_latency"), QStringLiteral("barge_ins"),
                              QStringLiteral("dead_air"), QStringLiteral("first_assistant_word_ms"),
                              QStringLiteral("latencies"), QStringLiteral("longest_monologue"),
                              QStringLiteral("talk_share")}));
        QVERIFY(empty.value(QStringLiteral("latencies")).toArray().isEmpty());
        QVERIFY(empty.value(QStringLiteral("barge_ins")).toArray().isEmpty());
        QVERIFY(empty.value(QStringLiteral("dead_air")).toArray().isEmpty());
        QVERIFY(empty.value(QStringLiteral("talk_share")).isNull());
        QVERIFY(empty.value(QStringLiteral("longest_monologue")).isNull());
        QVERIFY(empty.value(QStringLiteral("first_assistant_word_ms")).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_TimingReportJson)
#include "tst_TimingReportJson.moc"
