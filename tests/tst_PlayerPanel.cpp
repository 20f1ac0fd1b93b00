// The player with real media: GStreamer plays through a fake sink in real time offscreen, so
// every clip here is short (2 s).
#include "FakeAnunziApi.h"
#include "TestWav.h"
#include "api/CallFileReader.h"
#include "player/PlayerControls.h"
#include "player/PlayerPanel.h"
#include "player/WaveformView.h"

#include <QAction>
#include <QAudioOutput>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestPlayerPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip; // 2 s, stereo, a tone on the left
    QNetworkAccessManager m_network;

    std::unique_ptr<PlayerPanel> makePanel()
    {
        static int n = 0;
        return std::make_unique<PlayerPanel>(
            &m_network, RecordingCache(m_dir.filePath(QStringLiteral("cache%1").arg(++n)), {}));
    }
    static CallRecord callWithLocalRecording(const QString &path)
    {
        CallRecord call;
        call.callId = QStringLiteral("1x1");
        call.durationSeconds = 2;
        call.bundledRecording = path; // the same path the demo call takes
        return call;
    }
    static QAction *action(PlayerPanel &panel, const char *name)
    {
        return panel.findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("clip.wav"));
        QVERIFY(TestWav::toneOnLeft(m_clip, 2.0, 8000));
    }

    void playsSeeksChangesSpeedAndReachesTheEnd()
    {
        auto panel = makePanel();
        QSignalSpy ready(panel.get(), &PlayerPanel::recordingReady);
        panel->setCall(callWithLocalRecording(m_clip));
        QCOMPARE(ready.count(), 1);
        QMediaPlayer *player = panel->mediaPlayer();
        QTRY_COMPARE_WITH_TIMEOUT(player->mediaStatus(), QMediaPlayer::LoadedMedia, 10000);
        QTRY_VERIFY(qAbs(player->duration() - 2000) < 100);
        QCOMPARE(panel->controls()->duration(), player->duration());
        QVERIFY(panel->message().isEmpty());

        action(*panel, "playPause")->trigger();
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() > 200, 5000);

        QTRY_VERIFY(player->isSeekable());
        panel->seek(1200);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() >= 1200, 3000);
        action(*panel, "back5")->trigger(); // clamps at the start
        QTRY_VERIFY_WITH_TIMEOUT(player->position() < 800, 3000);

        action(*panel, "faster")->trigger();
        QCOMPARE(player->playbackRate(), 1.25);
        action(*panel, "slower")->trigger();
        action(*panel, "slower")->trigger();
        QCOMPARE(player->playbackRate(), 0.75);
        for (int i = 0; i < 10; ++i)
            action(*panel, "faster")->trigger();
        QCOMPARE(player->playbackRate(), 2.0); // the top step

        QTRY_COMPARE_WITH_TIMEOUT(player->mediaStatus(), QMediaPlayer::EndOfMedia, 5000);
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::StoppedState);

        // Play after the end starts over.
        action(*panel, "playPause")->trigger();
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() > 0 && player->position() < 1000, 3000);
    }

    void downloadsWithProgressAndCancel()
    {
        QFile clip(m_clip);
        QVERIFY(clip.open(QIODevice::ReadOnly));
        const QByteArray bytes = clip.readAll();
        FakeAnunziApi api;
        QVERIFY(api.isListening());
        api.addRecording(QStringLiteral("RE1"), bytes, "audio/x-wav");
        const QString path = api.recordingUrl(QStringLiteral("RE1")).path();
        CallRecord call;
        call.callId = QStringLiteral("1x4");
        call.recordingUrl = api.recordingUrl(QStringLiteral("RE1")).toString();
        auto panel = makePanel();
        QPushButton *cancel = nullptr;
        QPushButton *retry = nullptr;
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == u"Cancel")
                cancel = button;
            else if (button->text() == u"Try Again")
                retry = button;
        }
        QVERIFY(cancel && retry);

        panel->setCall(call);
        QVERIFY(cancel->isVisibleTo(panel.get()));
        QVERIFY(panel->findChild<QProgressBar *>()->isVisibleTo(panel.get()));
        QCOMPARE(panel->message(), QStringLiteral("Downloading the recording…"));
        cancel->click();
        QCOMPARE(panel->message(), QStringLiteral("The download was canceled."));
        QVERIFY(!cancel->isVisibleTo(panel.get()));
        QVERIFY(retry->isVisibleTo(panel.get()));
        QVERIFY(panel->localFile().isEmpty());

        QSignalSpy ready(panel.get(), &PlayerPanel::recordingReady);
        retry->click();
        QVERIFY(ready.wait(10000));
        QVERIFY(panel->message().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel->mediaPlayer()->mediaStatus(), QMediaPlayer::LoadedMedia,
                                  10000);
        QVERIFY(qAbs(panel->mediaPlayer()->duration() - 2000) < 100);
        const int afterFirstDownload = api.requestCount(path);

        // Reopening the call plays the cached copy: no new request.
        panel->setCall(call);
        QVERIFY(!panel->localFile().isEmpty());
        QCOMPARE(api.requestCount(path), afterFirstDownload);
    }

    void aSeekBeforeTheMediaIsSeekableIsKept()
    {
        auto panel = makePanel();
        panel->setCall(callWithLocalRecording(m_clip));
        QVERIFY(!panel->mediaPlayer()->isSeekable()); // loading has only begun
        panel->seek(1500); // the backend would drop this seek
        QTRY_VERIFY_WITH_TIMEOUT(panel->mediaPlayer()->isSeekable(), 10000);
        QElapsedTimer sincePlay;
        sincePlay.start();
        panel->togglePlayPause();
        QTRY_VERIFY_WITH_TIMEOUT(panel->mediaPlayer()->position() >= 1500, 3000);
        // From 0 the position needs 1.5 s of playing to get there: it started at the seek.
        QVERIFY2(sincePlay.elapsed() < 1400, qPrintable(QString::number(sincePlay.elapsed())));
    }

    void drawsOneWaveformLanePerChannel()
    {
        auto panel = makePanel();
        panel->setCall(callWithLocalRecording(m_clip));
        QTRY_VERIFY_WITH_TIMEOUT(panel->waveformView()->peaks().bucketCount() >= 100, 10000);
        const WaveformPeaks &peaks = panel->waveformView()->peaks();
        QCOMPARE(peaks.channelCount(), 2);
        QVERIFY(peaks.lanes[0][10] > 0.7f);
        QVERIFY(peaks.lanes[1][10] < 0.01f);
        // Clicking the waveform at 3/4 of its width asks for 3/4 of the timeline.
        WaveformView *view = panel->waveformView();
        view->resize(400, 60);
        QSignalSpy seek(view, &WaveformView::seekRequested);
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(300, 30));
        QCOMPARE(seek.count(), 1);
        QVERIFY(qAbs(seek.first().first().toLongLong() - view->timelineMs() * 3 / 4) < 20);
    }

    void volumeIsLogarithmicAndMuteToggles()
    {
        auto panel = makePanel();
        panel->setCall(callWithLocalRecording(m_clip));
        panel->setVolumePercent(50);
        const float linear = panel->audioOutput()->volume();
        QVERIFY2(linear > 0.0f && linear < 0.5f, qPrintable(QString::number(linear)));
        panel->setVolumePercent(100);
        QCOMPARE(panel->audioOutput()->volume(), 1.0f);
        QAction *mute = action(*panel, "mute");
        mute->trigger();
        QVERIFY(panel->audioOutput()->isMuted());
        QVERIFY(mute->isChecked());
        mute->trigger();
        QVERIFY(!panel->audioOutput()->isMuted());
    }

    void savesTheRecording()
    {
        auto panel = makePanel();
        QString error;
        QVERIFY(!panel->saveRecordingTo(m_dir.filePath(QStringLiteral("none.wav")), &error));
        QVERIFY(!panel->saveRecordingAction()->isEnabled());
        panel->setCall(callWithLocalRecording(m_clip));
        QVERIFY(panel->saveRecordingAction()->isEnabled());
        const QString out = m_dir.filePath(QStringLiteral("saved.wav"));
        QVERIFY2(panel->saveRecordingTo(out, &error), qPrintable(error));
        QFile saved(out), original(m_clip);
        QVERIFY(saved.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), original.readAll());
    }

    void saysWhenThereIsNoRecording()
    {
        auto panel = makePanel();
        CallRecord call;
        call.callId = QStringLiteral("1x2");
        call.durationSeconds = 42;
        panel->setCall(call);
        QCOMPARE(panel->message(), QStringLiteral("No recording for this call."));
        QVERIFY(!action(*panel, "playPause")->isEnabled());
        QCOMPARE(panel->duration(), 42000); // the API's duration stands in
        QCOMPARE(panel->controls()->duration(), 42000);
    }

    void refusesAnUnsafeAddress()
    {
        auto panel = makePanel();
        CallRecord call;
        call.callId = QStringLiteral("1x3");
        call.recordingUrl = QStringLiteral("javascript:alert(1)");
        panel->setCall(call);
        QVERIFY2(panel->message().contains(QStringLiteral("\"javascript:\"")),
                 qPrintable(panel->message()));
        QVERIFY(panel->mediaPlayer()->source().isEmpty());
        QVERIFY(panel->localFile().isEmpty());
    }

    void explainsACorruptFile()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.wav"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(30000, '\x33'));
        file.close();
        auto panel = makePanel();
        panel->setCall(callWithLocalRecording(garbage));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->message().isEmpty(), 10000);
        QVERIFY2(panel->message().contains(QStringLiteral("cannot be played"))
                     || panel->message().contains(QStringLiteral("damaged")),
                 qPrintable(panel->message()));
        QVERIFY(!action(*panel, "playPause")->isEnabled());
        QVERIFY(panel->saveRecordingAction()->isEnabled()); // the file may still be wanted
    }

    void loadsTheDemoRecordingWhoseLengthMatchesTheDemoCall()
    {
        const CallDecoder::Result demo = CallFileReader::demoCall();
        QVERIFY(demo.ok());
        auto panel = makePanel();
        panel->setCall(*demo.call);
        QTRY_COMPARE_WITH_TIMEOUT(panel->mediaPlayer()->mediaStatus(), QMediaPlayer::LoadedMedia,
                                  10000);
        QTRY_VERIFY(panel->mediaPlayer()->duration() > 0);
        // Ogg/Opus through GStreamer base; the demo JSON's "duration" is the audio's length.
        QVERIFY(qAbs(panel->mediaPlayer()->duration() - demo.call->durationSeconds * 1000) < 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->waveformView()->peaks().isEmpty(), 10000);
        QCOMPARE(panel->waveformView()->peaks().channelCount(), 2);
    }

    void aNewCallReplacesTheOldOne()
    {
        auto panel = makePanel();
        panel->setCall(callWithLocalRecording(m_clip));
        QVERIFY(!panel->localFile().isEmpty());
        panel->setCall({});
        QVERIFY(panel->localFile().isEmpty());
        QVERIFY(panel->mediaPlayer()->source().isEmpty());
        QVERIFY(panel->message().isEmpty());
    }
};

QTEST_MAIN(TestPlayerPanel)
#include "tst_PlayerPanel.moc"
