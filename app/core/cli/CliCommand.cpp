#include "cli/CliCommand.h"

#include "base/AtomicFileWriter.h"
#include "cli/ApiConnection.h"
#include "cli/ExitCode.h"
#include "cli/RecordingTimelineJob.h"
#include "net/FetchError.h"
#include "recording/TwilioCredentialStore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

CliCommand::CliCommand(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

CliCommand::~CliCommand() = default;

void CliCommand::start()
{
    QTimer::singleShot(0, this, &CliCommand::run);
}

void CliCommand::printError(const QString &message)
{
    QTextStream(stderr) << "callreview: " << message << '\n';
}

void CliCommand::announceRetry(int, int delaySeconds, const FetchError &reason)
{
    if (isTerminal(stderr))
        printError(CallService::describeRetry(reason, delaySeconds));
}

bool CliCommand::isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stream)) == 1;
#else
    Q_UNUSED(stream);
    return false;
#endif
}

QString CliCommand::stdoutFailureMessage()
{
    return tr("Could not write to standard output.");
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void CliCommand::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    printError(message);
    finish(exitCode);
}

void CliCommand::succeed()
{
    finish(ExitCode::Success);
}

bool CliCommand::openStdout()
{
    if (!m_stdout.isOpen() && !m_stdoutFailed && !m_stdout.open(stdout, QIODevice::WriteOnly))
        m_stdoutFailed = true;
    return !m_stdoutFailed;
}

bool CliCommand::writeOut(const QByteArray &bytes)
{
    if (!openStdout())
        return false;
    if (!AtomicFileWriter::writeAll(m_stdout, bytes) || !m_stdout.flush())
        m_stdoutFailed = true;
    return !m_stdoutFailed;
}

std::optional<CallService::Settings> CliCommand::apiSettings()
{
    const ApiConnection::Result connection = ApiConnection::resolve(m_options.access());
    if (!connection.ok()) {
        fail(connection.exitCode, connection.error);
        return std::nullopt;
    }
    return connection.settings;
}

QNetworkAccessManager *CliCommand::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

void CliCommand::runAsPart(CliCommand *command)
{
    command->setParent(this);
    connect(command, &CliCommand::finished, this, &CliCommand::finish);
    command->start();
}

std::optional<BatchExporter::Settings> CliCommand::batchSettings()
{
    const std::optional<CallService::Settings> service = apiSettings();
    if (!service)
        return std::nullopt;
    if (!QDir().mkpath(m_options.exportDir)) {
        fail(ExitCode::WriteFailure,
             tr("Could not create the folder %1. Check the path and its permissions.")
                 .arg(QDir::toNativeSeparators(m_options.exportDir)));
        return std::nullopt;
    }
    BatchExporter::Settings settings;
    settings.directory = m_options.exportDir;
    settings.exportOptions.format = m_options.exportFormat();
    settings.exportOptions.redact = m_options.redact;
    settings.exportOptions.redactName = m_options.redactName;
    settings.overwrite = m_options.force;
    settings.service = *service;
    if (m_options.withTiming) {
        settings.timing.enabled = true;
        settings.timing.download.inactivityTimeoutSeconds = m_options.access().timeoutSeconds;
        // Asked once for the whole batch; only a recording host that answers 401 gets them.
        settings.timing.download.credentials = TwilioCredentialStore::readBlocking();
        settings.timing.align = &RecordingTimelineJob::alignAndIndex;
    }
    return settings;
}
