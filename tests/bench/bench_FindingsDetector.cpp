// Findings for a 50,000-turn call in which every reply is a near-duplicate of every other
// (turn i: "turn i" + "lorem ipsum dolor sit amet" repeated 1 + i % 7 times; the bot speaks
// on even turns): the worst case for clustering. Target: under 200 ms. Not a CTest test.
//
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-release --target bench_FindingsDetector
//   ./build-release/tests/bench/bench_FindingsDetector
// (A Debug build runs about ten times slower and does not check the target.)
#include "findings/FindingsDetector.h"

#include <QElapsedTimer>
#include <QTest>

class bench_FindingsDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_turns.reserve(turnCount);
        for (int i = 0; i < turnCount; ++i) {
            QString text = QStringLiteral("turn %1").arg(i);
            for (int r = 0; r < 1 + i % 7; ++r)
                text += QStringLiteral(" lorem ipsum dolor sit amet");
            m_turns.append({i % 2 == 0 ? Speaker::Bot : Speaker::Human, text});
        }
    }

    void fiftyThousandTurns()
    {
        QList<Finding> findings;
        QBENCHMARK
        {
            findings = FindingsDetector::detect(m_turns, QStringLiteral("human_hangup"));
        }
        // The output stays small however repetitive the call.
        qsizetype listedTurns = 0;
        for (const Finding &finding : std::as_const(findings))
            listedTurns += finding.turns.size();
        qInfo("%lld findings, %lld turn references", qlonglong(findings.size()),
              qlonglong(listedTurns));
        QVERIFY(findings.size() < 20);
        QVERIFY(listedTurns <= 20 * FindingsDetector::Options().maxTurnsPerFinding);
    }

    void fiftyThousandTurnsWallClock()
    {
        constexpr int runs = 10;
        qint64 best = std::numeric_limits<qint64>::max();
        qint64 total = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<Finding> findings = FindingsDetector::detect(m_turns, QString());
            const qint64 ms = timer.elapsed();
            QVERIFY(!findings.isEmpty());
            best = std::min(best, ms);
            total += ms;
        }
        qInfo("50,000 turns: best %lld ms, mean %lld ms over %d runs", best, total / runs, runs);
#ifdef NDEBUG
        QVERIFY2(best < 200, "findings for 50,000 turns must take under 200 ms");
#else
        qWarning("Unoptimised build: the 200 ms target applies to Release builds.");
#endif
    }

private:
    static constexpr int turnCount = 50000;
    QList<Turn> m_turns;
};

QTEST_GUILESS_MAIN(bench_FindingsDetector)
#include "bench_FindingsDetector.moc"
