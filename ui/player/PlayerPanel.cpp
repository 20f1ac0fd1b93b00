#include "player/PlayerPanel.h"

#include "base/AtomicFileWriter.h"
#include "format/CallFormatting.h"
#include "player/PlayerControls.h"
#include "player/RecordingCredentialsDialog.h"
#include "player/WaveformView.h"
#include "recording/RecordingFormat.h"
#include "recording/TwilioCredentialStore.h"
#include "waveform/WaveformAnalyzer.h"

#include <QAction>
#include <QAudio>
#include <QAudioOutput>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

PlayerPanel::PlayerPanel(QNetworkAccessManager *network, QWidget *parent)
    : PlayerPanel(network, RecordingCache(), parent)
{ }

PlayerPanel::PlayerPanel(QNetworkAccessManager *network, const RecordingCache &cache,
                         QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_downloader(new RecordingDownloader(network, cache, this))
    , m_analyzer(new WaveformAnalyzer(this))
    , m_credentialStore(new TwilioCredentialStore(this))
    , m_message(new QLabel(this))
    , m_alignment(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Try Again"), this))
    , m_credentialsButton(new QPushButton(tr("Recording Credentials…"), this))
    , m_waveform(new WaveformView(this))
    , m_timeline(new QWidget(this))
    , m_timelineScroll(new QScrollBar(Qt::Horizontal, this))
    , m_controls(new PlayerControls(this))
{
    m_player->setAudioOutput(m_audio);
    createLayout();
    createActions();
    connectPlayer();
    setDownloading(false);
    m_retry->hide();
    m_credentialsButton->hide();
    clear();
    connectDownload();
    connectControls();
    loadCredentials();
}

// The download's status line above the waveform and the controls.
void PlayerPanel::createLayout()
{
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alignment->setObjectName(QStringLiteral("alignmentStatus"));
    m_alignment->setTextFormat(Qt::PlainText);
    m_alignment->setForegroundRole(QPalette::PlaceholderText); // quiet: it is only a bonus
    m_alignment->hide();
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);

    auto *status = new QHBoxLayout;
    status->addWidget(m_message, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    status->addWidget(m_retry);
    status->addWidget(m_credentialsButton);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timelineScroll->setObjectName(QStringLiteral("timelineScroll"));
    m_timelineScroll->hide();
    auto *timeline = new QVBoxLayout(m_timeline);
    timeline->setContentsMargins(0, 0, 0, 0);
    timeline->setSpacing(0);
    timeline->addWidget(m_waveform, 1);
    timeline->addWidget(m_timelineScroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(status);
    layout->addWidget(m_timeline);
    layout->addWidget(m_controls);
    layout->addWidget(m_alignment);
}

// The recording's download and its waveform.
void PlayerPanel::connectDownload()
{
    connect(m_cancel, &QPushButton::clicked, m_downloader, &RecordingDownloader::cancel);
    connect(m_retry, &QPushButton::clicked, m_downloader, &RecordingDownloader::retry);
    connect(m_credentialsButton, &QPushButton::clicked, this, &PlayerPanel::editCredentials);
    connect(m_downloader, &RecordingDownloader::progress, this, &PlayerPanel::onProgress);
    connect(m_downloader, &RecordingDownloader::ready, this, &PlayerPanel::onReady);
    connect(m_downloader, &RecordingDownloader::failed, this, &PlayerPanel::onFailed);
    connect(m_analyzer, &WaveformAnalyzer::progressed, m_waveform, &WaveformView::setPeaks);
    connect(m_analyzer, &WaveformAnalyzer::finished, m_waveform, &WaveformView::setPeaks);
    connect(m_analyzer, &WaveformAnalyzer::failed, m_waveform, &WaveformView::setPlaceholder);
    connect(m_waveform, &WaveformView::seekRequested, this, &PlayerPanel::seek);
    connect(m_waveform, &WaveformView::viewChanged, this, &PlayerPanel::syncTimelineScroll);
    connect(m_timelineScroll, &QScrollBar::valueChanged, m_waveform,
            [this](int value) { m_waveform->setViewStart(value); });
}

// The scroll bar shows where the zoomed view is; hidden when the whole call is in view.
void PlayerPanel::syncTimelineScroll()
{
    const bool zoomed = m_waveform->isZoomed();
    m_timelineScroll->setVisible(zoomed);
    if (!zoomed)
        return;
    const QSignalBlocker blocker(m_timelineScroll);
    const qint64 span = m_waveform->viewSpanMs();
    m_timelineScroll->setRange(0, int(m_waveform->timelineMs() - span));
    m_timelineScroll->setPageStep(int(span));
    m_timelineScroll->setSingleStep(int(qMax<qint64>(1, span / 10)));
    m_timelineScroll->setValue(int(m_waveform->viewStartMs()));
}

void PlayerPanel::setTimelineHost(QWidget *host)
{
    if (host) {
        host->layout()->addWidget(m_timeline);
    } else if (m_timeline->parentWidget() != this) {
        // Back between the status line and the controls.
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_timeline);
    }
    m_timeline->show();
}

void PlayerPanel::connectControls()
{
    connect(m_controls, &PlayerControls::playPauseClicked, this, &PlayerPanel::togglePlayPause);
    connect(m_controls, &PlayerControls::skipClicked, this, &PlayerPanel::skip);
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerPanel::seek);
    connect(m_controls, &PlayerControls::speedChosen, this, &PlayerPanel::setSpeed);
    connect(m_controls, &PlayerControls::muteClicked, this, &PlayerPanel::toggleMute);
    connect(m_controls, &PlayerControls::volumeChosen, this, &PlayerPanel::setVolumePercent);
}

// Credentials from the environment, else the keychain; sent only after a 401 asks.
void PlayerPanel::loadCredentials()
{
    const TwilioCredentials fromEnvironment = TwilioCredentials::fromEnvironment();
    if (fromEnvironment.isComplete()) {
        m_downloader->setCredentials(fromEnvironment);
        return;
    }
    connect(m_credentialStore, &TwilioCredentialStore::credentialsRead, m_downloader,
            &RecordingDownloader::setCredentials);
    m_credentialStore->read();
}

QAction *PlayerPanel::addPlayerAction(const QString &name, const QString &text,
                                      const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action); // active whenever the panel's window is
    m_menuActions.append(action);
    return action;
}

