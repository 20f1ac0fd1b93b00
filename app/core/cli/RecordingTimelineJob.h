#pragma once

#include "alignment/RecordingAligner.h"
#include "model/CallRecord.h"

#include <QObject>

#include <optional>

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

    // Blocking, for batch writers: aligns the call to a local recording with the timeline cache
    // in front and records it in the CallTimingIndex. nullopt and *error (for the user) when the
    // recording cannot be used.
    static std::optional<Timeline> alignAndIndex(const CallRecord &call, const QString &path,
                                                 QString *error);
    // Notes an aligned call in the CallTimingIndex (browse table, review report).
    static void index(const CallRecord &call, const Timeline &timeline, const QString &cacheKey);

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
