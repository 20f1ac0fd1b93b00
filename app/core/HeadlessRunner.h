#pragma once

#include "CallRecord.h"
#include "CommandLine.h"

#include <QObject>

class CallService;
class QNetworkAccessManager;

// Runs the command-line work that needs no window: --export, --set-api-key and --list-*.
// Reports one clear line on stderr for any failure and finishes with an exit code
// from ExitCode.h.
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRunner(const CommandLineOptions &options, QObject *parent = nullptr);

    void start(); // emits finished(exitCode) once, asynchronously or right away

signals:
    void finished(int exitCode);

private:
    void runExport();
    void runSetApiKey();
    void runList();
    void exportCall(const CallRecord &call);
    void fail(int exitCode, const QString &message);
    void succeed();

    CommandLineOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    CallService *m_service = nullptr;
};