void PlayerPanel::createActions()
{
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        m_menuActions.append(action);
    };
    m_playPause = addPlayerAction(QStringLiteral("playPause"), tr("&Play"), Qt::Key_Space);
    separator();
    QAction *back5 = addPlayerAction(QStringLiteral("back5"), tr("&Back 5 Seconds"), Qt::Key_Left);
    QAction *forward5 =
        addPlayerAction(QStringLiteral("forward5"), tr("&Forward 5 Seconds"), Qt::Key_Right);
    QAction *back15 = addPlayerAction(QStringLiteral("back15"), tr("Back 15 Seconds"),
                                      QKeySequence(Qt::SHIFT | Qt::Key_Left));
    QAction *forward15 = addPlayerAction(QStringLiteral("forward15"), tr("Forward 15 Seconds"),
                                         QKeySequence(Qt::SHIFT | Qt::Key_Right));
    separator();
    QAction *slower = addPlayerAction(QStringLiteral("slower"), tr("&Slower"), Qt::Key_BracketLeft);
    QAction *faster =
        addPlayerAction(QStringLiteral("faster"), tr("F&aster"), Qt::Key_BracketRight);
    m_mute = addPlayerAction(QStringLiteral("mute"), tr("&Mute"), Qt::Key_M);
    m_mute->setCheckable(true);
    separator();
    m_saveAs = addPlayerAction(QStringLiteral("saveRecordingAs"), tr("Save &Recording As…"), {});
    m_credentials =
        addPlayerAction(QStringLiteral("recordingCredentials"), tr("Recording &Credentials…"), {});
    m_mediaActions = {m_playPause, back5, forward5, back15, forward15, slower, faster, m_saveAs};

    connect(m_playPause, &QAction::triggered, this, &PlayerPanel::togglePlayPause);
    connect(back5, &QAction::triggered, this, [this] { skip(-5000); });
    connect(forward5, &QAction::triggered, this, [this] { skip(5000); });
    connect(back15, &QAction::triggered, this, [this] { skip(-15000); });
    connect(forward15, &QAction::triggered, this, [this] { skip(15000); });
    connect(slower, &QAction::triggered, this, [this] { stepSpeed(-1); });
    connect(faster, &QAction::triggered, this, [this] { stepSpeed(1); });
    connect(m_mute, &QAction::triggered, this, &PlayerPanel::toggleMute);
    connect(m_saveAs, &QAction::triggered, this, &PlayerPanel::saveRecordingAs);
    connect(m_credentials, &QAction::triggered, this, &PlayerPanel::editCredentials);
}

