#include "cli/HeadlessRunner.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"
#include "api/CallFileReader.h"
#include "api/CallIdList.h"
#include "api/CallService.h"
#include "base/AtomicFileWriter.h"
#include "cli/BatchProgressPrinter.h"
#include "cli/ExitCode.h"
#include "cli/ListCommand.h"
#include "cli/ModelExportCommand.h"
#include "export/BatchExporter.h"
#include "export/TranscriptExporter.h"
#include "findings/FindingsDetector.h"
#include "recording/RecordingDownloader.h"
#include "recording/RecordingUrlPolicy.h"
#include "recording/TwilioCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

HeadlessRunner::HeadlessRunner(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::start()
{
    // Queued so that a caller connecting to finished() after start() still hears it.
    QTimer::singleShot(0, this, [this] {
        if (m_options.mode == CommandLineOptions::Mode::SetApiKey)
            runSetApiKey();
        else if (m_options.mode == CommandLineOptions::Mode::BatchExport)
            runBatchExport();
        else if (m_options.mode == CommandLineOptions::Mode::ModelExport)
            runModelExport();
        else if (ListCommand::handles(m_options.mode))
            runList();
        else
            runExport();
    });
}

void HeadlessRunner::runExport()
{
    if (m_options.demo || !m_options.openPath.isEmpty()) {
        bool readFailed = false;
        const CallDecoder::Result result = m_options.demo
            ? CallFileReader::demoCall()
            : CallFileReader::read(m_options.openPath, &readFailed);
        if (!result.ok())
            return fail(readFailed ? ExitCode::Usage : ExitCode::InvalidResponse, result.error);
        return handleCall(*result.call);
    }

    const QString callId = ApiEndpoint::extractCallId(m_options.callId);
    if (callId.isEmpty()) {
        return fail(ExitCode::Usage,
                    tr("\"%1\" is not a valid call ID. %2")
                        .arg(m_options.callId.left(160), ApiEndpoint::callIdRules()));
    }
    QString baseError;
    if (!ApiEndpoint::parseBase(m_options.access().apiBase, &baseError).isValid())
        return fail(ExitCode::Usage, baseError);

    const ApiKeyStore::Outcome key = ApiKeyStore::lookup();
    if (!key.ok)
        return fail(ExitCode::Usage, key.error);

    m_network = new QNetworkAccessManager(this);
    m_service = new CallService(m_network, this);
    CallService::Settings settings;
    settings.apiBase = m_options.access().apiBase;
    settings.apiKey = key.key;
    settings.timeoutSeconds = m_options.access().timeoutSeconds;
    m_service->setSettings(settings);
    connect(m_service, &CallService::callFetched, this, &HeadlessRunner::handleCall);
    // A person watching a terminal sees why it is waiting; scripts get only the final line.
    if (::isatty(STDERR_FILENO)) {
        connect(m_service, &CallService::retryScheduled, this,
                [](int, int delaySeconds, const FetchError &reason) {
                    QTextStream(stderr)
                        << "callreview: " << CallService::describeRetry(reason, delaySeconds)
                        << '\n';
                });
    }
    connect(m_service, &CallService::fetchFailed, this,
            [this](const FetchError &error) { fail(ExitCode::of(error), error.message); });
    m_service->fetchCall(callId);
}

void HeadlessRunner::handleCall(const CallRecord &call)
{
    if (m_options.mode == CommandLineOptions::Mode::SaveRecording)
        saveRecording(call);
    else if (m_options.mode == CommandLineOptions::Mode::Findings)
        printFindings(call);
    else
        exportCall(call);
}

void HeadlessRunner::saveRecording(const CallRecord &call)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_recordings = new RecordingDownloader(m_network, RecordingCache(), this);
    RecordingDownloader::Settings settings;
    settings.inactivityTimeoutSeconds = m_options.access().timeoutSeconds;
    // The keychain is asked only for a real download (not for the bundled demo recording).
    if (call.bundledRecording.isEmpty()
        && RecordingUrlPolicy::check(call.recordingUrl).verdict
            == RecordingUrlPolicy::Verdict::Allowed) {
        settings.credentials = TwilioCredentialStore::readBlocking();
    }
    m_recordings->setSettings(settings);
    connect(m_recordings, &RecordingDownloader::ready, this, &HeadlessRunner::writeRecording);
    connect(m_recordings, &RecordingDownloader::failed, this,
            [this](const RecordingDownloader::Failure &failure) {
                fail(ExitCode::of(failure), failure.message);
            });
    m_recordings->fetch(call);
}

void HeadlessRunner::writeRecording(const QString &localFile)
{
    if (m_options.saveRecordingPath == u"-") {
        QFile in(localFile);
        QFile out;
        if (!in.open(QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
            return fail(ExitCode::WriteFailure, tr("Could not write to standard output."));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1024 * 1024);
            if (chunk.isEmpty() || !AtomicFileWriter::writeAll(out, chunk))
                return fail(ExitCode::WriteFailure, tr("Could not write to standard output."));
        }
        if (!out.flush())
            return fail(ExitCode::WriteFailure, tr("Could not write to standard output."));
        return succeed();
    }
    QString error;
    if (!AtomicFileWriter::copyFile(localFile, m_options.saveRecordingPath, &error))
        return fail(ExitCode::WriteFailure, error);
    succeed();
}

