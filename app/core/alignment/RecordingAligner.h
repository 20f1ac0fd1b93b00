#pragma once

#include "alignment/Timeline.h"
#include "alignment/TimelineCache.h"
#include "decode/AlignmentError.h"

#include "model/Turn.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// The alignment engine's front door: transcript turns + a recording file -> Timeline.
// Decodes (PcmDecoder), finds speech (VoiceActivityDetector), decides the channel layout and
// places the turns (AudioAligner/TurnAligner), with the timeline cache in front when one is set.
//
// Blocking, for the command line: RecordingAligner::alignFile(...).
// Asynchronous, for the window: start() runs the same on a worker thread and reports progress(),
// then finished() or failed(); cancel() drops the run (no signal follows for it).
// No exit codes here: the command line maps every error kind to exit 4.
class RecordingAligner : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        Timeline timeline;
        AlignmentError error;
        bool fromCache = false;
        QString cacheKey; // the timeline cache's key when a cache was given and the file read

        bool ok() const { return !error.isError(); }
    };
    struct Control
    {
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int percent)> progress; // called from the working thread
        const TimelineCache *cache = nullptr; // looked up first, filled after a success
    };

    // callDurationMs: the API's duration of the call (0 = unknown), a sanity bound: a recording
    // longer than the call by an hour or more is refused (TooLong), one under half of it
    // (Truncated) too.
    static Result alignFile(const QList<Turn> &turns, const QString &audioPath,
                            qint64 callDurationMs, const Control &control);
    static Result alignFile(const QList<Turn> &turns, const QString &audioPath,
                            qint64 callDurationMs = 0)
    {
        return alignFile(turns, audioPath, callDurationMs, Control());
    }

    // The longest recording accepted for a call of callDurationMs (0 = unknown).
    static qint64 maxRecordingMs(qint64 callDurationMs);

    explicit RecordingAligner(QObject *parent = nullptr);
    ~RecordingAligner() override; // cancels and waits for the worker

    // The cache used by start(); none by default.
    void setCache(std::optional<TimelineCache> cache) { m_cache = std::move(cache); }
    // Replaces a run in flight (its result is dropped).
    void start(const QList<Turn> &turns, const QString &audioPath, qint64 callDurationMs = 0);
    void cancel();
    bool isRunning() const { return m_running; }
    // The timeline cache key of the last run that finished (empty without a cache), so a
    // listener of finished() can point at the cached entry (CallTimingIndex).
    const QString &lastCacheKey() const { return m_lastCacheKey; }

signals:
    void progress(int percent);
    void finished(const Timeline &timeline);
    void failed(AlignmentError::Kind kind, const QString &message);

private:
    struct Run;
    void deliver(const std::shared_ptr<Run> &run, const Result &result);

    std::optional<TimelineCache> m_cache;
    std::shared_ptr<Run> m_run;
    QList<QFuture<void>> m_futures; // waited for on destruction
    bool m_running = false;
    QString m_lastCacheKey;
};
