#include "export/BatchExporter.h"

#include "api/ApiEndpoint.h"
#include "base/Logging.h"
#include "export/TranscriptExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

BatchExporter::BatchExporter(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &BatchExporter::schedule);
    m_clock.start();
    m_writers.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
}

BatchExporter::~BatchExporter()
{
    for (CallService *slot : std::as_const(m_slots))
        slot->disconnect(this);
    for (RecordingDownloader *downloader : std::as_const(m_downloaders))
        downloader->disconnect(this);
    m_writers.waitForDone(); // no writer may outlive the object it reports to
}

void BatchExporter::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.concurrency = qBound(1, settings.concurrency, 16);
}

QString BatchExporter::fileNameFor(const QString &callId, ExportFormat format)
{
    return callId + u'.' + ExportFormats::extension(format);
}

void BatchExporter::addCallIds(const QStringList &callIds)
{
    m_running = true;
    for (const QString &id : callIds)
        m_queue.push_back(Item{id, std::nullopt, 0, 0});
    m_total += int(callIds.size());
    emit progress(done(), m_total);
    QMetaObject::invokeMethod(this, &BatchExporter::schedule, Qt::QueuedConnection);
}

void BatchExporter::addCalls(const QList<CallRecord> &calls)
{
    m_running = true;
    for (const CallRecord &call : calls)
        m_queue.push_back(Item{call.callId, call, 0, 0});
    m_total += int(calls.size());
    emit progress(done(), m_total);
    QMetaObject::invokeMethod(this, &BatchExporter::schedule, Qt::QueuedConnection);
}

void BatchExporter::finishInput()
{
    m_running = true;
    m_inputFinished = true;
    QMetaObject::invokeMethod(this, &BatchExporter::schedule, Qt::QueuedConnection);
}

void BatchExporter::start(const QStringList &callIds)
{
    addCallIds(callIds);
    finishInput();
}

void BatchExporter::cancel()
{
    if (!m_running || m_summary.canceled)
        return;
    m_summary.canceled = true;
    m_summary.notStarted += int(m_queue.size()) + int(m_active.size());
    m_queue.clear();
    m_wake.stop();
    const QList<CallService *> busy = m_active.keys();
    m_active.clear(); // before cancel(): its fetchFailed(Canceled) then finds nothing
    for (CallService *slot : busy)
        slot->cancel();
    m_summary.notStarted += int(m_recordingQueue.size()) + int(m_downloads.size());
    m_recordingQueue.clear();
    const QList<RecordingDownloader *> downloading = m_downloads.keys();
    m_downloads.clear();
    for (RecordingDownloader *downloader : downloading)
        downloader->abandon();
    m_inputFinished = true;
    finishIfDone();
}

CallService *BatchExporter::freeSlot()
{
    for (CallService *slot : std::as_const(m_slots)) {
        if (!m_active.contains(slot))
            return slot;
    }
    if (m_slots.size() >= m_settings.concurrency)
        return nullptr;
    auto *slot = new CallService(m_manager, this);
    connect(slot, &CallService::callFetched, this,
            [this, slot](const CallRecord &call) { onFetched(slot, call); });
    connect(slot, &CallService::fetchFailed, this,
            [this, slot](const FetchError &error) { onFetchFailed(slot, error); });
    m_slots.append(slot);
    return slot;
}

void BatchExporter::schedule()
{
    if (m_summary.canceled)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextWake = -1;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const qint64 readyAt = it->call ? 0 : qMax(it->notBefore, m_pausedUntil);
        if (readyAt > now) {
            nextWake = nextWake < 0 ? readyAt : qMin(nextWake, readyAt);
            ++it;
            continue;
        }
        Item item = std::move(*it);
        it = m_queue.erase(it);
        if (!startItem(item)) {
            // No free slot: put it back and wait for a fetch to end.
            m_queue.push_front(std::move(item));
            break;
        }
    }
    if (nextWake >= 0)
        m_wake.start(int(qMax<qint64>(0, nextWake - now)));
    finishIfDone();
}

bool BatchExporter::startItem(Item item)
{
    const QString callId = item.call ? item.call->callId : item.callId;
    if (!ApiEndpoint::isValidCallId(callId)) {
        report({callId, Outcome::Failed, QString(),
                tr("\"%1\" is not a valid call ID. %2")
                    .arg(callId.left(ApiEndpoint::maxCallIdLength + 8), ApiEndpoint::callIdRules()),
                FetchError::Kind::InvalidInput, item.attempts, false, QString()});
        return true;
    }
    const QString path =
        QDir(m_settings.directory).filePath(fileNameFor(callId, m_settings.exportOptions.format));
    if (!m_settings.overwrite && item.attempts == 0 && QFileInfo(path).isFile()) {
        report({callId, Outcome::Skipped, path, tr("already saved"), FetchError::Kind::None, 0,
                false, QString()});
        return true;
    }
    if (item.call) {
        save(callId, *item.call, item.attempts);
        return true;
    }
    CallService *slot = freeSlot();
    if (!slot)
        return false;
    ++item.attempts;
    // The batch retries on its own (BatchRetryPolicy): a 429 pauses every fetch, not just one.
    CallService::Settings service = m_settings.service;
    service.retry = RetryPolicy::none();
    slot->setSettings(service);
    m_active.insert(slot, item);
    slot->fetchCall(item.callId);
    return true;
}

void BatchExporter::onFetched(CallService *slot, const CallRecord &call)
{
    const auto it = m_active.find(slot);
    if (it == m_active.end())
        return;
    const Item item = it.value();
    m_active.erase(it);
    save(item.callId, call, item.attempts);
    schedule();
}