void PlayerPanel::connectPlayer()
{
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlayerPanel::updateDuration);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        m_controls->setPosition(position);
        m_waveform->setPosition(position);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                const bool playing = state == QMediaPlayer::PlayingState;
                m_controls->setPlaying(playing);
                m_playPause->setText(playing ? tr("&Pause") : tr("&Play"));
            });
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable && m_pendingSeekMs >= 0) {
            m_player->setPosition(m_pendingSeekMs);
            m_pendingSeekMs = -1;
        }
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia)
                    onMediaError();
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerPanel::onMediaError);
}

QList<QAction *> PlayerPanel::menuActions() const
{
    return m_menuActions;
}

void PlayerPanel::setCall(const CallRecord &call)
{
    clear();
    m_call = call;
    if (call.callId.isEmpty() && call.recordingUrl.isEmpty() && call.bundledRecording.isEmpty())
        return;
    updateDuration(); // the API's duration until the media tells its own
    m_waveform->setPlaceholder(tr("Getting the recording…"));
    m_downloader->fetch(call); // may answer right away (cache, bundled, refused)
    if (m_downloader->isBusy())
        setDownloading(true);
}

void PlayerPanel::clear()
{
    m_downloader->abandon();
    m_analyzer->cancel();
    m_player->stop();
    m_player->setSource(QUrl());
    m_call = {};
    m_localFile.clear();
    m_pendingSeekMs = -1;
    m_waveform->clear();
    m_waveform->setPlaceholder(QString());
    syncTimelineScroll();
    m_controls->setDuration(0);
    m_controls->setPosition(0);
    setDownloading(false);
    m_retry->hide();
    m_credentialsButton->hide();
    setMediaLoaded(false);
    showMessage(QString());
    setAlignmentStatus(QString());
}

