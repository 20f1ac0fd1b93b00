#include "window/PlaybackWiring.h"

#include "alignment/RecordingAligner.h"
#include "playback/PlaybackFollower.h"
#include "player/PlayerControls.h"
#include "player/PlayerPanel.h"
#include "player/WaveformView.h"
#include "review/FindingsPanel.h"
#include "review/ReviewDock.h"
#include "review/ReviewPanel.h"
#include "session/CallSession.h"
#include "timing/CallTimingIndex.h"
#include "timing/TimestampFormat.h"
#include "timing/TimingAnalyzer.h"
#include "timing/TimingFindings.h"
#include "transcript/BubblePalette.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/MainMenus.h"

#include <QAction>
#include <QEvent>
#include <QMediaPlayer>
#include <QMenu>

PlaybackWiring::PlaybackWiring(const Parts &parts, QObject *parent,
                               std::optional<TimelineCache> cache)
    : QObject(parent)
    , m_parts(parts)
    , m_aligner(new RecordingAligner(this))
    , m_follower(new PlaybackFollower(this))
{
    // The call index lives next to the timelines (none without a cache: tests pass nullopt).
    if (cache)
        m_indexDirectory = cache->directory();
    m_aligner->setCache(std::move(cache));
    m_waveform = m_parts.player->waveformView();
    m_waveform->installEventFilter(this);
    createActions();
    connectFollower();
    connect(m_parts.session, &CallSession::currentChanged, this, &PlaybackWiring::onCallChanged);
    // Queued: the new call reaches every panel (and the model its turns) before the run starts,
    // whatever order they were connected in; a bundled or cached file is ready at once.
    connect(m_parts.player, &PlayerPanel::recordingReady, this, &PlaybackWiring::align,
            Qt::QueuedConnection);
    connect(m_aligner, &RecordingAligner::progress, this, [this](int percent) {
        m_parts.player->setAlignmentStatus(tr("Aligning turns… %1%").arg(percent));
    });
    connect(m_aligner, &RecordingAligner::finished, this, &PlaybackWiring::applyTimeline);
    showTurnForScreenshots();
    connect(m_aligner, &RecordingAligner::failed, this,
            [this](AlignmentError::Kind kind, const QString &message) {
                if (kind == AlignmentError::Kind::Canceled)
                    return;
                m_parts.player->setAlignmentStatus(tr("Turn times unavailable"), message);
            });
}

void PlaybackWiring::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setEnabled(false); // until the turns have times
        return action;
    };
    m_playFrom =
        make(QStringLiteral("playFromTurn"), tr("Play from &Turn"), QKeySequence(Qt::Key_Return));
    m_playTurnOnly = make(QStringLiteral("playTurnOnly"), tr("Play T&his Turn Only"),
                          QKeySequence(Qt::SHIFT | Qt::Key_Return));
    m_repeat = make(QStringLiteral("repeatTurn"), tr("&Repeat Turn"), QKeySequence(tr("Ctrl+R")));
    m_repeat->setCheckable(true);
    m_follow =
        make(QStringLiteral("followPlayback"), tr("F&ollow Playback"), QKeySequence(tr("Ctrl+J")));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setEnabled(true);
    m_repeat->setEnabled(true);

    // Enter belongs to the call bar and the find bar elsewhere: these two act in the chat only.
    QWidget *view = m_parts.transcript->view();
    for (QAction *action : {m_playFrom, m_playTurnOnly}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
    }
    if (QWidget *window = m_parts.player->window()) {
        for (QAction *action : {m_repeat, m_follow}) {
            action->setShortcutContext(Qt::WindowShortcut);
            window->addAction(action);
        }
    }
    if (m_parts.menus) {
        QMenu *menu = m_parts.menus->playbackMenu();
        menu->addSeparator();
        menu->addActions({m_playFrom, m_playTurnOnly, m_repeat, m_follow});
    }
    connect(m_playFrom, &QAction::triggered, this,
            [this] { m_follower->playFrom(selectedTurn()); });
    connect(m_playTurnOnly, &QAction::triggered, this,
            [this] { m_follower->playTurnOnly(selectedTurn()); });
    connect(m_parts.player->waveformView(), &WaveformView::turnClicked, m_parts.transcript,
            &TranscriptPane::selectTurn);
    if (m_parts.findings)
        connect(m_parts.findings, &FindingsPanel::playTurnRequested, m_follower,
                &PlaybackFollower::playFrom);
    if (m_parts.review)
        connect(m_parts.review->reviewPanel(), &ReviewPanel::playTurnRequested, m_follower,
                &PlaybackFollower::playFrom);
    connect(m_parts.transcript, &TranscriptPane::playTurnRequested, m_follower,
            &PlaybackFollower::playFrom);
    connect(m_repeat, &QAction::toggled, m_follower, &PlaybackFollower::setRepeating);
    connect(m_follow, &QAction::toggled, m_follower, &PlaybackFollower::setFollowing);
    connect(m_follower, &PlaybackFollower::followingChanged, m_follow, &QAction::setChecked);
    connect(m_follower, &PlaybackFollower::repeatingChanged, m_repeat, &QAction::setChecked);
}

