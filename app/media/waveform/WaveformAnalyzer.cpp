#include "waveform/WaveformAnalyzer.h"

#include "waveform/WaveformDecodeJob.h"

WaveformAnalyzer::WaveformAnalyzer(QObject *parent)
    : QObject(parent)
    , m_workerContext(new QObject)
{
    qRegisterMetaType<WaveformPeaks>();
    m_thread.setObjectName(QStringLiteral("waveform"));
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

WaveformAnalyzer::~WaveformAnalyzer()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void WaveformAnalyzer::analyze(const QString &localFile, int bucketMs)
{
    cancel();
    m_busy = true;
    const int generation = m_generation;
    QMetaObject::invokeMethod(m_workerContext, [this, localFile, bucketMs, generation] {
        // Runs on the worker thread: the decoder and its signals live there.
        auto *job = new WaveformDecodeJob(localFile, bucketMs, generation, this, m_workerContext);
        job->start();
    });
}

void WaveformAnalyzer::cancel()
{
    ++m_generation; // results of the running job are dropped from now on
    m_busy = false;
    QObject *context = m_workerContext;
    QMetaObject::invokeMethod(m_workerContext, [context] {
        const QList<QObject *> jobs = context->children();
        qDeleteAll(jobs);
    });
}

void WaveformAnalyzer::deliverProgress(int generation, const WaveformPeaks &partial)
{
    if (generation == m_generation)
        emit progressed(partial);
}

void WaveformAnalyzer::deliverFinished(int generation, const WaveformPeaks &peaks)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    emit finished(peaks);
}

void WaveformAnalyzer::deliverFailure(int generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    emit failed(message);
}
