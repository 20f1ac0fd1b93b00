// Waveform of a 30-minute dual-channel 8 kHz recording: computed in under 2 s, and the UI
// thread is never blocked for more than 50 ms meanwhile (a 5 ms QTimer probe measures the
// longest gap between its ticks).
//
// Run: cmake --build build --target bench_waveform &&
//      QT_QPA_PLATFORM=offscreen build/tests/bench/bench_waveform
#include "TestWav.h"
#include "waveform/WaveformAnalyzer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class BenchWaveform : public QObject
{
    Q_OBJECT

private slots:
    void thirtyMinutesDualChannel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long.wav"));
        const int rate = 8000;
        const qint64 frames = qint64(30) * 60 * rate;
        // Left: the assistant talks in the first half of every 10 s; right: the caller in the
        // second half. Speech-like bursts, not silence, so every sample is really looked at.
        QVERIFY(TestWav::write(path, rate, 2, frames, [](qint64 f, int c) {
            const bool leftTalks = (f / (5 * 8000)) % 2 == 0;
            const bool talking = (c == 0) == leftTalks;
            return talking ? 0.5 * std::sin(double(f) * 0.3) : 0.0;
        }));

        WaveformAnalyzer analyzer;
        QElapsedTimer probeClock;
        qint64 lastTick = 0;
        qint64 maxStallMs = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = probeClock.elapsed();
            maxStallMs = qMax(maxStallMs, now - lastTick);
            lastTick = now;
        });

        WaveformPeaks result;
        qint64 elapsedMs = 0;
        QBENCHMARK_ONCE
        {
            QSignalSpy finished(&analyzer, &WaveformAnalyzer::finished);
            QSignalSpy failed(&analyzer, &WaveformAnalyzer::failed);
            QElapsedTimer timer;
            timer.start();
            probeClock.start();
            lastTick = 0;
            probe.start();
            analyzer.analyze(path);
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 30000);
            elapsedMs = timer.elapsed();
            probe.stop();
            QCOMPARE(failed.count(), 0);
            result = finished.first().first().value<WaveformPeaks>();
        }
        qInfo("waveform of 30 min, 2 channels, 8 kHz: %lld ms; longest UI-thread stall: %lld ms",
              elapsedMs, maxStallMs);
        QCOMPARE(result.channelCount(), 2);
        QCOMPARE(result.durationMs(), qint64(30) * 60 * 1000);
        QVERIFY(result.lanes[0][10] > 0.4f && result.lanes[1][10] < 0.01f);
        QVERIFY2(elapsedMs < 2000, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
        QVERIFY2(maxStallMs <= 50, qPrintable(QStringLiteral("stalled %1 ms").arg(maxStallMs)));
    }
};

QTEST_GUILESS_MAIN(BenchWaveform)
#include "bench_waveform.moc"