void PlaybackWiring::connectFollower()
{
    QMediaPlayer *media = m_parts.player->mediaPlayer();
    connect(media, &QMediaPlayer::positionChanged, m_follower, &PlaybackFollower::setPosition);
    connect(m_follower, &PlaybackFollower::seekRequested, m_parts.player, &PlayerPanel::seek);
    connect(m_follower, &PlaybackFollower::currentTurnChanged, m_parts.model,
            [model = m_parts.model](int turn) { model->setCurrentTurn(turn); });
    connect(m_follower, &PlaybackFollower::followTurn, m_parts.transcript,
            &TranscriptPane::showTurn);
    connect(m_parts.transcript, &TranscriptPane::scrolledByHand, this, [this] {
        const int current = m_follower->currentTurn();
        if (m_follower->hasTimeline() && current >= 0)
            m_follower->userScrolled(m_parts.transcript->isTurnVisible(current));
    });
    connect(m_follower, &PlaybackFollower::playRequested, media, &QMediaPlayer::play);
    connect(m_follower, &PlaybackFollower::pauseRequested, media, &QMediaPlayer::pause);
}

void PlaybackWiring::onCallChanged()
{
    m_aligner->cancel();
    m_follower->clear();
    m_playFrom->setEnabled(false);
    m_playTurnOnly->setEnabled(false);
}

void PlaybackWiring::align(const QString &localFile)
{
    // A ready signal of an earlier call (queued) is stale once the player moved on.
    if (localFile.isEmpty() || localFile != m_parts.player->localFile()
        || !m_parts.session->hasCall())
        return;
    const CallRecord &call = m_parts.session->current();
    if (call.turns.isEmpty())
        return;
    m_parts.player->setAlignmentStatus(tr("Aligning turns… %1%").arg(0));
    m_aligner->start(call.turns, localFile, qint64(call.durationSeconds) * 1000);
}

void PlaybackWiring::applyTimeline(const Timeline &timeline)
{
    if (timeline.turns.size() != m_parts.model->rowCount())
        return; // not this transcript's (cannot happen: a new call cancels)
    m_parts.player->setAlignmentStatus(QString());
    m_parts.model->setTimeline(timeline);
    m_follower->setTimeline(timeline);
    TimingAnalyzer::Options options;
    options.deadAirMs = m_deadAirMs;
    const TimingReport report = TimingAnalyzer::analyze(m_parts.model->turns(), timeline, options);
    showOnWaveform(timeline, report);
    const QString callId = m_parts.session->current().callId;
    if (m_parts.findings)
        m_parts.findings->addTimingFindings(callId, TimingFindings::findings(report));
    // For the browse table and the review report; only when there is a cache to point at.
    if (!m_indexDirectory.isEmpty() && !callId.isEmpty())
        CallTimingIndex(m_indexDirectory)
            .record(callId, CallTimingIndex::Entry::from(report, m_aligner->lastCacheKey()));
    if (m_parts.review) {
        QList<qint64> starts(timeline.turns.size(), -1);
        for (int i = 0; i < starts.size(); ++i) {
            if (const TurnTiming *timing = timeline.timingOf(i))
                starts[i] = timing->startMs;
        }
        m_parts.review->setTurnStarts(starts);
    }
    m_playFrom->setEnabled(true);
    m_playTurnOnly->setEnabled(true);
    emit timelineReady(timeline);
}

