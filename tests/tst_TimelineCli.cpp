// The command line's timeline contract (issues 12 and 14), run as a user would: `callreview
// --open CALL.json --recording AUDIO --timeline FILE|-`, `--demo --timeline -`, --findings with
// the "timing" object, subtitles from --export, and the exit codes for bad audio and usage.
#include "GeneratedCall.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
} // namespace

class tst_TimelineCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &layout : {u"stereo"_qs, u"stereo-swapped"_qs, u"mono"_qs}) {
            const GeneratedCall::Call call = GeneratedCall::make(
                {u"--seed"_qs, u"6"_qs, u"--turns"_qs, u"10"_qs, u"--layout"_qs, layout},
                m_dir.filePath(layout));
            QVERIFY2(call.error.isEmpty(), qPrintable(call.error));
            m_calls.insert(layout, call);
        }
    }

    void timelineJsonFollowsTheContract_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QJsonValue>("bot");
        QTest::newRow("stereo") << u"stereo"_qs << QJsonValue(0);
        QTest::newRow("swapped") << u"stereo-swapped"_qs << QJsonValue(1);
        QTest::newRow("mono") << u"mono"_qs << QJsonValue(u"mixed"_qs);
    }
    void timelineJsonFollowsTheContract()
    {
        QFETCH(QString, layout);
        QFETCH(QJsonValue, bot);
        const GeneratedCall::Call &call = m_calls[layout];
        const QString out = m_dir.filePath(layout + u"/aligned.json");
        const Run r = run({u"--open"_qs, callJson(layout), u"--recording"_qs, recording(layout),
                           u"--timeline"_qs, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!json.value(u"call_id").toString().isEmpty());
        QCOMPARE(json.value(u"channel_map").toObject().value(u"bot"), bot);
        QVERIFY(json.value(u"duration_ms").toInteger() > 0);
        const QJsonArray turns = json.value(u"turns").toArray();
        QCOMPARE(turns.size(), call.turns.size());
        int near = 0;
        for (int i = 0; i < turns.size(); ++i) {
            const QJsonObject turn = turns.at(i).toObject();
            QCOMPARE(turn.value(u"turn").toInt(), i + 1); // 1-based, as in the window
            QCOMPARE(turn.value(u"speaker").toString(),
                     call.turns.at(i).speaker == Speaker::Bot ? u"bot"_qs : u"human"_qs);
            const double confidence = turn.value(u"confidence").toDouble(-1);
            QVERIFY(confidence >= 0 && confidence <= 1);
            near += qAbs(turn.value(u"start_ms").toInteger() - call.timeline.turns.at(i).startMs)
                <= 250;
        }
        QVERIFY2(near >= turns.size() * 8 / 10, qPrintable(QString::number(near)));
        // Latencies of turns following the other speaker, 1-based.
        const QJsonArray latencies = json.value(u"latencies").toArray();
        QVERIFY(!latencies.isEmpty());
        QVERIFY(latencies.at(0).toObject().value(u"turn").toInt() >= 2);
    }

    void findingsGainTimingOnlyWithARecording()
    {
        const Run plain = run({u"--open"_qs, callJson(u"stereo"_qs), u"--findings"_qs});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(plain.out).object().contains(u"timing"));
        const Run timed = run({u"--open"_qs, callJson(u"stereo"_qs), u"--recording"_qs,
                               recording(u"stereo"_qs), u"--findings"_qs});
        QVERIFY2(timed.exitCode == 0, qPrintable(timed.err));
        const QJsonObject timing =
            QJsonDocument::fromJson(timed.out).object().value(u"timing").toObject();
        for (const QString &key : {u"latencies"_qs, u"assistant_latency"_qs, u"barge_ins"_qs,
                                   u"dead_air"_qs, u"talk_share"_qs, u"longest_monologue"_qs})
            QVERIFY2(timing.contains(key), qPrintable(key));
        QVERIFY(timing.value(u"assistant_latency").toObject().contains(u"p90_ms"));
    }

    // The dead-air threshold: the setting (Settings dialog) unless --dead-air-ms says otherwise;
    // and an aligned call is noted in the index the browse table reads.
    void deadAirThresholdFromSettingsOrOption()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
        env.insert(u"XDG_CACHE_HOME"_qs, home.filePath(u"cache"_qs));
        QVERIFY(QDir().mkpath(home.filePath(u"config/CallReview"_qs)));
        QFile conf(home.filePath(u"config/CallReview/callreview.conf"_qs));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[timing]\ndeadAirMs=60000\n");
        conf.close();
        const QStringList timed{u"--open"_qs, callJson(u"stereo"_qs), u"--recording"_qs,
                                recording(u"stereo"_qs), u"--findings"_qs};
        const auto deadAir = [&](const QStringList &extra) {
            const Run r = run(timed + extra, env);
            const QJsonObject timing =
                QJsonDocument::fromJson(r.out).object().value(u"timing").toObject();
            return r.exitCode == 0 ? timing.value(u"dead_air").toArray() : QJsonArray{-1};
        };
        QCOMPARE(deadAir({}).size(), 0); // nothing is 60 s of silence
        const QJsonArray low = deadAir({u"--dead-air-ms"_qs, u"500"_qs});
        const QJsonArray usual = deadAir({u"--dead-air-ms"_qs, u"3000"_qs});
        QVERIFY(low.size() > 0); // generated answers take 0.5 s or more
        QVERIFY(low.size() >= usual.size());
        for (const QJsonValue gap : low)
            QVERIFY(gap.toObject().value(u"gap_ms").toInteger() >= 500);
        // The truth's own silences (from the start, or the latest end before the turn), each
        // within the aligner's 250 ms.
        const Timeline &truth = m_calls[u"stereo"_qs].timeline;
        for (const QJsonValue value : low) {
            const int turn = value.toObject().value(u"before_turn").toInt() - 1;
            QVERIFY(turn >= 0 && turn < truth.turns.size());
            qint64 latestEnd = 0;
            for (int k = 0; k < turn; ++k)
                latestEnd = qMax(latestEnd, truth.turns.at(k).endMs);
            const qint64 gap = truth.turns.at(turn).startMs - latestEnd;
            QVERIFY2(qAbs(gap - value.toObject().value(u"gap_ms").toInteger()) <= 250,
                     qPrintable(u"turn %1: %2 ms in truth"_qs.arg(turn + 1).arg(gap)));
        }
        QCOMPARE(run(timed + QStringList{u"--dead-air-ms"_qs, u"soon"_qs}, env).exitCode, 2);

        QFile index(home.filePath(u"cache/CallReview/callreview/timelines/calls.index.json"_qs));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QJsonObject calls =
            QJsonDocument::fromJson(index.readAll()).object().value(u"calls").toObject();
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.begin().value().toObject().contains(u"p90_ms"));
    }

    void subtitlesFromTheCommandLine()
    {
        const Run srt =
            run({u"--open"_qs, callJson(u"stereo"_qs), u"--recording"_qs, recording(u"stereo"_qs),
                 u"--export"_qs, u"-"_qs, u"--format"_qs, u"srt"_qs});
        QVERIFY2(srt.exitCode == 0, qPrintable(srt.err));
        QVERIFY(srt.out.startsWith("1\r\n") || srt.out.startsWith("1\n"));
        QVERIFY(srt.out.contains(" --> "));
        QVERIFY(srt.out.contains("Assistant: ") && srt.out.contains("Caller: "));
        // The extension chooses the format; without a recording there is nothing to write.
        const QString path = m_dir.filePath(u"call.vtt"_qs);
        const Run noRecording = run({u"--open"_qs, callJson(u"stereo"_qs), u"--export"_qs, path});
        QCOMPARE(noRecording.exitCode, 2);
        QVERIFY2(noRecording.err.contains(u"--recording"), qPrintable(noRecording.err));
        QVERIFY(!QFile::exists(path));
        // The demo call carries its recording: subtitles work offline.
        const Run demo = run({u"--demo"_qs, u"--export"_qs, u"-"_qs, u"--format"_qs, u"vtt"_qs});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.out.startsWith("WEBVTT"));
        QVERIFY(demo.out.contains("<v Assistant>"));
    }

    void demoTimelineToStandardOutput()
    {
        const Run r = run({u"--demo"_qs, u"--timeline"_qs, u"-"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"channel_map").toObject().value(u"bot"), QJsonValue(0));
        QVERIFY(!json.value(u"turns").toArray().isEmpty());
    }

    void badInputIsAClearErrorAndAnExitCode()
    {
        QFile junk(m_dir.filePath(u"junk.wav"_qs));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, '\x5a'));
        junk.close();
        const Run notAudio = run({u"--open"_qs, callJson(u"stereo"_qs), u"--recording"_qs,
                                  junk.fileName(), u"--timeline"_qs, u"-"_qs});
        QCOMPARE(notAudio.exitCode, 4);
        QVERIFY(notAudio.out.isEmpty());
        QVERIFY(notAudio.err.startsWith(u"callreview: "));

        const Run missing = run({u"--open"_qs, callJson(u"stereo"_qs), u"--recording"_qs,
                                 m_dir.filePath(u"nope.wav"_qs), u"--timeline"_qs, u"-"_qs});
        QCOMPARE(missing.exitCode, 2);
        const Run noAudio = run({u"--open"_qs, callJson(u"stereo"_qs), u"--timeline"_qs, u"-"_qs});
        QCOMPARE(noAudio.exitCode, 2);
        QVERIFY(noAudio.err.contains(u"--recording"));
        const Run misplaced = run({u"--list-assistants"_qs, u"--recording"_qs, junk.fileName()});
        QCOMPARE(misplaced.exitCode, 2);
        // An existing output file is never replaced by a failed run.
        const QString kept = m_dir.filePath(u"kept.json"_qs);
        QFile keep(kept);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("precious");
        keep.close();
        QCOMPARE(run({u"--open"_qs, callJson(u"stereo"_qs), u"--recording"_qs, junk.fileName(),
                      u"--timeline"_qs, kept})
                     .exitCode,
                 4);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("precious"));
    }

private:
    QString callJson(const QString &layout) const { return m_dir.filePath(layout + u"/call.json"); }
    QString recording(const QString &layout) const
    {
        return m_dir.filePath(layout + u"/recording.wav");
    }

    Run run(const QStringList &arguments,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CALLREVIEW_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_dir;
    QHash<QString, GeneratedCall::Call> m_calls;
};

QTEST_GUILESS_MAIN(tst_TimelineCli)
#include "tst_TimelineCli.moc"
