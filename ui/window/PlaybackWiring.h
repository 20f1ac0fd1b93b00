#pragma once

#include "alignment/TimelineCache.h"
#include "player/WaveformView.h"
#include "timing/TimingAnalyzer.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CallSession;
class FindingsPanel;
class MainMenus;
class PlaybackFollower;
class PlayerPanel;
class QAction;
class RecordingAligner;
class ReviewDock;
class TranscriptModel;
class TranscriptPane;
struct Timeline;
struct TimingReport;

// Reading and listening as one: once the player has the call's recording file, aligns the
// turns in the background (RecordingAligner, with the timeline cache), gives the timeline to
// the transcript model (bubble times) and to a PlaybackFollower that the player's position
// drives; the follower's seek/play/pause go back to the player. Nothing waits for the
// alignment: until it is done (or when it fails, said quietly in the player row) everything
// works as without it. A new call cancels the run in flight.
class PlaybackWiring : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        CallSession *session = nullptr;
        PlayerPanel *player = nullptr;
        TranscriptModel *model = nullptr;
        TranscriptPane *transcript = nullptr;
        MainMenus *menus = nullptr; // optional: the Playback menu gets the actions
        FindingsPanel *findings = nullptr; // optional: gets the timing findings
        ReviewDock *review = nullptr; // optional: flags and findings get the turns' times
    };

    // cache: where timelines are kept (TimelineCache() = the user's cache; nullopt = none).
    explicit PlaybackWiring(const Parts &parts, QObject *parent = nullptr,
                            std::optional<TimelineCache> cache = TimelineCache());

    // Silences before a turn at least this long are dead air in the timing findings (the
    // setting, AppSettings::deadAirMs); applies from the next alignment.
    void setDeadAirMs(qint64 ms) { m_deadAirMs = ms; }
    qint64 deadAirMs() const { return m_deadAirMs; }

    PlaybackFollower *follower() const { return m_follower; }
    RecordingAligner *aligner() const { return m_aligner; }
    QAction *playFromTurnAction() const { return m_playFrom; }
    QAction *playTurnOnlyAction() const { return m_playTurnOnly; }
    QAction *repeatTurnAction() const { return m_repeat; }
    QAction *followAction() const { return m_follow; }

    // Gives a ready timeline (the aligner's; a benchmark's) to the transcript, follower,
    // waveform and review dock. Ignored when its turn count is not the transcript's.
    void applyTimeline(const Timeline &timeline);

    // The barge-ins (their overlap) and dead air (the silence) of a report, as timeline marks.
    static QList<WaveformView::Mark> timingMarks(const TimingReport &report,
                                                 const Timeline &timeline);

signals:
    void timelineReady(const Timeline &timeline);

protected:
    // The waveform's palette changed (a theme switch): its turn bands take the new colours.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void connectFollower();
    void onCallChanged();
    void align(const QString &localFile);
    void showOnWaveform(const Timeline &timeline, const TimingReport &report);
    // Each band in its bubble's colour for the waveform's current palette.
    void colourBands(QList<WaveformView::Band> &bands) const;
    int selectedTurn() const;
    void showTurnForScreenshots();

    Parts m_parts;
    RecordingAligner *m_aligner;
    PlaybackFollower *m_follower;
    QAction *m_playFrom = nullptr;
    QAction *m_playTurnOnly = nullptr;
    QAction *m_repeat = nullptr;
    QAction *m_follow = nullptr;
    QPointer<WaveformView> m_waveform; // the player's, watched for palette changes
    QString m_indexDirectory; // CallTimingIndex's, the cache's folder; empty: no index
    qint64 m_deadAirMs = TimingAnalyzer::Options().deadAirMs;
};
