#include "alignment/VoiceActivityDetector.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

// Synthetic "speech": a 150 Hz buzz with a 4 Hz syllable envelope, bursts at known times, on
// white noise; the other party's bursts leak in at -20 dB (bleed).
class tst_VoiceActivityDetector : public QObject
{
    Q_OBJECT

private:
    struct Burst
    {
        int channel;
        qint64 startMs;
        qint64 endMs;
    };

    static PcmAudio make(const QList<Burst> &bursts, qint64 durationMs, double noiseDb,
                         double bleedDb, int channels = 2)
    {
        constexpr int rate = 8000;
        PcmAudio audio;
        audio.sampleRate = rate;
        const qint64 n = durationMs * rate / 1000;
        std::vector<std::vector<double>> clean(2, std::vector<double>(size_t(n), 0.0));
        for (const Burst &b : bursts) {
            for (qint64 i = b.startMs * rate / 1000; i < b.endMs * rate / 1000 && i < n; ++i) {
                const double t = double(i) / rate;
                const double envelope = 0.55 + 0.45 * std::sin(2 * M_PI * 4 * t);
                clean[size_t(b.channel)][size_t(i)] += 0.25 * envelope
                    * (std::sin(2 * M_PI * 150 * t) + 0.5 * std::sin(2 * M_PI * 450 * t));
            }
        }
        QRandomGenerator random(7);
        const double noise = std::pow(10.0, noiseDb / 20.0);
        const double bleed = std::pow(10.0, bleedDb / 20.0);
        audio.channels.resize(size_t(channels));
        for (int c = 0; c < channels; ++c) {
            audio.channels[size_t(c)].resize(size_t(n));
            for (qint64 i = 0; i < n; ++i) {
                double v = clean[size_t(c)][size_t(i)] + bleed * clean[size_t(1 - c)][size_t(i)]
                    + noise * (random.generateDouble() * 2 - 1) * std::sqrt(3.0);
                if (channels == 1)
                    v = clean[0][size_t(i)] + clean[1][size_t(i)]
                        + noise * (random.generateDouble() * 2 - 1) * std::sqrt(3.0);
                audio.channels[size_t(c)][size_t(i)] =
                    qint16(std::lround(qBound(-1.0, v, 1.0) * 32767));
            }
        }
        return audio;
    }

    static void compareSegments(const QList<SpeechSegment> &found, const QList<Burst> &expected,
                                qint64 toleranceMs)
    {
        QCOMPARE(found.size(), expected.size());
        for (int i = 0; i < found.size(); ++i) {
            QVERIFY2(qAbs(found.at(i).startMs - expected.at(i).startMs) <= toleranceMs,
                     qPrintable(QStringLiteral("start %1 vs %2")
                                    .arg(found.at(i).startMs)
                                    .arg(expected.at(i).startMs)));
            QVERIFY2(qAbs(found.at(i).endMs - expected.at(i).endMs) <= toleranceMs,
                     qPrintable(QStringLiteral("end %1 vs %2")
                                    .arg(found.at(i).endMs)
                                    .arg(expected.at(i).endMs)));
        }
    }

private slots:
    void findsEachPartysSpeechAndIgnoresBleed_data()
    {
        QTest::addColumn<double>("noiseDb");
        QTest::addColumn<double>("bleedDb");
        QTest::newRow("quiet line, -28 dB echo") << -45.0 << -28.0;
        QTest::newRow("noisy line, -18 dB echo") << -30.0 << -18.0;
    }
    void findsEachPartysSpeechAndIgnoresBleed()
    {
        QFETCH(double, noiseDb);
        QFETCH(double, bleedDb);
        const QList<Burst> left{{0, 500, 2500}, {0, 6000, 8200}};
        const QList<Burst> right{{1, 3000, 5200}, {1, 8800, 9600}};
        const PcmAudio audio = make(left + right, 11000, noiseDb, bleedDb);
        const QList<ChannelActivity> activity = VoiceActivityDetector().analyze(audio, true);
        QCOMPARE(activity.size(), 2);
        compareSegments(activity.at(0).segments, left, 40);
        compareSegments(activity.at(1).segments, right, 40);
        QVERIFY(activity.at(0).speechDb > activity.at(0).noiseDb + 10);
    }

    void bridgesShortPausesOnly()
    {
        // 150 ms apart: one segment; 600 ms apart: two.
        const QList<Burst> bursts{{0, 500, 1500}, {0, 1650, 2500}, {0, 3100, 4000}};
        const PcmAudio audio = make(bursts, 5000, -50, -60);
        const QList<ChannelActivity> activity = VoiceActivityDetector().analyze(audio, true);
        compareSegments(activity.at(0).segments, {{0, 500, 2500}, {0, 3100, 4000}}, 40);
    }

    void mixedAudioIsOneChannel()
    {
        const QList<Burst> bursts{{0, 400, 2000}, {1, 2600, 3600}};
        const PcmAudio audio = make(bursts, 4500, -45, -90, 1);
        const ChannelActivity mixed = VoiceActivityDetector().analyzeMixed(audio);
        compareSegments(mixed.segments, bursts, 40);
    }

    void silenceHasNoSpeech()
    {
        const PcmAudio audio = make({}, 3000, -50, -30);
        const QList<ChannelActivity> activity = VoiceActivityDetector().analyze(audio, true);
        QVERIFY(activity.at(0).segments.isEmpty());
        QVERIFY(activity.at(1).segments.isEmpty());
        PcmAudio digitalSilence;
        digitalSilence.sampleRate = 8000;
        digitalSilence.channels.assign(1, std::vector<qint16>(8000, 0));
        QVERIFY(VoiceActivityDetector().analyzeMixed(digitalSilence).segments.isEmpty());
    }

    void blockEnergyIsMeanSquarePerMillisecond()
    {
        const std::vector<qint16> samples(16, 16384); // half scale: 0.25
        const std::vector<float> blocks = VoiceActivityDetector::blockEnergy(samples, 8000);
        QCOMPARE(blocks.size(), size_t(2));
        QVERIFY(qAbs(blocks[0] - 0.25f) < 1e-4f);
        QVERIFY(VoiceActivityDetector::blockEnergy(samples, 0).empty());
    }
};

QTEST_GUILESS_MAIN(tst_VoiceActivityDetector)
#include "tst_VoiceActivityDetector.moc"
