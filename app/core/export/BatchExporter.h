#pragma once

#include "api/CallService.h"
#include "export/BatchRetryPolicy.h"
#include "export/ExportOptions.h"
#include "model/CallRecord.h"
#include "recording/RecordingCache.h"
#include "recording/RecordingDownloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

class QNetworkAccessManager;

// Saves many calls, one file each (<directory>/<call ID>.<ext>), with several fetches in
// flight (one CallService per slot, as CallService fetches one call at a time).
//
// Items are call IDs to fetch, or calls already at hand (addCalls: e.g. the pages of List
// Calls, which carry whole call objects). A file that already exists is skipped unless
// overwrite is set, so an interrupted run resumes where it stopped. A 429 pauses every slot
// for Retry-After; 5xx and dropped connections are retried with backoff (BatchRetryPolicy).
// One failure never stops the others; every file is written whole or not at all, rendered on
// worker threads while fetching goes on.
//
// With timing (opt-in: it costs a download per call), each call's recording is fetched by a
// RecordingDownloader (the player's URL and credential rules, its cache), aligned on the writer
// thread by Timing::align, and the file gets the turn times. A call whose recording is missing
// or unusable is saved without times and listed in Summary::untimed; for subtitles (srt/vtt),
// which are nothing but times, that call fails instead.
class BatchExporter : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString directory;
        ExportOptions exportOptions;
        bool overwrite = false;
        int concurrency = 6;
        CallService::Settings service;
        BatchRetryPolicy retry;

        struct Timing
        {
            bool enabled = false;
            RecordingDownloader::Settings download;
            RecordingCache cache; // the recordings' (the player's by default)
            // Runs on a writer thread: the call's timeline from its local recording (the
            // alignment engine, which the core does not link), or nullopt and *error.
            std::function<std::optional<Timeline>(const CallRecord &call, const QString &audio,
                                                  QString *error)>
                align;
        };
        Timing timing;
    };

    enum class Outcome { Saved, Skipped, Failed };

    struct ItemResult
    {
        QString callId;
        Outcome outcome = Outcome::Failed;
        QString path; // the file written or found
        QString reason; // why it failed (or was skipped), for the user
        FetchError::Kind error = FetchError::Kind::None; // why it failed
        int attempts = 0; // fetches made
        bool timed = false; // saved with turn times (timing enabled and the recording aligned)
        QString timingProblem; // timing enabled, saved without times: why (for the user)
    };

    struct Summary
    {
        int saved = 0;
        int skipped = 0;
        int failed = 0;
        int notStarted = 0; // left when the batch was canceled
        bool canceled = false;
        QList<ItemResult> failures;
        QList<ItemResult> untimed; // saved, but without times (timing enabled only)

        bool allSaved() const { return failed == 0 && notStarted == 0 && !canceled; }
    };

    explicit BatchExporter(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~BatchExporter() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

    void addCallIds(const QStringList &callIds);
    void addCalls(const QList<CallRecord> &calls);
    void finishInput(); // no more items: finished() follows once all are done
    void start(const QStringList &callIds); // addCallIds + finishInput
    void cancel(); // stops fetching; files already saved stay

    int total() const { return m_total; }
    int done() const { return m_summary.saved + m_summary.skipped + m_summary.failed; }
    bool isRunning() const { return m_running; }

    static QString fileNameFor(const QString &callId, ExportFormat format);

signals:
    void itemFinished(const BatchExporter::ItemResult &result);
    void progress(int done, int total);
    void finished(const BatchExporter::Summary &summary);

private:
    struct Item
    {
        QString callId;
        std::optional<CallRecord> call;
        int attempts = 0;
        qint64 notBefore = 0; // m_clock milliseconds
    };

    void schedule();
    bool startItem(Item item); // false when a fetch slot is needed but none is free
    CallService *freeSlot();
    void onFetched(CallService *slot, const CallRecord &call);
    void onFetchFailed(CallService *slot, const FetchError &error);
    void save(const QString &callId, const CallRecord &call, int attempts);
    void fetchRecordings();
    void onRecording(RecordingDownloader *downloader, const QString &localFile,
                     const QString &problem);
    void write(const QString &callId, const CallRecord &call, int attempts, const QString &audio,
               const QString &timingProblem);
    void report(ItemResult result);
    void finishIfDone();

    QNetworkAccessManager *m_manager;
    Settings m_settings;
    std::deque<Item> m_queue;
    QList<CallService *> m_slots;
    QHash<CallService *, Item> m_active;
    QTimer m_wake;
    struct PendingRecording
    {
        QString callId;
        CallRecord call;
        int attempts = 0;
    };
    std::deque<PendingRecording> m_recordingQueue; // fetched calls waiting for a download slot
    QHash<RecordingDownloader *, PendingRecording> m_downloads; // in flight
    QList<RecordingDownloader *> m_downloaders;
    QThreadPool m_writers; // renders and writes files off this thread
    int m_writing = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedUntil = 0; // after a 429 no slot starts before this
    int m_total = 0;
    bool m_inputFinished = false;
    bool m_running = false;
    bool m_finishedEmitted = false;
    Summary m_summary;
};
