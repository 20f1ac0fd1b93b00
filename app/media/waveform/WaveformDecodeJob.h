#pragma once

#include "waveform/WaveformAccumulator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QAudioDecoder;
class WaveformAnalyzer;

// One decode of one file, living on the analyzer's worker thread: feeds every decoded buffer to a
// WaveformAccumulator and posts snapshots and the result back to the analyzer's thread (queued
// calls with the analyzer as context are dropped if the analyzer is gone).
class WaveformDecodeJob : public QObject
{
public:
    WaveformDecodeJob(const QString &localFile, int bucketMs, int generation,
                      WaveformAnalyzer *analyzer, QObject *parent);

    void start();

private:
    void drain();
    void finish();
    void fail(const QString &message);

    QString m_file;
    int m_generation;
    WaveformAnalyzer *m_analyzer; // outlives the job: its destructor stops the worker thread first
    QAudioDecoder *m_decoder;
    WaveformAccumulator m_accumulator;
    QElapsedTimer m_sinceProgress;
    bool m_delivered = false;
};
