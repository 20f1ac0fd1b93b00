#include "alignment/AudioAligner.h"

#include "decode/PcmDecoder.h"

#include "GeneratedCall.h"

#include <QTemporaryDir>
#include <QTest>

// AudioAligner on decoded synthetic calls (make_call.py): the mono path, where only lengths,
// pauses and the two voices place the turns.
class tst_AudioAligner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Seeds 5 and 6 (en + es, 24 turns each: 96 turns) have barge-ins the voice-change
    // splitter cannot separate. make_call.py's calls differ slightly from run to run (sox
    // dithers), and one cascade more or less moves a single call's score by 0.04: two seeds
    // pooled vary less. Measured with the voice mixtures (engine 3) on three generations:
    // 0.938, 0.938, 0.969 of starts within 250 ms (engine 2 on the same calls: 0.958, 0.958,
    // 0.917). The threshold keeps four turns of margin under the lowest.
    void monoCallKeepsItsAccuracy()
    {
        if (const QString why = GeneratedCall::unavailable(); !why.isEmpty())
            QFAIL(qPrintable(why));
        GeneratedCall::Score score;
        for (const int seed : {5, 6})
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es")}) {
                const GeneratedCall::Call call = GeneratedCall::make(
                    m_dir.filePath(QStringLiteral("mono-%1-%2").arg(lang).arg(seed)), seed,
                    {QStringLiteral("--layout"), QStringLiteral("mono")}, 24, QStringLiteral("wav"),
                    lang);
                QVERIFY2(call.error.isEmpty(), qPrintable(call.error));
                const PcmDecoder::Result decoded = PcmDecoder::decode(call.recording);
                QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
                QCOMPARE(decoded.audio.channelCount(), 1);
                const AudioAligner::Result result = AudioAligner::align(call.turns, decoded.audio);
                QVERIFY2(result.ok(), qPrintable(result.error.message));
                QCOMPARE(result.timeline.channels.botChannel, int(ChannelMap::Mixed));
                QCOMPARE(result.timeline.turns.size(), call.turns.size());
                GeneratedCall::add(score, call.timeline.turns, result.timeline.turns);
            }
        const double starts = score.fraction(score.startsWithin250);
        qInfo("mono seeds 5, 6: starts<=250 %.3f ends<=250 %.3f", starts,
              score.fraction(score.endsWithin250));
        QVERIFY2(starts >= 0.89, qPrintable(QString::number(starts)));
    }
};

QTEST_GUILESS_MAIN(tst_AudioAligner)
#include "tst_AudioAligner.moc"