// Lanes named after the parties they carry, each placed turn a band in its bubble's colour.
void PlaybackWiring::showOnWaveform(const Timeline &timeline, const TimingReport &report)
{
    WaveformView *waveform = m_parts.player->waveformView();
    const ChannelMap &map = timeline.channels;
    QStringList labels;
    if (map.isMixed()) {
        labels = {tr("Mixed")};
    } else {
        labels.resize(qMax(map.botChannel, map.humanChannel) + 1);
        labels[map.botChannel] = tr("Assistant");
        labels[map.humanChannel] = tr("Caller");
    }
    waveform->setLaneLabels(labels);

    const QList<Turn> &turns = m_parts.model->turns();
    QList<WaveformView::Band> bands;
    bands.reserve(turns.size());
    for (int i = 0; i < turns.size(); ++i) {
        const TurnTiming *timing = timeline.timingOf(i);
        if (!timing)
            continue;
        const bool bot = turns.at(i).speaker == Speaker::Bot;
        const int lane = map.isMixed() ? 0 : (bot ? map.botChannel : map.humanChannel);
        bands.append({timing->startMs, timing->endMs, lane, i, QColor()});
    }
    colourBands(bands);
    waveform->setBands(std::move(bands));
    waveform->setMarks(timingMarks(report, timeline));
}

void PlaybackWiring::colourBands(QList<WaveformView::Band> &bands) const
{
    const BubblePalette colours = BubblePalette::from(m_waveform->palette());
    QColor assistant = colours.assistantLabel;
    QColor caller = colours.callerLabel;
    assistant.setAlpha(70);
    caller.setAlpha(70);
    const QList<Turn> &turns = m_parts.model->turns();
    for (WaveformView::Band &band : bands) {
        const bool bot = band.turn >= 0 && band.turn < turns.size()
            && turns.at(band.turn).speaker == Speaker::Bot;
        band.colour = bot ? assistant : caller;
    }
}

bool PlaybackWiring::eventFilter(QObject *watched, QEvent *event)
{
    // The event type first: the filter also sees the waveform's events while the player around
    // it is being destroyed, when m_parts.player must not be touched.
    if (event->type() == QEvent::PaletteChange && watched == m_waveform) {
        QList<WaveformView::Band> bands = m_waveform->bands();
        if (!bands.isEmpty()) {
            colourBands(bands);
            m_waveform->setBands(std::move(bands));
        }
    }
    return QObject::eventFilter(watched, event);
}

QList<WaveformView::Mark> PlaybackWiring::timingMarks(const TimingReport &report,
                                                      const Timeline &timeline)
{
    QList<WaveformView::Mark> marks;
    marks.reserve(report.bargeIns.size() + report.deadAir.size());
    for (const TimingReport::BargeIn &bargeIn : report.bargeIns) {
        const TurnTiming *timing = timeline.timingOf(bargeIn.turn);
        if (!timing)
            continue;
        const QString text = bargeIn.by == Speaker::Bot ? tr("Barge-in by assistant, %1 overlap")
                                                        : tr("Barge-in by caller, %1 overlap");
        marks.append({WaveformView::Mark::Kind::BargeIn, timing->startMs,
                      timing->startMs + bargeIn.overlapMs,
                      text.arg(TimestampFormat::seconds(bargeIn.overlapMs))});
    }
    for (const TimingReport::DeadAir &silence : report.deadAir) {
        const TurnTiming *timing = timeline.timingOf(silence.beforeTurn);
        if (!timing)
            continue;
        marks.append({WaveformView::Mark::Kind::DeadAir, timing->startMs - silence.gapMs,
                      timing->startMs,
                      tr("Dead air %1 before turn %2")
                          .arg(TimestampFormat::seconds(silence.gapMs))
                          .arg(silence.beforeTurn + 1)});
    }
    return marks;
}

// scripts/screenshot.sh sets CALLREVIEW_SHOW_TURN=N: once aligned, turn N (1-based) is shown
// as the spoken one, as if playback had reached it (Xvfb has no audio to play it).
void PlaybackWiring::showTurnForScreenshots()
{
    bool ok = false;
    const int shown = qEnvironmentVariableIntValue("CALLREVIEW_SHOW_TURN", &ok);
    if (!ok || shown < 1)
        return;
    connect(this, &PlaybackWiring::timelineReady, this, [this, turn = shown - 1] {
        const qint64 start = m_follower->locator().startOf(turn);
        if (start < 0)
            return;
        const qint64 at = start + 400;
        m_follower->setPosition(at);
        m_parts.player->waveformView()->setPosition(at);
        m_parts.player->controls()->setPosition(at);
    });
}

int PlaybackWiring::selectedTurn() const
{
    return m_parts.transcript->currentTurn();
}