void PlayerPanel::onProgress(qint64 received, qint64 total)
{
    setDownloading(true);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
        m_progress->setFormat(
            tr("%1 of %2")
                .arg(CallFormatting::dataSize(received), CallFormatting::dataSize(total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void PlayerPanel::onReady(const QString &localFile)
{
    setDownloading(false);
    m_retry->hide();
    m_credentialsButton->hide();
    showMessage(QString());
    m_localFile = localFile;
    m_player->setSource(QUrl::fromLocalFile(localFile));
    m_waveform->setPlaceholder(tr("Drawing the waveform…"));
    m_analyzer->analyze(localFile);
    setMediaLoaded(true);
    emit recordingReady(localFile);
}

void PlayerPanel::onFailed(const RecordingDownloader::Failure &failure)
{
    using Kind = RecordingDownloader::Failure::Kind;
    setDownloading(false);
    setMediaLoaded(false);
    m_waveform->setPlaceholder(QString());
    syncTimelineScroll();
    showMessage(failure.message);
    m_retry->setVisible(failure.kind == Kind::Download || failure.kind == Kind::Storage
                        || failure.kind == Kind::Canceled
                        || failure.kind == Kind::NeedsCredentials);
    m_credentialsButton->setVisible(failure.kind == Kind::NeedsCredentials);
}

void PlayerPanel::onMediaError()
{
    QString message;
    switch (m_player->error()) {
    case QMediaPlayer::FormatError:
        message = tr("This recording's audio format cannot be played (%1). Install the "
                     "GStreamer plug-ins (gstreamer1.0-plugins-good, gstreamer1.0-libav), or "
                     "save the recording and play it in another program.");
        break;
    case QMediaPlayer::AccessDeniedError:
        message = tr("The recording cannot be read: it needs credentials (%1).");
        break;
    case QMediaPlayer::NetworkError:
    case QMediaPlayer::ResourceError:
        message = tr("The recording file is damaged or cannot be read (%1). Try downloading it "
                     "again.");
        break;
    case QMediaPlayer::NoError:
        message = tr("The recording file is damaged or not audio (%1). Try downloading it "
                     "again.");
        break;
    }
    const QString detail =
        m_player->errorString().isEmpty() ? tr("no details") : m_player->errorString();
    showMessage(message.arg(detail));
    setMediaLoaded(!m_localFile.isEmpty() && m_player->error() == QMediaPlayer::NoError);
    m_saveAs->setEnabled(!m_localFile.isEmpty()); // the file itself may still be wanted
}

qint64 PlayerPanel::duration() const
{
    const qint64 media = m_player->duration();
    return media > 0 ? media : m_call.durationSeconds * 1000;
}

void PlayerPanel::updateDuration()
{
    m_controls->setDuration(duration());
    m_waveform->setDuration(duration());
}

void PlayerPanel::togglePlayPause()
{
    if (m_localFile.isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void PlayerPanel::skip(qint64 deltaMs)
{
    const qint64 from = m_pendingSeekMs >= 0 ? m_pendingSeekMs : m_player->position();
    seek(qBound<qint64>(0, from + deltaMs, qMax<qint64>(0, duration())));
}

void PlayerPanel::seek(qint64 ms)
{
    if (m_localFile.isEmpty())
        return;
    ms = qMax<qint64>(0, ms);
    m_controls->setPosition(ms);
    m_waveform->setPosition(ms);
    // Seeks before the media is seekable are dropped by the backend: keep it for later.
    if (m_player->isSeekable()) {
        m_pendingSeekMs = -1;
        m_player->setPosition(ms);
    } else {
        m_pendingSeekMs = ms;
    }
}

void PlayerPanel::setSpeed(qreal speed)
{
    m_player->setPlaybackRate(speed);
    m_controls->setSpeed(speed);
}

void PlayerPanel::stepSpeed(int steps)
{
    const QList<qreal> speeds = PlayerControls::speeds();
    qsizetype nearest = 0;
    for (qsizetype i = 1; i < speeds.size(); ++i) {
        if (std::abs(speeds[i] - m_player->playbackRate())
            < std::abs(speeds[nearest] - m_player->playbackRate()))
            nearest = i;
    }
    setSpeed(speeds[qBound<qsizetype>(0, nearest + steps, speeds.size() - 1)]);
}

void PlayerPanel::toggleMute()
{
    const bool muted = !m_audio->isMuted();
    m_audio->setMuted(muted);
    m_mute->setChecked(muted);
    m_controls->setMuted(muted);
}

void PlayerPanel::setVolumePercent(int percent)
{
    // The slider is perceived loudness; the output takes a linear gain.
    m_audio->setVolume(
        float(QAudio::convertVolume(qBound(0, percent, 100) / 100.0, QAudio::LogarithmicVolumeScale,
                                    QAudio::LinearVolumeScale)));
    m_controls->setVolume(percent);
}

bool PlayerPanel::saveRecordingTo(const QString &path, QString *error) const
{
    if (m_localFile.isEmpty()) {
        if (error)
            *error = tr("There is no recording to save.");
        return false;
    }
    return AtomicFileWriter::copyFile(m_localFile, path, error);
}

void PlayerPanel::saveRecordingAs()
{
    if (m_localFile.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    const QString name = (m_call.callId.isEmpty() ? QStringLiteral("recording") : m_call.callId)
        + u'.' + RecordingFormat::suffixOf(m_localFile);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Recording"), QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRecordingTo(path, &error))
        showMessage(error);
}

void PlayerPanel::editCredentials()
{
    RecordingCredentialsDialog dialog(m_downloader->settings().credentials, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_downloader->setCredentials(dialog.credentials());
    connect(m_credentialStore, &TwilioCredentialStore::keychainFailed, this,
            &PlayerPanel::showMessage, Qt::SingleShotConnection);
    m_credentialStore->write(dialog.credentials());
    if (!m_call.callId.isEmpty() && m_localFile.isEmpty())
        m_downloader->retry();
}

QString PlayerPanel::message() const
{
    return m_message->text();
}

void PlayerPanel::setAlignmentStatus(const QString &status, const QString &toolTip)
{
    m_alignment->setText(status);
    m_alignment->setToolTip(toolTip);
    m_alignment->setVisible(!status.isEmpty());
}

QString PlayerPanel::alignmentStatus() const
{
    return m_alignment->text();
}

void PlayerPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    emit messageChanged(message);
}

void PlayerPanel::setDownloading(bool downloading)
{
    m_progress->setVisible(downloading);
    m_cancel->setVisible(downloading);
    if (downloading) {
        m_retry->hide();
        m_credentialsButton->hide();
        if (m_message->text().isEmpty())
            showMessage(tr("Downloading the recording…"));
    } else if (m_message->text() == tr("Downloading the recording…")) {
        showMessage(QString());
    }
}

void PlayerPanel::setMediaLoaded(bool loaded)
{
    for (QAction *action : std::as_const(m_mediaActions))
        action->setEnabled(loaded);
    m_controls->setEnabled(loaded);
}
