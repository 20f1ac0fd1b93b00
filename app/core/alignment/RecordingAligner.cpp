#include "alignment/RecordingAligner.h"

#include "alignment/AudioAligner.h"
#include "decode/PcmDecoder.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace {

constexpr qint64 hourMs = qint64(3600) * 1000;
constexpr qint64 hardLimitMs = 8 * hourMs; // 8 h of 16 kHz stereo: 920 MB of samples
constexpr qint64 truncationCheckMinMs = 20 * 1000;

} // namespace

struct RecordingAligner::Run
{
    std::atomic_bool canceled{false};
    int lastPercent = -1; // touched on the receiving thread only
};

qint64 RecordingAligner::maxRecordingMs(qint64 callDurationMs)
{
    return callDurationMs > 0 ? std::min(hardLimitMs, callDurationMs + hourMs) : hardLimitMs;
}

RecordingAligner::Result RecordingAligner::alignFile(const QList<Turn> &turns,
                                                     const QString &audioPath,
                                                     qint64 callDurationMs, const Control &control)
{
    Result result;
    auto report = [&control](int percent) {
        if (control.progress)
            control.progress(percent);
    };
    QString key;
    if (control.cache) {
        const QByteArray content = TimelineCache::contentHash(audioPath);
        if (!content.isEmpty()) {
            key = TimelineCache::keyFor(content, turns);
            result.cacheKey = key;
            if (auto cached = control.cache->lookup(key, turns)) {
                result.timeline = *cached;
                result.fromCache = true;
                report(100);
                return result;
            }
        }
    }

    PcmDecoder::Options options;
    options.maxDurationMs = maxRecordingMs(callDurationMs);
    options.expectedDurationMs = callDurationMs;
    options.cancel = control.cancel;
    // Decoding is most of the time: 0-80 %.
    options.progress = [&report](int percent) { report(percent * 8 / 10); };
    PcmDecoder::Result decoded = PcmDecoder::decode(audioPath, options);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    const qint64 durationMs = decoded.audio.durationMs();
    if (callDurationMs >= truncationCheckMinMs && durationMs < callDurationMs / 2) {
        result.error = {AlignmentError::Kind::Truncated,
                        tr("The recording lasts %1 s but the call lasted %2 s: the recording "
                           "is truncated.")
                            .arg(durationMs / 1000)
                            .arg(callDurationMs / 1000)};
        return result;
    }
    if (control.cancel && control.cancel->load()) {
        result.error = {AlignmentError::Kind::Canceled, tr("Canceled.")};
        return result;
    }
    report(85);
    AudioAligner::Result aligned = AudioAligner::align(turns, decoded.audio);
    if (!aligned.ok()) {
        result.error = aligned.error;
        return result;
    }
    result.timeline = aligned.timeline;
    if (control.cache && !key.isEmpty()) {
        QString error;
        // A cache that cannot be written costs the next open some time, nothing else.
        control.cache->store(key, result.timeline, turns, &error);
    }
    report(100);
    return result;
}

RecordingAligner::RecordingAligner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Timeline>();
    qRegisterMetaType<AlignmentError::Kind>();
}

RecordingAligner::~RecordingAligner()
{
    cancel();
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
}

void RecordingAligner::start(const QList<Turn> &turns, const QString &audioPath,
                             qint64 callDurationMs)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_run = run;
    m_running = true;
    const std::optional<TimelineCache> cache = m_cache;
    QPointer<RecordingAligner> self(this);
    // Finished runs are dropped from the list; the destructor waits for the others.
    m_futures.erase(std::remove_if(m_futures.begin(), m_futures.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_futures.end());
    m_futures.append(QtConcurrent::run([self, run, turns, audioPath, callDurationMs, cache] {
        Control control;
        control.cancel = &run->canceled;
        control.cache = cache ? &*cache : nullptr;
        control.progress = [self, run](int percent) {
            QMetaObject::invokeMethod(
                self,
                [self, run, percent] {
                    if (self && self->m_run == run && !run->canceled
                        && percent > run->lastPercent) {
                        run->lastPercent = percent;
                        emit self->progress(percent);
                    }
                },
                Qt::QueuedConnection);
        };
        const Result result = alignFile(turns, audioPath, callDurationMs, control);
        QMetaObject::invokeMethod(
            self,
            [self, run, result] {
                if (self)
                    self->deliver(run, result);
            },
            Qt::QueuedConnection);
    }));
}

void RecordingAligner::cancel()
{
    if (m_run)
        m_run->canceled = true;
    m_run.reset();
    m_running = false;
}

void RecordingAligner::deliver(const std::shared_ptr<Run> &run, const Result &result)
{
    if (run != m_run || run->canceled)
        return;
    m_run.reset();
    m_running = false;
    m_lastCacheKey = result.cacheKey;
    if (result.ok())
        emit finished(result.timeline);
    else
        emit failed(result.error.kind, result.error.message);
}
