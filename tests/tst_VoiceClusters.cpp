#include "alignment/VoiceClusters.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

// Speech segments whose frames carry a pitch period around one of two values (the two voices),
// jittered per frame and per segment like intonation; the clusters must follow the voices,
// with no alignment given.
class tst_VoiceClusters : public QObject
{
    Q_OBJECT

private:
    struct Call
    {
        ChannelActivity activity;
        std::vector<VoiceFeatures::Frame> features;
    };

    // One segment per entry of periodsMs (0: a gap of 500 ms instead), each lengthMs long.
    static Call make(const QList<double> &periodsMs, qint64 lengthMs)
    {
        Call call;
        QRandomGenerator random(7);
        qint64 at = 200;
        std::vector<double> periodOfFrame;
        for (const double period : periodsMs) {
            if (period > 0) {
                SpeechSegment segment;
                segment.startMs = at;
                segment.endMs = at + lengthMs;
                call.activity.segments.append(segment);
            }
            const qint64 end = at + (period > 0 ? lengthMs : 0) + 500;
            const double segmentJitter = 1.0 + 0.06 * (random.generateDouble() - 0.5);
            while (qint64(periodOfFrame.size()) * ChannelActivity::frameMs < end)
                periodOfFrame.push_back(
                    qint64(periodOfFrame.size()) * ChannelActivity::frameMs < at + lengthMs
                            && qint64(periodOfFrame.size()) * ChannelActivity::frameMs >= at
                        ? period * segmentJitter
                        : 0.0);
            at = end;
        }
        call.activity.voiced.assign(periodOfFrame.size(), 0);
        call.features.assign(periodOfFrame.size(), VoiceFeatures::Frame{});
        for (size_t f = 0; f < periodOfFrame.size(); ++f) {
            if (periodOfFrame[f] <= 0)
                continue;
            call.activity.voiced[f] = 1;
            const double frameJitter = 1.0 + 0.1 * (random.generateDouble() - 0.5);
            call.features[f][VoiceFeatures::cepstra] =
                float(std::log(periodOfFrame[f] * frameJitter));
            call.features[f][VoiceFeatures::cepstra + 1] = float(0.5 + random.generateDouble());
        }
        return call;
    }

    static int labelOf(const Call &call, const std::vector<qint8> &labels, int segment)
    {
        const SpeechSegment &s = call.activity.segments.at(segment);
        int sum = 0;
        for (qint64 f = s.startMs / 10; f < s.endMs / 10; ++f)
            sum += labels[size_t(f)];
        return sum > 0 ? 1 : sum < 0 ? -1 : 0;
    }

private slots:
    void separatesTheTwoVoicesWithoutAnAlignment()
    {
        // A lower voice (10 ms period: 100 Hz) and a higher one (8 ms: 125 Hz), in turns,
        // with two turns of the lower voice in a row.
        const QList<double> periods{10, 8, 10, 10, 8, 10, 8, 8, 10};
        const Call call = make(periods, 1500);
        const std::vector<qint8> labels = VoiceClusters::labels(call.activity, call.features);
        QCOMPARE(labels.size(), call.features.size());
        for (int s = 0; s < periods.size(); ++s)
            QCOMPARE(labelOf(call, labels, s), periods.at(s) > 9 ? 1 : -1);
        // Silence between segments stays unlabelled.
        QCOMPARE(labels[10], qint8(0));
    }

    void leavesShortSegmentsUnlabelled()
    {
        // 150 ms: fewer voiced frames than it takes to describe a segment.
        const Call call = make({10, 8, 10, 8}, 150);
        QVERIFY(VoiceClusters::labels(call.activity, call.features).empty());
    }

    void needsTwoSegments()
    {
        const Call call = make({10}, 2000);
        QVERIFY(VoiceClusters::labels(call.activity, call.features).empty());
        QVERIFY(VoiceClusters::labels(ChannelActivity(), {}).empty());
    }
};

QTEST_GUILESS_MAIN(tst_VoiceClusters)
#include "tst_VoiceClusters.moc"
