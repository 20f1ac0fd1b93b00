#pragma once

#include "waveform/WaveformPeaks.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QThread>

// Decodes a local recording with QAudioDecoder on a worker thread and reports its waveform
// (per-channel peaks). The UI thread only receives a few progress snapshots and the result, so a
// long recording never freezes the window. One analysis at a time: analyze() replaces the one in
// flight, whose results are dropped.
class WaveformAnalyzer : public QObject
{
    Q_OBJECT

public:
    explicit WaveformAnalyzer(QObject *parent = nullptr);
    ~WaveformAnalyzer() override;

    void analyze(const QString &localFile, int bucketMs = 20);
    void cancel();
    bool isBusy() const { return m_busy; }

    static constexpr int progressIntervalMs = 150;

signals:
    void progressed(const WaveformPeaks &partial); // at most every progressIntervalMs
    void finished(const WaveformPeaks &peaks);
    void failed(const QString &message);

private:
    friend class WaveformDecodeJob;
    void deliverProgress(int generation, const WaveformPeaks &partial);
    void deliverFinished(int generation, const WaveformPeaks &peaks);
    void deliverFailure(int generation, const QString &message);

    QThread m_thread;
    QObject *m_workerContext; // lives in m_thread; parent of the running job
    int m_generation = 0;
    bool m_busy = false;
};
