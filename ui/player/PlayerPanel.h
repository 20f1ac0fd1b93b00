#pragma once

#include "model/CallRecord.h"
#include "recording/RecordingCache.h"
#include "recording/RecordingDownloader.h"

#include <QWidget>

class PlayerControls;
class QAction;
class QAudioOutput;
class QKeySequence;
class QLabel;
class QMediaPlayer;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QScrollBar;
class TwilioCredentialStore;
class WaveformAnalyzer;
class WaveformView;

// The embedded player: gets the call's recording (download with progress and cancel, or the
// cache), plays the local copy, draws its waveform, and saves it. Owns its QMediaPlayer and
// QAudioOutput. The window only calls setCall() and puts menuActions() in a menu; the actions
// carry the shortcuts (Space, ←/→, Shift+←/→, [ ], M).
class PlayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerPanel(QNetworkAccessManager *network, QWidget *parent = nullptr);
    PlayerPanel(QNetworkAccessManager *network, const RecordingCache &cache,
                QWidget *parent = nullptr);

    void setCall(const CallRecord &call); // the single entry point; an empty call clears
    void clear();

    // Play/Pause, skips, speed, mute, Save Recording As…, Recording Credentials…; in menu
    // order with separators. Also reachable one by one through objectName (see .cpp).
    QList<QAction *> menuActions() const;
    QAction *saveRecordingAction() const { return m_saveAs; }

    void togglePlayPause();
    void skip(qint64 deltaMs);
    void seek(qint64 ms); // waits until the media is seekable
    void setSpeed(qreal speed);
    void stepSpeed(int steps); // -1 slower, +1 faster, within PlayerControls::speeds()
    void toggleMute();
    void setVolumePercent(int percent); // perceived loudness, 0..100
    bool saveRecordingTo(const QString &path, QString *error) const;
    void saveRecordingAs(); // asks for a file name

    QMediaPlayer *mediaPlayer() const { return m_player; }
    QAudioOutput *audioOutput() const { return m_audio; }
    RecordingDownloader *downloader() const { return m_downloader; }
    WaveformView *waveformView() const { return m_waveform; }
    // The waveform and its scroll bar (shown when zoomed): in the player row, or moved to
    // `host` (a widget with a layout, e.g. under the chat); nullptr puts it back.
    QWidget *timeline() const { return m_timeline; }
    void setTimelineHost(QWidget *host);
    QScrollBar *timelineScrollBar() const { return m_timelineScroll; }
    PlayerControls *controls() const { return m_controls; }
    QString message() const; // the status line ("" when all is well)
    // The background alignment's quiet line in the player row ("Aligning turns… 40%"); empty
    // hides it. Never a dialog: the recording plays whatever it says.
    void setAlignmentStatus(const QString &status, const QString &toolTip = QString());
    QString alignmentStatus() const;
    QString localFile() const { return m_localFile; }
    qint64 duration() const; // the media's, or the API's when the media reports none

signals:
    void recordingReady(const QString &localFile);
    void messageChanged(const QString &message);

private:
    void createLayout();
    void syncTimelineScroll();
    void createActions();
    void connectPlayer();
    void connectDownload();
    void connectControls();
    void loadCredentials();
    void onProgress(qint64 received, qint64 total);
    void onReady(const QString &localFile);
    void onFailed(const RecordingDownloader::Failure &failure);
    void onMediaError();
    void updateDuration();
    void showMessage(const QString &message);
    void setDownloading(bool downloading);
    void setMediaLoaded(bool loaded);
    void editCredentials();
    QAction *addPlayerAction(const QString &name, const QString &text, const QKeySequence &key);

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    RecordingDownloader *m_downloader;
    WaveformAnalyzer *m_analyzer;
    TwilioCredentialStore *m_credentialStore;

    QLabel *m_message;
    QLabel *m_alignment;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_credentialsButton;
    WaveformView *m_waveform;
    QWidget *m_timeline;
    QScrollBar *m_timelineScroll;
    PlayerControls *m_controls;

    QAction *m_playPause = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_credentials = nullptr;
    QList<QAction *> m_mediaActions; // enabled only with a loaded recording
    QList<QAction *> m_menuActions;

    CallRecord m_call;
    QString m_localFile;
    qint64 m_pendingSeekMs = -1;
};