void HeadlessRunner::printFindings(const CallRecord &call)
{
    const QByteArray json = FindingsDetector::toJson(call.callId, int(call.turns.size()),
                                                     FindingsDetector::detect(call))
                                .toJson();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !AtomicFileWriter::writeAll(out, json)
        || !out.flush()) {
        return fail(ExitCode::WriteFailure, tr("Could not write to standard output."));
    }
    succeed();
}

void HeadlessRunner::exportCall(const CallRecord &call)
{
    ExportOptions exportOptions;
    exportOptions.format = m_options.exportFormat();
    exportOptions.redact = m_options.redact;
    exportOptions.redactName = m_options.redactName;
    QString renderError;
    const QByteArray text = TranscriptExporter::render(call, exportOptions, &renderError);
    if (text.isEmpty())
        return fail(ExitCode::WriteFailure, renderError);
    if (m_options.exportPath == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !AtomicFileWriter::writeAll(out, text)
            || !out.flush()) {
            return fail(ExitCode::WriteFailure, tr("Could not write to standard output."));
        }
        return succeed();
    }
    QString error;
    if (!AtomicFileWriter::write(m_options.exportPath, text, &error))
        return fail(ExitCode::WriteFailure, error);
    succeed();
}

void HeadlessRunner::runBatchExport()
{
    QStringList given = m_options.callIds;
    if (!m_options.idsPath.isEmpty()) {
        QString readError;
        given += CallIdList::read(m_options.idsPath, &readError);
        if (!readError.isEmpty())
            return fail(ExitCode::Usage, readError);
    }
    QStringList ids;
    for (const QString &text : std::as_const(given)) {
        const QString id = ApiEndpoint::extractCallId(text);
        ids.append(id.isEmpty() ? text : id); // an invalid one fails on its own, exit code 2
    }
    ids = CallIdList::withoutDuplicates(ids);
    if (ids.isEmpty())
        return fail(ExitCode::Usage, tr("No call IDs to save: the list is empty."));

    QString baseError;
    if (!ApiEndpoint::parseBase(m_options.access().apiBase, &baseError).isValid())
        return fail(ExitCode::Usage, baseError);
    const ApiKeyStore::Outcome key = ApiKeyStore::lookup();
    if (!key.ok)
        return fail(ExitCode::Usage, key.error);
    if (!QDir().mkpath(m_options.exportDir)) {
        return fail(ExitCode::WriteFailure,
                    tr("Could not create the folder %1. Check the path and its permissions.")
                        .arg(QDir::toNativeSeparators(m_options.exportDir)));
    }

    BatchExporter::Settings settings;
    settings.directory = m_options.exportDir;
    settings.exportOptions.format = m_options.exportFormat();
    settings.exportOptions.redact = m_options.redact;
    settings.exportOptions.redactName = m_options.redactName;
    settings.overwrite = m_options.force;
    settings.service.apiBase = m_options.access().apiBase;
    settings.service.apiKey = key.key;
    settings.service.timeoutSeconds = m_options.access().timeoutSeconds;

    m_network = new QNetworkAccessManager(this);
    m_batch = new BatchExporter(m_network, this);
    m_batch->setSettings(settings);
    m_printer = std::make_unique<BatchProgressPrinter>(stderr);
    connect(m_batch, &BatchExporter::itemFinished, this,
            [this](const BatchExporter::ItemResult &result) {
                m_printer->itemFinished(result, m_batch->done(), m_batch->total());
            });
    connect(m_batch, &BatchExporter::finished, this, [this](const BatchExporter::Summary &summary) {
        m_printer->summary(summary);
        emit finished(ExitCode::of(summary));
    });
    m_batch->start(ids);
}

void HeadlessRunner::runModelExport()
{
    auto *command = new ModelExportCommand(m_options, this);
    connect(command, &ModelExportCommand::finished, this, &HeadlessRunner::finished);
    command->start();
}

void HeadlessRunner::runList()
{
    auto *command = new ListCommand(m_options, this);
    connect(command, &ListCommand::finished, this, &HeadlessRunner::finished);
    command->start();
}

void HeadlessRunner::runSetApiKey()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(ExitCode::Usage, tr("Could not read standard input."));
    // One line is enough; bounded so a stray pipe cannot fill memory.
    const QString key = QString::fromUtf8(in.readLine(8192)).trimmed();
    QString error;
    if (!ApiKeyStore::isPlausibleKey(key, &error)) {
        return fail(ExitCode::Usage,
                    error + u' ' + tr("Pipe the key in: callreview --set-api-key < keyfile"));
    }
    const ApiKeyStore::Outcome outcome = ApiKeyStore::writeBlocking(key);
    if (!outcome.ok)
        return fail(ExitCode::Usage, tr("The key was not stored. %1").arg(outcome.error));
    QTextStream(stderr) << tr("The API key is stored in the system keychain.") << '\n';
    succeed();
}

void HeadlessRunner::fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << "callreview: " << message << '\n';
    emit finished(exitCode);
}

void HeadlessRunner::succeed()
{
    emit finished(ExitCode::Success);
}
