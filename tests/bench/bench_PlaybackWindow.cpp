// Issue 13's targets in the window's own parts (TranscriptModel, TranscriptPane, PlayerPanel and
// PlaybackWiring, wired as MainWindow wires them) with a 50,000-turn aligned call:
//   - one position tick (the player's positionChanged: locate the turn, highlight it in the
//     model, keep it in view, move the waveform's playhead) < 1 ms;
//   - click-to-play (a click on a bubble's time -> the player's seek and play called) < 50 ms.
// "tick+paint" also lets the view repaint (processEvents), for the whole cost a user sees.
// Fails when a target is missed.
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DCALLREVIEW_BUILD_BENCHMARKS=ON
//   cmake --build build-rel --target bench_PlaybackWindow
//   QT_QPA_PLATFORM=offscreen build-rel/tests/bench/bench_PlaybackWindow
#include "alignment/Timeline.h"
#include "playback/PlaybackFollower.h"
#include "player/PlayerPanel.h"
#include "recording/RecordingCache.h"
#include "session/CallSession.h"
#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/PlaybackWiring.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
constexpr int turnCount = 50000;
constexpr qint64 turnMs = 3000;

QList<Turn> bigTranscript()
{
    QList<Turn> turns;
    turns.reserve(turnCount);
    for (int i = 0; i < turnCount; ++i) {
        const bool bot = i % 2 == 0;
        turns.append({bot ? Speaker::Bot : Speaker::Human,
                      bot ? QStringLiteral("Thanks, I have noted that. Turn %1: is there anything "
                                           "else I can help you with today?")
                                .arg(i + 1)
                          : QStringLiteral("Yes, one more thing about my order %1.").arg(i)});
    }
    return turns;
}

Timeline bigTimeline()
{
    Timeline timeline;
    timeline.channels = {0, 1};
    timeline.durationMs = turnCount * turnMs;
    timeline.turns.reserve(turnCount);
    for (int i = 0; i < turnCount; ++i) // 2.4 s of speech, a barge-in every 7th, dead air 97th
        timeline.turns.append({i * turnMs - (i % 7 == 0 && i > 0 ? 400 : 0),
                               i * turnMs + (i % 97 == 0 ? 0 : 2400), 0.9});
    return timeline;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

class bench_PlaybackWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    CallSession m_session;
    TranscriptModel m_model;
    QSplitter *m_window = nullptr;
    PlayerPanel *m_player = nullptr;
    TranscriptPane *m_pane = nullptr;
    PlaybackWiring *m_wiring = nullptr;

private slots:
    void initTestCase()
    {
        m_window = new QSplitter;
        m_player =
            new PlayerPanel(&m_network, RecordingCache(m_dir.filePath(u"rec"_qs), {}), m_window);
        m_pane = new TranscriptPane(&m_model, m_window);
        connect(&m_session, &CallSession::currentChanged, &m_model,
                [this](const CallRecord &call) { m_model.setTurns(call.turns); });
        m_wiring =
            new PlaybackWiring({&m_session, m_player, &m_model, m_pane}, m_window, std::nullopt);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        CallRecord call;
        call.callId = u"bench"_qs;
        call.turns = bigTranscript();
        QElapsedTimer opened;
        opened.start();
        m_session.open(call);
        QApplication::processEvents();
        qInfo("open 50,000 turns: %.1f ms", opened.nsecsElapsed() / 1e6);
        QElapsedTimer aligned;
        aligned.start();
        m_wiring->applyTimeline(bigTimeline());
        QApplication::processEvents();
        qInfo("apply the timeline (times, bands, marks, timing findings): %.1f ms",
              aligned.nsecsElapsed() / 1e6);
        QVERIFY(m_wiring->follower()->hasTimeline());
    }

    void cleanupTestCase() { delete m_window; }

    // 1000 ticks spread over the call, each to another turn: the worst case for the highlight
    // and the scroll (a real 100 ms tick mostly stays in the same turn).
    void positionTick()
    {
        QMediaPlayer *media = m_player->mediaPlayer();
        QList<double> perTick;
        qint64 position = 0;
        QBENCHMARK
        {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 1000; ++i) {
                position = (position + 150'037) % (turnCount * turnMs);
                emit media->positionChanged(position);
            }
            perTick.append(timer.nsecsElapsed() / 1e6 / 1000);
        }
        QCOMPARE(m_model.currentTurn(), int(position / turnMs));
        const double ms = median(perTick);
        qInfo("position tick: %.4f ms (target < 1 ms)", ms);
        QVERIFY2(ms < 1.0, qPrintable(QString::number(ms)));
    }

    void positionTickAndPaint()
    {
        QMediaPlayer *media = m_player->mediaPlayer();
        QList<double> perTick;
        qint64 position = 0;
        QBENCHMARK
        {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 100; ++i) {
                position = (position + 150'037) % (turnCount * turnMs);
                emit media->positionChanged(position);
                QApplication::processEvents();
            }
            perTick.append(timer.nsecsElapsed() / 1e6 / 100);
        }
        qInfo("position tick + repaint: %.3f ms", median(perTick));
    }

    // A click on a bubble's time, to the player's seek and play.
    void clickToPlay()
    {
        qint64 seekTo = -1;
        bool played = false;
        connect(m_wiring->follower(), &PlaybackFollower::seekRequested, this,
                [&seekTo](qint64 ms) { seekTo = ms; });
        connect(m_wiring->follower(), &PlaybackFollower::playRequested, this,
                [&played] { played = true; });
        TranscriptDelegate *delegate = m_pane->view()->transcriptDelegate();
        QList<double> perClick;
        int turn = 0;
        QBENCHMARK
        {
            turn = (turn + 7919) % turnCount;
            played = false;
            QElapsedTimer timer;
            timer.start();
            emit delegate->timeClicked(turn);
            perClick.append(timer.nsecsElapsed() / 1e6);
            QVERIFY(played);
        }
        QCOMPARE(seekTo, bigTimeline().turns.at(turn).startMs);
        const double ms = median(perClick);
        qInfo("click-to-play: %.4f ms (target < 50 ms)", ms);
        QVERIFY2(ms < 50.0, qPrintable(QString::number(ms)));
    }
};

QTEST_MAIN(bench_PlaybackWindow)
#include "bench_PlaybackWindow.moc"
