#include "cli/RecordingTimelineJob.h"

#include "cli/ExitCode.h"
#include "recording/RecordingCache.h"
#include "recording/RecordingDownloader.h"
#include "recording/RecordingUrlPolicy.h"
#include "recording/TwilioCredentialStore.h"
#include "timing/CallTimingIndex.h"
#include "timing/TimingAnalyzer.h"

RecordingTimelineJob::RecordingTimelineJob(QNetworkAccessManager *network, int timeoutSeconds,
                                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeoutSeconds(timeoutSeconds)
{ }

void RecordingTimelineJob::start(const CallRecord &call, const QString &localRecording)
{
    m_call = call;
    if (!localRecording.isEmpty())
        return align(localRecording);

    m_downloader = new RecordingDownloader(m_network, RecordingCache(), this);
    RecordingDownloader::Settings settings;
    settings.inactivityTimeoutSeconds = m_timeoutSeconds;
    // The keychain is asked only for a real download (not for the bundled demo recording).
    if (call.bundledRecording.isEmpty()
        && RecordingUrlPolicy::check(call.recordingUrl).verdict
            == RecordingUrlPolicy::Verdict::Allowed) {
        settings.credentials = TwilioCredentialStore::readBlocking();
    }
    m_downloader->setSettings(settings);
    connect(m_downloader, &RecordingDownloader::ready, this, &RecordingTimelineJob::align);
    connect(m_downloader, &RecordingDownloader::failed, this,
            [this](const RecordingDownloader::Failure &failure) {
                emit failed(ExitCode::of(failure), failure.message);
            });
    m_downloader->fetch(call);
}

void RecordingTimelineJob::align(const QString &path)
{
    m_aligner = new RecordingAligner(this);
    m_aligner->setCache(TimelineCache());
    connect(m_aligner, &RecordingAligner::finished, this, [this](const Timeline &timeline) {
        index(m_call, timeline, m_aligner->lastCacheKey());
        emit ready(timeline);
    });
    connect(m_aligner, &RecordingAligner::failed, this,
            [this](AlignmentError::Kind kind, const QString &message) {
                emit failed(ExitCode::of(kind), message);
            });
    m_aligner->start(m_call.turns, path, m_call.durationSeconds * 1000);
}

void RecordingTimelineJob::index(const CallRecord &call, const Timeline &timeline,
                                 const QString &cacheKey)
{
    if (call.callId.isEmpty())
        return;
    // Not worth failing a command for: the browse table just shows no figures for the call.
    CallTimingIndex().record(
        call.callId,
        CallTimingIndex::Entry::from(TimingAnalyzer::analyze(call.turns, timeline), cacheKey));
}

std::optional<Timeline> RecordingTimelineJob::alignAndIndex(const CallRecord &call,
                                                            const QString &path, QString *error)
{
    const TimelineCache cache;
    RecordingAligner::Control control;
    control.cache = &cache;
    const RecordingAligner::Result result =
        RecordingAligner::alignFile(call.turns, path, qint64(call.durationSeconds) * 1000, control);
    if (!result.ok()) {
        if (error)
            *error = result.error.message;
        return std::nullopt;
    }
    index(call, result.timeline, result.cacheKey);
    return result.timeline;
}
