#pragma once

#include "cli/CommandLine.h"
#include "model/CallRecord.h"

#include <QObject>

#include <memory>

class BatchExporter;
class BatchProgressPrinter;
class CallService;
class RecordingDownloader;
class QNetworkAccessManager;

// Runs the command-line work that needs no window: --export, --export-dir, --save-recording,
// --export-dir --model, --findings, --list-* and --set-api-key.
// Reports one clear line on stderr for any failure and finishes with an exit code
// from ExitCode.h.
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRunner(const CommandLineOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    void start(); // emits finished(exitCode) once, asynchronously or right away

signals:
    void finished(int exitCode);

private:
    void runExport();
    void runSetApiKey();
    void handleCall(const CallRecord &call); // by mode: export, save recording or findings
    void runBatchExport();
    void runModelExport(); // --export-dir with --model
    void runList();
    void exportCall(const CallRecord &call);
    void saveRecording(const CallRecord &call);
    void writeRecording(const QString &localFile);
    void printFindings(const CallRecord &call);
    void fail(int exitCode, const QString &message);
    void succeed();

    CommandLineOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    CallService *m_service = nullptr;
    RecordingDownloader *m_recordings = nullptr;
    BatchExporter *m_batch = nullptr;
    std::unique_ptr<BatchProgressPrinter> m_printer;
};
