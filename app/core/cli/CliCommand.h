#pragma once

#include "api/CallService.h"
#include "cli/CommandLine.h"
#include "export/BatchExporter.h"

#include <QFile>
#include <QObject>

#include <cstdio>
#include <optional>

class QNetworkAccessManager;
struct FetchError;

// What every headless command shares: it starts from the event loop, ends exactly once with an
// exit code from ExitCode.h, reports a failure as one "callreview: ..." line on stderr, writes
// its output to stdout with every write checked, and gets its API settings in one way.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(const CommandLineOptions &options, QObject *parent = nullptr);
    ~CliCommand() override;

    // Queued, so that a caller connecting to finished() after start() still hears it.
    void start();
    bool isFinished() const { return m_finished; }

    // "callreview: MESSAGE" on stderr, one line.
    static void printError(const QString &message);
    // The notice that a failed request is tried again (CallService::describeRetry), printed
    // only when stderr is a terminal: a person watching sees why it waits, a script reads one
    // line per failure and none for a success. Matches the retryScheduled signals.
    static void announceRetry(int attempt, int delaySeconds, const FetchError &reason);
    static bool isTerminal(FILE *stream);
    static QString stdoutFailureMessage(); // "Could not write to standard output."

signals:
    void finished(int exitCode); // exactly once

protected:
    virtual void run() = 0;

    const CommandLineOptions &options() const { return m_options; }
    // Emits finished(exitCode) unless the command already finished.
    void finish(int exitCode);
    void fail(int exitCode, const QString &message); // printError(message), then finish
    void succeed();

    // Opens standard output for writeOut(); false when it cannot be opened.
    bool openStdout();
    // Writes bytes to standard output and flushes; false once any write failed (later writes
    // are not tried, so a broken pipe is reported once).
    bool writeOut(const QByteArray &bytes);
    bool stdoutFailed() const { return m_stdoutFailed; }

    // The settings to call the API with (ApiConnection: base checked, key looked up); on a
    // problem fails the command (exit code 2, the reason on stderr) and returns nothing.
    std::optional<CallService::Settings> apiSettings();
    QNetworkAccessManager *network(); // created on first use
    // A batch export's settings from the options (--export-dir, format, redaction, --force,
    // --with-timing: recordings downloaded and aligned),
    // with the API settings and the folder created; on a problem fails the command and returns
    // nothing.
    std::optional<BatchExporter::Settings> batchSettings();

    // Hands the rest of the run to another command: its exit code becomes this one's.
    void runAsPart(CliCommand *command);

private:
    CommandLineOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QFile m_stdout;
    bool m_stdoutFailed = false;
    bool m_finished = false;
};
