#include "alignment/VoiceActivityDetector.h"
#include "decode/PcmDecoder.h"

#include "GeneratedCall.h"
#include "TestWav.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

class tst_PcmDecoder : public QObject
{
    Q_OBJECT

private:
    // A WAV file with any format code: header fields as given, then `data` (dataSize may lie).
    static QByteArray wavBytes(quint16 format, quint16 channels, quint32 rate, quint16 bits,
                               const QByteArray &data, qint64 dataSize = -1)
    {
        QByteArray out;
        auto u32 = [&out](quint32 v) {
            char b[4];
            qToLittleEndian(v, b);
            out.append(b, 4);
        };
        auto u16 = [&out](quint16 v) {
            char b[2];
            qToLittleEndian(v, b);
            out.append(b, 2);
        };
        const quint16 block = quint16(channels * (bits / 8));
        out.append("RIFF", 4);
        u32(quint32(36 + data.size()));
        out.append("WAVEfmt ", 8);
        u32(16);
        u16(format);
        u16(channels);
        u32(rate);
        u32(rate * block);
        u16(block);
        u16(bits);
        out.append("data", 4);
        u32(quint32(dataSize < 0 ? data.size() : dataSize));
        out.append(data);
        return out;
    }
    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }
    // Lag (ms) of b against a that best matches their 1 ms energy envelopes, within +-maxLag.
    static int envelopeLag(const PcmAudio &a, const PcmAudio &b, int maxLag)
    {
        const std::vector<float> ea =
            VoiceActivityDetector::blockEnergy(a.channels[0], a.sampleRate);
        const std::vector<float> eb =
            VoiceActivityDetector::blockEnergy(b.channels[0], b.sampleRate);
        int best = 0;
        double bestScore = -1;
        for (int lag = -maxLag; lag <= maxLag; ++lag) {
            double score = 0;
            for (size_t i = 0; i < ea.size(); ++i) {
                const qint64 j = qint64(i) + lag;
                if (j >= 0 && j < qint64(eb.size()))
                    score += double(ea[i]) * eb[size_t(j)];
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    QTemporaryDir m_dir;

private slots:
    void sniffsContainers_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("container");
        QTest::newRow("wav") << QByteArray("RIFF\0\0\0\0WAVEfmt ", 16)
                             << int(PcmDecoder::Container::Wav);
        QTest::newRow("ogg") << QByteArray("OggS\0\2") << int(PcmDecoder::Container::Ogg);
        QTest::newRow("id3") << QByteArray("ID3\3\0") << int(PcmDecoder::Container::Mp3);
        QTest::newRow("mp3 frame")
            << QByteArray("\xff\xfb\x90\x64", 4) << int(PcmDecoder::Container::Mp3);
        QTest::newRow("flac") << QByteArray("fLaC\0") << int(PcmDecoder::Container::Flac);
        QTest::newRow("m4a") << QByteArray("\0\0\0\x20"
                                           "ftypM4A ",
                                           12)
                             << int(PcmDecoder::Container::Mp4);
        QTest::newRow("html") << QByteArray("<!DOCTYPE html>")
                              << int(PcmDecoder::Container::Unknown);
        QTest::newRow("json") << QByteArray("{\"error\":1}") << int(PcmDecoder::Container::Unknown);
        QTest::newRow("riff not wave")
            << QByteArray("RIFF\0\0\0\0AVI LIST", 16) << int(PcmDecoder::Container::Unknown);
    }
    void sniffsContainers()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, container);
        QCOMPARE(int(PcmDecoder::sniff(head)), container);
    }

    void readsWav16Stereo()
    {
        const QString path = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(TestWav::toneOnLeft(path, 1.5));
        const PcmDecoder::Result result = PcmDecoder::decode(path);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.container, PcmDecoder::Container::Wav);
        QCOMPARE(result.audio.sampleRate, 8000);
        QCOMPARE(result.audio.channelCount(), 2);
        QCOMPARE(result.audio.frameCount(), 12000);
        QCOMPARE(result.audio.durationMs(), 1500);
        QCOMPARE(result.audio.channels[1][100], qint16(0));
        QVERIFY(std::abs(result.audio.channels[0][2]) > 10000); // sin(2*pi*440*2/8000)*0.8
    }

    void readsOtherSampleFormats_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("expected"); // the first sample as 16 bits
        QTest::newRow("8-bit") << wavBytes(1, 1, 8000, 8, QByteArray("\xc0\x40", 2)) << 16384;
        QTest::newRow("mu-law") << wavBytes(7, 1, 8000, 8, QByteArray("\x80\x00", 2)) << 32124;
        QTest::newRow("a-law") << wavBytes(6, 1, 8000, 8, QByteArray("\xaa\x2a", 2)) << 32256;
        float half = 0.5f;
        QByteArray f32(reinterpret_cast<const char *>(&half), 4);
        QTest::newRow("float") << wavBytes(3, 1, 8000, 32, f32 + f32) << 16384;
        QTest::newRow("24-bit") << wavBytes(1, 1, 8000, 24, QByteArray("\0\0\x40\0\0\xc0", 6))
                                << 16384;
    }
    void readsOtherSampleFormats()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, expected);
        const PcmDecoder::Result result = PcmDecoder::decode(save(QStringLiteral("f.wav"), file));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY2(qAbs(result.audio.channels[0][0] - expected) <= 1,
                 qPrintable(QString::number(result.audio.channels[0][0])));
    }

    void decimatesHighRates()
    {
        const QString path = m_dir.filePath(QStringLiteral("48k.wav"));
        QVERIFY(TestWav::write(path, 48000, 1, 48000, [](qint64, int) { return 0.1; }));
        const PcmDecoder::Result result = PcmDecoder::decode(path);
        QVERIFY(result.ok());
        QCOMPARE(result.audio.sampleRate, 16000);
        QCOMPARE(result.audio.frameCount(), 16000);
        QCOMPARE(result.audio.durationMs(), 1000);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QByteArray random(64 * 1024, '\0');
        QRandomGenerator generator(12);
        for (char &c : random)
            c = char(generator.bounded(256));
        random[0] = 'x'; // no accidental MPEG sync at the start
        const QByteArray pcm(16000, '\x10');
        QTest::newRow("random bytes") << random << int(AlignmentError::Kind::NotAudio);
        QTest::newRow("empty file") << QByteArray() << int(AlignmentError::Kind::NotAudio);
        QTest::newRow("html page") << QByteArray("<html><body>Forbidden</body></html>")
                                   << int(AlignmentError::Kind::NotAudio);
        QTest::newRow("truncated wav")
            << wavBytes(1, 1, 8000, 16, pcm, 160000) << int(AlignmentError::Kind::Truncated);
        QTest::newRow("wav cut in its header")
            << wavBytes(1, 1, 8000, 16, pcm).left(30) << int(AlignmentError::Kind::Truncated);
        QTest::newRow("zero channels")
            << wavBytes(1, 0, 8000, 16, pcm) << int(AlignmentError::Kind::NoChannels);
        QTest::newRow("no frames")
            << wavBytes(1, 1, 8000, 16, QByteArray()) << int(AlignmentError::Kind::Empty);
        QTest::newRow("absurd rate")
            << wavBytes(1, 1, 3, 16, pcm) << int(AlignmentError::Kind::NotAudio);
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        const QString path = save(QStringLiteral("bad.bin"), bytes);
        const PcmDecoder::Result result = PcmDecoder::decode(path);
        QCOMPARE(int(result.error.kind), kind);
        QVERIFY(!result.error.message.isEmpty());
    }

    void refusesMissingAndTooLong()
    {
        PcmDecoder::Result missing = PcmDecoder::decode(m_dir.filePath(QStringLiteral("nope.wav")));
        QCOMPARE(missing.error.kind, AlignmentError::Kind::Unreadable);
        const QString path = m_dir.filePath(QStringLiteral("long.wav"));
        QVERIFY(TestWav::write(path, 8000, 1, 8000 * 5, [](qint64, int) { return 0.0; }));
        PcmDecoder::Options options;
        options.maxDurationMs = 2000;
        QCOMPARE(PcmDecoder::decode(path, options).error.kind, AlignmentError::Kind::TooLong);
    }

    void garbageAfterAnMpegHeaderNeverHangs()
    {
        QByteArray bytes(200 * 1024, '\0');
        QRandomGenerator generator(5);
        for (char &c : bytes)
            c = char(generator.bounded(256));
        bytes.replace(0, 4, QByteArray("\xff\xfb\x90\x64", 4));
        QElapsedTimer timer;
        timer.start();
        const PcmDecoder::Result result =
            PcmDecoder::decode(save(QStringLiteral("fake.mp3"), bytes));
        QVERIFY(timer.elapsed() < 30000);
        // Either refused or decoded as noise; both are answers, neither a crash nor a hang.
        QVERIFY(result.ok() || !result.error.message.isEmpty());
    }

    void cancelStopsDecoding()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.wav"));
        QVERIFY(TestWav::write(path, 8000, 2, 8000 * 60, [](qint64, int) { return 0.0; }));
        std::atomic_bool cancel{true};
        PcmDecoder::Options options;
        options.cancel = &cancel;
        QCOMPARE(PcmDecoder::decode(path, options).error.kind, AlignmentError::Kind::Canceled);
    }

    // The codec delay: a compressed twin must line up with its WAV source within 3 ms.
    void compressedFormatsLineUpWithTheirSource_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("mp3") << QStringLiteral("mp3");
        QTest::newRow("opus") << QStringLiteral("opus");
    }
    void compressedFormatsLineUpWithTheirSource()
    {
        QFETCH(QString, format);
        if (const QString why = GeneratedCall::unavailable(); !why.isEmpty())
            QFAIL(qPrintable(why));
        const QString wavDir = m_dir.filePath(QStringLiteral("twin-wav"));
        const QString otherDir = m_dir.filePath(QStringLiteral("twin-") + format);
        const GeneratedCall::Call wav = GeneratedCall::make(wavDir, 3, {}, 4);
        const GeneratedCall::Call other = GeneratedCall::make(otherDir, 3, {}, 4, format);
        QVERIFY2(wav.error.isEmpty(), qPrintable(wav.error));
        QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
        const PcmDecoder::Result a = PcmDecoder::decode(wav.recording);
        const PcmDecoder::Result b = PcmDecoder::decode(other.recording);
        QVERIFY2(b.ok(), qPrintable(b.error.message));
        QCOMPARE(b.audio.channelCount(), 2);
        if (format == QLatin1String("mp3")) {
            QCOMPARE(b.container, PcmDecoder::Container::Mp3);
            QCOMPARE(b.codecDelayFrames, 1105); // LAME 576 + decoder 529, untagged file
        }
        const int lag = envelopeLag(a.audio, b.audio, 300);
        QVERIFY2(qAbs(lag) <= 3, qPrintable(QStringLiteral("lag %1 ms").arg(lag)));
        QVERIFY(qAbs(b.audio.durationMs() - a.audio.durationMs()) < 120);
    }
};

QTEST_GUILESS_MAIN(tst_PcmDecoder)
#include "tst_PcmDecoder.moc"