void BatchExporter::onFetchFailed(CallService *slot, const FetchError &error)
{
    const auto it = m_active.find(slot);
    if (it == m_active.end())
        return; // canceled
    Item item = it.value();
    m_active.erase(it);
    const int delay = m_settings.retry.delayMs(error, item.attempts);
    if (delay >= 0) {
        qCInfo(lcExport) << "retrying" << item.callId << "in" << delay << "ms after"
                         << FetchError::kindName(error.kind);
        item.notBefore = m_clock.elapsed() + delay;
        if (error.kind == FetchError::Kind::RateLimited)
            m_pausedUntil = qMax(m_pausedUntil, item.notBefore); // the limit is the client's
        m_queue.push_front(std::move(item));
    } else {
        report({item.callId, Outcome::Failed, QString(), error.message, error.kind, item.attempts,
                false, QString()});
    }
    schedule();
}

void BatchExporter::save(const QString &callId, const CallRecord &call, int attempts)
{
    if (!m_settings.timing.enabled)
        return write(callId, call, attempts, QString(), QString());
    m_recordingQueue.push_back({callId, call, attempts});
    fetchRecordings();
}

// As many downloads at once as fetches (each downloader takes one at a time).
void BatchExporter::fetchRecordings()
{
    while (!m_recordingQueue.empty() && !m_summary.canceled) {
        RecordingDownloader *free = nullptr;
        for (RecordingDownloader *downloader : std::as_const(m_downloaders)) {
            if (!m_downloads.contains(downloader)) {
                free = downloader;
                break;
            }
        }
        if (!free && m_downloaders.size() < m_settings.concurrency) {
            free = new RecordingDownloader(m_manager, m_settings.timing.cache, this);
            free->setSettings(m_settings.timing.download);
            connect(free, &RecordingDownloader::ready, this,
                    [this, free](const QString &localFile) {
                        onRecording(free, localFile, QString());
                    });
            connect(free, &RecordingDownloader::failed, this,
                    [this, free](const RecordingDownloader::Failure &failure) {
                        onRecording(free, QString(), failure.message);
                    });
            m_downloaders.append(free);
        }
        if (!free)
            return;
        PendingRecording pending = std::move(m_recordingQueue.front());
        m_recordingQueue.pop_front();
        const CallRecord call = pending.call;
        m_downloads.insert(free, std::move(pending));
        free->fetch(call); // may answer at once (cached, refused): onRecording runs inside
    }
}

void BatchExporter::onRecording(RecordingDownloader *downloader, const QString &localFile,
                                const QString &problem)
{
    const auto it = m_downloads.find(downloader);
    if (it == m_downloads.end())
        return; // canceled
    const PendingRecording pending = it.value();
    m_downloads.erase(it);
    write(pending.callId, pending.call, pending.attempts, localFile, problem);
    // Not from inside fetch(): the downloader that just answered may be handed a new call.
    QMetaObject::invokeMethod(this, &BatchExporter::fetchRecordings, Qt::QueuedConnection);
}

void BatchExporter::write(const QString &callId, const CallRecord &call, int attempts,
                          const QString &audio, const QString &timingProblem)
{
    const QString path =
        QDir(m_settings.directory).filePath(fileNameFor(callId, m_settings.exportOptions.format));
    // Rendering (a long PDF takes seconds), aligning and writing run on worker threads, so
    // fetching goes on meanwhile and a window using the batch never freezes.
    ++m_writing;
    m_writers.start([this, callId, call, path, attempts, audio, timingProblem,
                     options = m_settings.exportOptions, timing = m_settings.timing]() mutable {
        QString error;
        ItemResult result{callId,   Outcome::Saved, path,     QString(), FetchError::Kind::None,
                          attempts, false,          QString()};
        if (timing.enabled) {
            result.timingProblem = timingProblem;
            if (!audio.isEmpty() && timing.align) {
                QString alignError;
                options.timeline = timing.align(call, audio, &alignError);
                if (!options.timeline)
                    result.timingProblem = alignError;
            }
            result.timed = options.timeline.has_value();
            if (!result.timed && result.timingProblem.isEmpty())
                result.timingProblem = tr("The recording could not be aligned.");
        }
        if (!result.timed && ExportFormats::needsTimeline(options.format)) {
            result.outcome = Outcome::Failed;
            result.path.clear();
            result.reason =
                tr("No subtitles (.%1) without turn times: %2")
                    .arg(ExportFormats::extension(options.format),
                         timing.enabled
                             ? result.timingProblem
                             : TranscriptExporter::missingTimelineMessage(options.format));
            result.error = FetchError::Kind::InvalidResponse;
        } else if (!TranscriptExporter::save(call, path, options, &error)) {
            result.outcome = Outcome::Failed;
            result.reason = error;
            result.error = FetchError::Kind::WriteFailed;
        }
        // Queued to this object's thread; the destructor waits for every writer first.
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                --m_writing;
                report(result);
                finishIfDone();
            },
            Qt::QueuedConnection);
    });
}

void BatchExporter::report(ItemResult result)
{
    switch (result.outcome) {
    case Outcome::Saved:
        ++m_summary.saved;
        if (m_settings.timing.enabled && !result.timed)
            m_summary.untimed.append(result);
        break;
    case Outcome::Skipped:
        ++m_summary.skipped;
        break;
    case Outcome::Failed:
        ++m_summary.failed;
        m_summary.failures.append(result);
        break;
    }
    emit itemFinished(result);
    emit progress(done(), m_total);
}

void BatchExporter::finishIfDone()
{
    if (m_finishedEmitted || !m_inputFinished || !m_queue.empty() || !m_active.isEmpty()
        || !m_recordingQueue.empty() || !m_downloads.isEmpty() || m_writing > 0)
        return;
    m_finishedEmitted = true;
    m_running = false;
    emit finished(m_summary);
}
