// ResponseLatency on hand-made timelines (answers, barge-ins, same-speaker runs, unlabeled and
// unplaced turns, lists of different lengths) and on calls from make_call.py, whose truth.json
// lists the latencies the recording was built with.
#include "GeneratedCall.h"
#include "timing/ResponseLatency.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
    timeline.durationMs = 600000;
    return timeline;
}

} // namespace

class tst_ResponseLatency : public QObject
{
    Q_OBJECT

private slots:
    void answersAndBargeIns()
    {
        const QList<TurnLatency> latencies = ResponseLatency::measure(
            turnsOf({A, C, A, C}),
            timelineOf({{500, 3000, 1}, {3800, 5000, 1}, {6200, 9000, 1}, {8400, 9500, 1}}));
        const QList<TurnLatency> expected{{1, C, 800}, {2, A, 1200}, {3, C, -600}};
        QCOMPARE(latencies, expected);
    }

    void onlyAfterTheOtherSpeaker()
    {
        // A, A, C, C, Unknown, A: the second A and C follow themselves; nobody answers an
        // unlabeled turn and an unlabeled turn answers nobody.
        const QList<TurnLatency> latencies =
            ResponseLatency::measure(turnsOf({A, A, C, C, Speaker::Unknown, A}),
                                     timelineOf({{0, 1000, 1},
                                                 {1500, 2000, 1},
                                                 {2600, 3000, 1},
                                                 {3100, 4000, 1},
                                                 {4500, 5000, 1},
                                                 {5200, 6000, 1}}));
        const QList<TurnLatency> expected{{2, C, 600}};
        QCOMPARE(latencies, expected);
    }

    void unplacedTurnsAreSkipped()
    {
        // Turn 1 could not be placed: neither it nor turn 2 (whose predecessor's end is
        // unknown) gets a latency. Turn 3 does.
        const QList<TurnLatency> latencies =
            ResponseLatency::measure(turnsOf({A, C, A, C, A}),
                                     timelineOf({{0, 1000, 1},
                                                 {-1, -1, 0},
                                                 {3000, 4000, 1},
                                                 {4700, 5000, 1},
                                                 {5300, 5200, 1}})); // ends before it starts
        const QList<TurnLatency> expected{{3, C, 700}};
        QCOMPARE(latencies, expected);
    }

    void listsOfDifferentLengths()
    {
        const Timeline timeline = timelineOf({{0, 1000, 1}, {1500, 2000, 1}});
        QCOMPARE(ResponseLatency::measure(turnsOf({A, C, A, C}), timeline).size(), 1);
        QCOMPARE(ResponseLatency::measure(turnsOf({A}), timeline).size(), 0);
        QCOMPARE(ResponseLatency::measure({}, timeline).size(), 0);
        QCOMPARE(ResponseLatency::measure(turnsOf({A, C}), Timeline()).size(), 0);
    }

    void json()
    {
        const QJsonArray array = ResponseLatency::toJson({{1, C, 800}, {4, A, -250}});
        QCOMPARE(QJsonDocument(array).toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"latency_ms":800,"turn":2},{"latency_ms":-250,"turn":5}])"));
        QVERIFY(ResponseLatency::toJson({}).isEmpty());
    }

    void generatedCalls_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("en, barge-ins, dead air")
            << QStringList{QStringLiteral("--seed"),        QStringLiteral("3"),
                           QStringLiteral("--turns"),       QStringLiteral("12"),
                           QStringLiteral("--barge"),       QStringLiteral("0.4"),
                           QStringLiteral("--backchannel"), QStringLiteral("0.5"),
                           QStringLiteral("--dead-air"),    QStringLiteral("0.3")};
        QTest::newRow("es, many barge-ins") << QStringList{
            QStringLiteral("--seed"),  QStringLiteral("21"),      QStringLiteral("--lang"),
            QStringLiteral("es"),      QStringLiteral("--turns"), QStringLiteral("16"),
            QStringLiteral("--barge"), QStringLiteral("0.6")};
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

        const QList<TurnLatency> measured = ResponseLatency::measure(call.turns, call.timeline);
        const QJsonArray truth = call.truth.value(QStringLiteral("latencies")).toArray();
        QCOMPARE(measured.size(), truth.size());
        QVERIFY(!truth.isEmpty());
        for (int i = 0; i < truth.size(); ++i) {
            const QJsonObject expected = truth.at(i).toObject();
            QCOMPARE(measured.at(i).turn + 1, expected.value(QStringLiteral("turn")).toInt());
            QCOMPARE(measured.at(i).latencyMs,
                     expected.value(QStringLiteral("latency_ms")).toInteger());
            QCOMPARE(measured.at(i).speaker,
                     expected.value(QStringLiteral("speaker")).toString() == u"bot" ? A : C);
        }
        // The JSON is the truth's list without the speaker.
        const QJsonArray json = ResponseLatency::toJson(measured);
        for (int i = 0; i < truth.size(); ++i) {
            QJsonObject expected = truth.at(i).toObject();
            expected.remove(QStringLiteral("speaker"));
            QCOMPARE(json.at(i).toObject(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ResponseLatency)
#include "tst_ResponseLatency.moc"
