#include "TestWav.h"
#include "waveform/WaveformAccumulator.h"
#include "waveform/WaveformAnalyzer.h"

#include <QAudioBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

float loudest(const QList<float> &lane)
{
    return lane.isEmpty() ? 0.0f : *std::max_element(lane.cbegin(), lane.cend());
}

} // namespace

class TestWaveformAnalyzer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void accumulatesPeaksPerChannelAndBucket()
    {
        QAudioFormat format;
        format.setSampleRate(1000);
        format.setChannelCount(2);
        format.setSampleFormat(QAudioFormat::Int16);
        // 30 frames = 1.5 buckets of 20 ms: left loud in the first bucket, right in the second.
        QList<qint16> samples;
        for (int f = 0; f < 30; ++f) {
            samples.append(f < 20 ? qint16(f == 3 ? -16384 : 100) : 0);
            samples.append(f >= 20 ? qint16(32767) : 0);
        }
        const QByteArray bytes(reinterpret_cast<const char *>(samples.constData()),
                               samples.size() * 2);
        WaveformAccumulator accumulator(20);
        accumulator.add(QAudioBuffer(bytes.left(22 * 4), format)); // split across buffers
        accumulator.add(QAudioBuffer(bytes.mid(22 * 4), format));
        const WaveformPeaks peaks = accumulator.peaks();
        QCOMPARE(peaks.channelCount(), 2);
        QCOMPARE(peaks.bucketCount(), 2);
        QCOMPARE(peaks.lanes[0][0], 0.5f);
        QCOMPARE(peaks.lanes[1][0], 0.0f);
        QCOMPARE(peaks.lanes[0][1], 0.0f);
        QVERIFY(peaks.lanes[1][1] > 0.99f);
        QCOMPARE(accumulator.frameCount(), 30);
    }

    void toneLandsInItsOwnLane_data()
    {
        QTest::addColumn<int>("toneChannel");
        QTest::newRow("left") << 0;
        QTest::newRow("right") << 1;
    }
    void toneLandsInItsOwnLane()
    {
        QFETCH(int, toneChannel);
        const QString path = m_dir.filePath(QStringLiteral("tone%1.wav").arg(toneChannel));
        QVERIFY(TestWav::write(path, 8000, 2, 8000, [toneChannel](qint64 f, int c) {
            return c == toneChannel ? 0.8 * std::sin(2.0 * M_PI * 440.0 * double(f) / 8000) : 0.0;
        }));
        WaveformAnalyzer analyzer;
        QSignalSpy finished(&analyzer, &WaveformAnalyzer::finished);
        analyzer.analyze(path);
        QVERIFY(analyzer.isBusy());
        QVERIFY(finished.wait(10000));
        QVERIFY(!analyzer.isBusy());
        const WaveformPeaks peaks = finished.first().first().value<WaveformPeaks>();
        QCOMPARE(peaks.channelCount(), 2);
        QCOMPARE(peaks.durationMs(), 1000);
        const int silentChannel = 1 - toneChannel;
        QVERIFY(loudest(peaks.lanes[toneChannel]) > 0.75f);
        QVERIFY(loudest(peaks.lanes[silentChannel]) < 0.01f);
        // Every bucket of the tone's lane is loud, not just one.
        QVERIFY(
            *std::min_element(peaks.lanes[toneChannel].cbegin(), peaks.lanes[toneChannel].cend())
            > 0.7f);
    }

    void aFileThatIsNotAudioFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, '\x5a'));
        file.close();
        WaveformAnalyzer analyzer;
        QSignalSpy finished(&analyzer, &WaveformAnalyzer::finished);
        QSignalSpy failed(&analyzer, &WaveformAnalyzer::failed);
        analyzer.analyze(path);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void aNewAnalysisReplacesTheRunningOne()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.wav"));
        const QString second = m_dir.filePath(QStringLiteral("second.wav"));
        QVERIFY(TestWav::toneOnLeft(first, 1.0));
        QVERIFY(TestWav::write(second, 8000, 1, 4000, [](qint64, int) { return 0.25; }));
        WaveformAnalyzer analyzer;
        QSignalSpy finished(&analyzer, &WaveformAnalyzer::finished);
        analyzer.analyze(first);
        analyzer.analyze(second);
        QVERIFY(finished.wait(10000));
        QTest::qWait(100); // the first one's result, if it leaked, would arrive by now
        QCOMPARE(finished.count(), 1);
        const WaveformPeaks peaks = finished.first().first().value<WaveformPeaks>();
        QCOMPARE(peaks.channelCount(), 1);
        QCOMPARE(peaks.durationMs(), 500);
    }
};

QTEST_GUILESS_MAIN(TestWaveformAnalyzer)
#include "tst_WaveformAnalyzer.moc"
