#pragma once

#include "alignment/RecordingAligner.h"
#include "model/CallRecord.h"

#include <QObject>

class QNetworkAccessManager;
class RecordingDownloader;

// The command line's way to a call's timeline: the recording given with --recording, else the
// call's own (downloaded, or the demo's bundled one, by RecordingDownloader with the player's
// key and origin rules), aligned by RecordingAligner with the timeline cache in front.
class RecordingTimelineJob : public QObject
{
    Q_OBJECT

public:
    RecordingTimelineJob(QNetworkAccessManager *network, int timeoutSeconds,
                         QObject *parent = nullptr);

    // localRecording: a file to align; empty to get the call's own recording.
    void start(const CallRecord &call, const QString &localRecording);

signals:
    void ready(const Timeline &timeline);
    void failed(int exitCode, const QString &message);

private:
    void align(const QString &path);

    QNetworkAccessManager *m_network;
    int m_timeoutSeconds;
    CallRecord m_call;
    RecordingDownloader *m_downloader = nullptr;
    RecordingAligner *m_aligner = nullptr;
};
