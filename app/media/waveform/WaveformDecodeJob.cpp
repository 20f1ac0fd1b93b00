#include "waveform/WaveformDecodeJob.h"

#include "waveform/WaveformAnalyzer.h"

#include <QAudioDecoder>
#include <QUrl>

WaveformDecodeJob::WaveformDecodeJob(const QString &localFile, int bucketMs, int generation,
                                     WaveformAnalyzer *analyzer, QObject *parent)
    : QObject(parent)
    , m_file(localFile)
    , m_generation(generation)
    , m_analyzer(analyzer)
    , m_decoder(new QAudioDecoder(this))
    , m_accumulator(bucketMs)
{
    connect(m_decoder, &QAudioDecoder::bufferReady, this, &WaveformDecodeJob::drain);
    connect(m_decoder, &QAudioDecoder::finished, this, &WaveformDecodeJob::finish);
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
            [this](QAudioDecoder::Error error) {
                fail(error == QAudioDecoder::FormatError
                         ? WaveformAnalyzer::tr("The recording's audio format cannot be decoded.")
                         : WaveformAnalyzer::tr("The recording could not be decoded: %1")
                               .arg(m_decoder->errorString()));
            });
}

void WaveformDecodeJob::start()
{
    if (!m_decoder->isSupported())
        return fail(WaveformAnalyzer::tr("No audio decoder is available (install the GStreamer "
                                         "base and good plug-ins)."));
    m_sinceProgress.start();
    m_decoder->setSource(QUrl::fromLocalFile(m_file));
    m_decoder->start();
}

void WaveformDecodeJob::drain()
{
    while (m_decoder->bufferAvailable())
        m_accumulator.add(m_decoder->read());
    if (m_sinceProgress.elapsed() >= WaveformAnalyzer::progressIntervalMs) {
        m_sinceProgress.restart();
        const WaveformPeaks partial = m_accumulator.peaks();
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            m_analyzer,
            [analyzer = m_analyzer, generation, partial] {
                analyzer->deliverProgress(generation, partial);
            },
            Qt::QueuedConnection);
    }
}

void WaveformDecodeJob::finish()
{
    if (m_delivered)
        return;
    drain();
    if (m_accumulator.frameCount() == 0)
        return fail(WaveformAnalyzer::tr("The recording holds no audio."));
    m_delivered = true;
    const WaveformPeaks peaks = m_accumulator.peaks();
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        m_analyzer,
        [analyzer = m_analyzer, generation, peaks] {
            analyzer->deliverFinished(generation, peaks);
        },
        Qt::QueuedConnection);
    deleteLater();
}

void WaveformDecodeJob::fail(const QString &message)
{
    if (m_delivered)
        return; // one answer per job
    m_delivered = true;
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        m_analyzer,
        [analyzer = m_analyzer, generation, message] {
            analyzer->deliverFailure(generation, message);
        },
        Qt::QueuedConnection);
    deleteLater();
}
