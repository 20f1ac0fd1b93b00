#pragma once

#include "alignment/Timeline.h"
#include "cli/CliCommand.h"
#include "model/CallRecord.h"

#include <memory>

class BatchExporter;
class BatchProgressPrinter;
class CallService;
class RecordingDownloader;
class RecordingTimelineJob;

// Runs the command-line work that needs no window: --export, --export-dir, --save-recording,
// --findings, --score and --set-api-key here; --export-dir --model and --list-* through their own
// commands. Reports one clear line on stderr for any failure and finishes with an exit code
// from ExitCode.h.
class HeadlessRunner : public CliCommand
{
    Q_OBJECT

public:
    explicit HeadlessRunner(const CommandLineOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

private:
    void run() override;
    void runExport();
    void runSetApiKey();
    void handleCall(const CallRecord &call); // aligns first when asked, then handleTimedCall
    // By mode: export, save recording, findings or timeline; timeline null when not asked for.
    void handleTimedCall(const CallRecord &call, const Timeline *timeline);
    void runBatchExport();
    void exportCall(const CallRecord &call, const Timeline *timeline);
    void printTimeline(const CallRecord &call, const Timeline &timeline);
    bool writeOutput(const QString &path, const QByteArray &data); // '-' is standard output
    void saveRecording(const CallRecord &call);
    void writeRecording(const QString &localFile);
    void printFindings(const CallRecord &call, const Timeline *timeline);
    void runScore();

    CallService *m_service = nullptr;
    RecordingDownloader *m_recordings = nullptr;
    RecordingTimelineJob *m_timelineJob = nullptr;
    BatchExporter *m_batch = nullptr;
    std::unique_ptr<BatchProgressPrinter> m_printer;
};
