// The window's alignment and playback wiring on a generated call (make_call.py): the recording
// is aligned in the background once the player has the file, the transcript gets the times and
// the follower drives and follows the player.
#include "GeneratedCall.h"
#include "alignment/RecordingAligner.h"
#include "playback/PlaybackFollower.h"
#include "player/PlayerPanel.h"
#include "player/WaveformView.h"
#include "recording/RecordingCache.h"
#include "session/CallSession.h"
#include "timing/TimingReport.h"
#include "transcript/BubblePalette.h"
#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/PlaybackWiring.h"

#include <QAction>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_PlaybackWiring : public QObject
{
    Q_OBJECT

    struct Window
    {
        QNetworkAccessManager network;
        CallSession session;
        TranscriptModel model;
        std::unique_ptr<PlayerPanel> player;
        std::unique_ptr<TranscriptPane> pane;
        std::unique_ptr<PlaybackWiring> wiring;
    };

    std::unique_ptr<Window> makeWindow(const QString &name)
    {
        auto w = std::make_unique<Window>();
        w->player = std::make_unique<PlayerPanel>(
            &w->network, RecordingCache(m_dir.filePath(name + u"-recordings"), {}));
        w->pane = std::make_unique<TranscriptPane>(&w->model);
        // As MainWindow: the transcript first, the player after the wiring exists.
        connect(&w->session, &CallSession::currentChanged, &w->model,
                [model = &w->model](const CallRecord &call) { model->setTurns(call.turns); });
        w->wiring = std::make_unique<PlaybackWiring>(
            PlaybackWiring::Parts{&w->session, w->player.get(), &w->model, w->pane.get(), nullptr},
            nullptr, TimelineCache(m_dir.filePath(name + u"-timelines")));
        connect(&w->session, &CallSession::currentChanged, w->player.get(), &PlayerPanel::setCall);
        return w;
    }

    CallRecord callRecord(const QString &id) const
    {
        CallRecord call;
        call.callId = id;
        call.turns = m_call.turns;
        call.durationSeconds = int(m_call.timeline.durationMs / 1000);
        call.bundledRecording = m_dir.filePath(u"call/recording.wav"_qs);
        return call;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_call = GeneratedCall::make(
            {u"--seed"_qs, u"4"_qs, u"--turns"_qs, u"8"_qs, u"--layout"_qs, u"stereo"_qs},
            m_dir.filePath(u"call"_qs));
        if (!m_call.error.isEmpty())
            QSKIP(qPrintable(m_call.error));
    }

    void alignsInTheBackgroundAndGivesTheTimes()
    {
        auto w = makeWindow(u"a"_qs);
        QSignalSpy ready(w->wiring.get(), &PlaybackWiring::timelineReady);
        QSignalSpy progress(w->wiring->aligner(), &RecordingAligner::progress);
        w->session.open(callRecord(u"one"_qs));
        // The window never waits: the transcript is there, untimed, before the run starts.
        QCOMPARE(w->model.rowCount(), int(m_call.turns.size()));
        QVERIFY(!w->model.index(0).data(TranscriptModel::StartMsRole).isValid());
        QVERIFY(!w->wiring->playFromTurnAction()->isEnabled());
        QVERIFY(ready.wait(60000));
        QVERIFY(!progress.isEmpty());
        QVERIFY(w->player->alignmentStatus().isEmpty()); // the progress line goes away
        QVERIFY(w->wiring->follower()->hasTimeline());
        QVERIFY(w->wiring->playFromTurnAction()->isEnabled());
        // Each turn's start near the truth (the engine's own tests measure its accuracy).
        for (int i = 0; i < m_call.turns.size(); ++i) {
            const QVariant start = w->model.index(i).data(TranscriptModel::StartMsRole);
            QVERIFY2(start.isValid(), qPrintable(QString::number(i)));
            QVERIFY2(qAbs(start.toLongLong() - m_call.timeline.turns.at(i).startMs) < 1500,
                     qPrintable(QString::number(i)));
        }
    }

    void followerDrivesAndFollowsThePlayer()
    {
        auto w = makeWindow(u"b"_qs);
        QSignalSpy ready(w->wiring.get(), &PlaybackWiring::timelineReady);
        w->session.open(callRecord(u"two"_qs));
        QVERIFY(ready.wait(60000));
        // Play from turn 4 (Enter on the selected bubble) seeks the player to its start.
        QSignalSpy seek(w->wiring->follower(), &PlaybackFollower::seekRequested);
        w->pane->selectTurn(3);
        w->wiring->playFromTurnAction()->trigger();
        QCOMPARE(seek.size(), 1);
        const qint64 start = w->model.index(3).data(TranscriptModel::StartMsRole).toLongLong();
        QCOMPARE(seek.at(0).at(0).toLongLong(), start);
        // A click on a bubble's time plays from that turn.
        emit w->pane->view()->transcriptDelegate()->timeClicked(2);
        QCOMPARE(seek.size(), 2);
        QCOMPARE(seek.at(1).at(0).toLongLong(),
                 w->model.index(2).data(TranscriptModel::StartMsRole).toLongLong());
        // The player's position moves the current turn (a binary search in the follower).
        emit w->player->mediaPlayer()->positionChanged(m_call.timeline.turns.at(5).startMs + 200);
        QCOMPARE(w->wiring->follower()->currentTurn(), 5);
        // Ctrl+R and Ctrl+J are the follower's repeat and follow switches.
        w->wiring->repeatTurnAction()->trigger();
        QVERIFY(w->wiring->follower()->isRepeating());
        w->wiring->followAction()->trigger();
        QVERIFY(!w->wiring->follower()->isFollowing());
    }

    void highlightFollowsAndHandScrollPauses()
    {
        auto w = makeWindow(u"e"_qs);
        w->pane->resize(420, 140); // a couple of bubbles at a time
        w->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(w->pane.get()));
        QSignalSpy ready(w->wiring.get(), &PlaybackWiring::timelineReady);
        w->session.open(callRecord(u"six"_qs));
        QVERIFY(ready.wait(60000));
        const int last = int(m_call.turns.size()) - 1;
        const auto tick = [&](int turn) {
            emit w->player->mediaPlayer()->positionChanged(m_call.timeline.turns.at(turn).startMs
                                                           + 150);
        };
        tick(1);
        QVERIFY(w->model.index(1).data(TranscriptModel::CurrentTurnRole).toBool());
        tick(last);
        QVERIFY(!w->model.index(1).data(TranscriptModel::CurrentTurnRole).toBool());
        QVERIFY(w->model.index(last).data(TranscriptModel::CurrentTurnRole).toBool());
        QVERIFY(w->pane->isTurnVisible(last)); // followed into view
        QVERIFY(w->wiring->follower()->isFollowing());

        // A hand scroll away from the spoken turn pauses following; ticks no longer scroll.
        w->pane->view()->verticalScrollBar()->setValue(0);
        QVERIFY(!w->pane->isTurnVisible(last));
        QVERIFY(!w->wiring->follower()->isFollowing());
        QVERIFY(!w->wiring->followAction()->isChecked());
        tick(last);
        QVERIFY(!w->pane->isTurnVisible(last));
        // Follow Playback (Ctrl+J) brings it back.
        w->wiring->followAction()->trigger();
        QVERIFY(w->wiring->follower()->isFollowing());
        QVERIFY(w->pane->isTurnVisible(last));
    }

    void waveformLanesAndBands()
    {
        auto w = makeWindow(u"f"_qs);
        QSignalSpy ready(w->wiring.get(), &PlaybackWiring::timelineReady);
        w->session.open(callRecord(u"seven"_qs));
        QVERIFY(ready.wait(60000));
        WaveformView *waveform = w->player->waveformView();
        // make_call's "stereo" layout: the assistant on channel 0, the caller on 1.
        QCOMPARE(waveform->laneLabels(), QStringList({u"Assistant"_qs, u"Caller"_qs}));
        QCOMPARE(waveform->bands().size(), m_call.turns.size());
        for (const WaveformView::Band &band : waveform->bands())
            QCOMPARE(band.lane, m_call.turns.at(band.turn).speaker == Speaker::Bot ? 0 : 1);
        // A click on a band selects its bubble.
        QTRY_VERIFY_WITH_TIMEOUT(!waveform->peaks().isEmpty(), 30000);
        waveform->resize(800, 80);
        const WaveformView::Band band = waveform->bands().at(3);
        const qint64 timeline = waveform->timelineMs();
        QVERIFY(timeline > 0);
        const int x = int(double(band.startMs + band.endMs) / 2 / timeline * waveform->width());
        const int laneHeight = waveform->height()
            / qMax(1, waveform->peaks().isEmpty() ? 1 : waveform->peaks().channelCount());
        const int y = waveform->peaks().isEmpty() ? 1 : band.lane * laneHeight + laneHeight / 2;
        QCOMPARE(waveform->turnAt(QPoint(x, y)), 3);
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(x, y));
        QCOMPARE(w->pane->currentTurn(), 3);

        // A theme switch (a new palette) recolours the bands like the bubbles.
        const auto bandOf = [waveform](bool bot) {
            for (const WaveformView::Band &b : waveform->bands())
                if ((b.lane == 0) == bot)
                    return b.colour;
            return QColor();
        };
        QPalette dark = waveform->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x20, 0x80, 0xff));
        const BubblePalette expected = BubblePalette::from(dark);
        waveform->setPalette(dark);
        QColor assistant = expected.assistantLabel;
        QColor caller = expected.callerLabel;
        assistant.setAlpha(70);
        caller.setAlpha(70);
        QCOMPARE(bandOf(true), assistant);
        QCOMPARE(bandOf(false), caller);
        QVERIFY(assistant != caller);
    }

    // The timing report's barge-ins (their overlap) and dead air (the silence) as marks.
    void timingMarksFromTheReport()
    {
        Timeline timeline;
        timeline.durationMs = 60000;
        for (int i = 0; i < 12; ++i)
            timeline.turns.append({i * 5000LL, i * 5000LL + 3000, 0.9});
        timeline.turns[5] = {}; // not placed: its barge-in cannot be drawn
        TimingReport report;
        report.bargeIns = {
            {1, Speaker::Human, 800}, {2, Speaker::Bot, 1200}, {5, Speaker::Human, 300}};
        report.deadAir = {{11, Speaker::Bot, 4200}};
        const QList<WaveformView::Mark> marks = PlaybackWiring::timingMarks(report, timeline);
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks.at(0).kind, WaveformView::Mark::Kind::BargeIn);
        QCOMPARE(marks.at(0).startMs, 5000);
        QCOMPARE(marks.at(0).endMs, 5800);
        QCOMPARE(marks.at(0).toolTip, u"Barge-in by caller, 0.8 s overlap"_qs);
        QCOMPARE(marks.at(1).toolTip, u"Barge-in by assistant, 1.2 s overlap"_qs);
        QCOMPARE(marks.at(2).kind, WaveformView::Mark::Kind::DeadAir);
        QCOMPARE(marks.at(2).startMs, 55000 - 4200);
        QCOMPARE(marks.at(2).endMs, 55000);
        QCOMPARE(marks.at(2).toolTip, u"Dead air 4.2 s before turn 12"_qs);
    }

    void aNewCallCancelsTheRun()
    {
        auto w = makeWindow(u"c"_qs);
        QSignalSpy ready(w->wiring.get(), &PlaybackWiring::timelineReady);
        w->session.open(callRecord(u"three"_qs));
        CallRecord other;
        other.callId = u"four"_qs;
        w->session.open(other); // no recording
        QTest::qWait(1500);
        QVERIFY(ready.isEmpty());
        QVERIFY(!w->wiring->follower()->hasTimeline());
        QVERIFY(w->player->alignmentStatus().isEmpty());
    }

    void failuresAreQuiet()
    {
        auto w = makeWindow(u"d"_qs);
        QFile junk(m_dir.filePath(u"junk.wav"_qs));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4000, 'x'));
        junk.close();
        CallRecord call = callRecord(u"five"_qs);
        call.bundledRecording = junk.fileName();
        QSignalSpy failed(w->wiring->aligner(), &RecordingAligner::failed);
        w->session.open(call);
        QVERIFY(failed.wait(30000));
        QCOMPARE(w->player->alignmentStatus(), PlaybackWiring::tr("Turn times unavailable"));
        QVERIFY(!w->wiring->playFromTurnAction()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    GeneratedCall::Call m_call;
};

QTEST_MAIN(tst_PlaybackWiring)
#include "tst_PlaybackWiring.moc"
