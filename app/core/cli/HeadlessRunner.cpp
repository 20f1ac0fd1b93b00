#include "cli/HeadlessRunner.h"

#include "alignment/TimelineJson.h"
#include "cli/RecordingTimelineJob.h"
#include "timing/ResponseLatency.h"
#include "timing/TimingAnalyzer.h"
#include "timing/TimingFindings.h"
#include "timing/TimingReportJson.h"

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
#include "cli/ReviewsCommand.h"
#include "export/BatchExporter.h"
#include "export/TranscriptExporter.h"
#include "findings/FindingsDetector.h"
#include "recording/RecordingDownloader.h"
#include "recording/RecordingUrlPolicy.h"
#include "recording/TwilioCredentialStore.h"
#include "scorecards/ScoreCommand.h"
#include "settings/AppSettings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTextStream>

HeadlessRunner::HeadlessRunner(const CommandLineOptions &options, QObject *parent)
    : CliCommand(options, parent)
{ }

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::run()
{
    switch (options().mode) {
    case CommandLineOptions::Mode::SetApiKey:
        return runSetApiKey();
    case CommandLineOptions::Mode::BatchExport:
        return runBatchExport();
    case CommandLineOptions::Mode::ModelExport:
        return runAsPart(new ModelExportCommand(options()));
    case CommandLineOptions::Mode::ListAssistants:
    case CommandLineOptions::Mode::ListCalls:
        return runAsPart(new ListCommand(options()));
    case CommandLineOptions::Mode::Score:
        return runScore();
    case CommandLineOptions::Mode::ImportReviews:
    case CommandLineOptions::Mode::ExportReviews:
    case CommandLineOptions::Mode::SetReviewDbPassword:
        return runAsPart(new ReviewsCommand(options()));
    default:
        return runExport();
    }
}

void HeadlessRunner::runExport()
{
    if (options().demo || !options().openPath.isEmpty()) {
        bool readFailed = false;
        const CallDecoder::Result result = options().demo
            ? CallFileReader::demoCall()
            : CallFileReader::read(options().openPath, &readFailed);
        if (!result.ok())
            return fail(readFailed ? ExitCode::Usage : ExitCode::InvalidResponse, result.error);
        return handleCall(*result.call);
    }

    const QString callId = ApiEndpoint::extractCallId(options().callId);
    if (callId.isEmpty()) {
        return fail(ExitCode::Usage,
                    tr("\"%1\" is not a valid call ID. %2")
                        .arg(options().callId.left(160), ApiEndpoint::callIdRules()));
    }
    const std::optional<CallService::Settings> settings = apiSettings();
    if (!settings)
        return;
    m_service = new CallService(network(), this);
    m_service->setSettings(*settings);
    connect(m_service, &CallService::callFetched, this, &HeadlessRunner::handleCall);
    connect(m_service, &CallService::retryScheduled, this, &CliCommand::announceRetry);
    connect(m_service, &CallService::fetchFailed, this,
            [this](const FetchError &error) { fail(ExitCode::of(error), error.message); });
    m_service->fetchCall(callId);
}

void HeadlessRunner::handleCall(const CallRecord &call)
{
    if (!options().wantsTimeline())
        return handleTimedCall(call, nullptr);
    m_timelineJob = new RecordingTimelineJob(network(), options().access().timeoutSeconds, this);
    connect(m_timelineJob, &RecordingTimelineJob::ready, this,
            [this, call](const Timeline &timeline) { handleTimedCall(call, &timeline); });
    connect(m_timelineJob, &RecordingTimelineJob::failed, this, &HeadlessRunner::fail);
    m_timelineJob->start(call, options().recordingPath);
}

void HeadlessRunner::handleTimedCall(const CallRecord &call, const Timeline *timeline)
{
    switch (options().mode) {
    case CommandLineOptions::Mode::SaveRecording:
        return saveRecording(call);
    case CommandLineOptions::Mode::Findings:
        return printFindings(call, timeline);
    case CommandLineOptions::Mode::Timeline:
        return printTimeline(call, *timeline);
    default:
        return exportCall(call, timeline);
    }
}

void HeadlessRunner::printTimeline(const CallRecord &call, const Timeline &timeline)
{
    QJsonObject json = TimelineJson::toJson(timeline, call.turns, call.callId);
    json.insert(QStringLiteral("latencies"),
                ResponseLatency::toJson(ResponseLatency::measure(call.turns, timeline)));
    if (writeOutput(options().timelinePath, QJsonDocument(json).toJson(QJsonDocument::Indented)))
        succeed();
}

bool HeadlessRunner::writeOutput(const QString &path, const QByteArray &data)
{
    if (path == u"-") {
        if (writeOut(data))
            return true;
        fail(ExitCode::WriteFailure, stdoutFailureMessage());
        return false;
    }
    QString error;
    if (AtomicFileWriter::write(path, data, &error))
        return true;
    fail(ExitCode::WriteFailure, error);
    return false;
}

void HeadlessRunner::saveRecording(const CallRecord &call)
{
    m_recordings = new RecordingDownloader(network(), RecordingCache(), this);
    RecordingDownloader::Settings settings;
    settings.inactivityTimeoutSeconds = options().access().timeoutSeconds;
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
    if (options().saveRecordingPath == u"-") {
        QFile in(localFile);
        if (!in.open(QIODevice::ReadOnly))
            return fail(ExitCode::WriteFailure, stdoutFailureMessage());
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1024 * 1024);
            if (chunk.isEmpty() || !writeOut(chunk))
                return fail(ExitCode::WriteFailure, stdoutFailureMessage());
        }
        return succeed();
    }
    QString error;
    if (!AtomicFileWriter::copyFile(localFile, options().saveRecordingPath, &error))
        return fail(ExitCode::WriteFailure, error);
    succeed();
}

void HeadlessRunner::printFindings(const CallRecord &call, const Timeline *timeline)
{
    QList<Finding> findings = FindingsDetector::detect(call);
    std::optional<TimingReport> timing;
    if (timeline) {
        TimingAnalyzer::Options timingOptions;
        timingOptions.deadAirMs = options().deadAirMs.value_or(AppSettings().deadAirMs());
        timing = TimingAnalyzer::analyze(call.turns, *timeline, timingOptions);
        findings += TimingFindings::findings(*timing);
    }
    QJsonDocument document =
        FindingsDetector::toJson(call.callId, int(call.turns.size()), findings);
    if (timing) {
        QJsonObject object = document.object();
        object.insert(QStringLiteral("timing"), TimingReportJson::toJson(*timing));
        document.setObject(object);
    }
    const QByteArray json = document.toJson();
    if (!writeOut(json))
        return fail(ExitCode::WriteFailure, stdoutFailureMessage());
    succeed();
}

void HeadlessRunner::exportCall(const CallRecord &call, const Timeline *timeline)
{
    ExportOptions exportOptions;
    if (timeline)
        exportOptions.timeline = *timeline;
    exportOptions.format = options().exportFormat();
    exportOptions.redact = options().redact;
    exportOptions.redactName = options().redactName;
    QString renderError;
    const QByteArray text = TranscriptExporter::render(call, exportOptions, &renderError);
    if (text.isEmpty())
        return fail(ExitCode::WriteFailure, renderError);
    if (options().exportPath == u"-") {
        if (!writeOut(text))
            return fail(ExitCode::WriteFailure, stdoutFailureMessage());
        return succeed();
    }
    QString error;
    if (!AtomicFileWriter::write(options().exportPath, text, &error))
        return fail(ExitCode::WriteFailure, error);
    succeed();
}

void HeadlessRunner::runBatchExport()
{
    QStringList given = options().callIds;
    if (!options().idsPath.isEmpty()) {
        QString readError;
        given += CallIdList::read(options().idsPath, &readError);
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

    const std::optional<BatchExporter::Settings> settings = batchSettings();
    if (!settings)
        return;
    m_batch = new BatchExporter(network(), this);
    m_batch->setSettings(*settings);
    m_printer = std::make_unique<BatchProgressPrinter>(stderr);
    connect(m_batch, &BatchExporter::itemFinished, this,
            [this](const BatchExporter::ItemResult &result) {
                m_printer->itemFinished(result, m_batch->done(), m_batch->total());
            });
    connect(m_batch, &BatchExporter::finished, this, [this](const BatchExporter::Summary &summary) {
        m_printer->summary(summary);
        finish(ExitCode::of(summary));
    });
    m_batch->start(ids);
}

void HeadlessRunner::runScore()
{
    // Into memory first: standard output gets the whole result or, on a problem, nothing.
    QBuffer result;
    result.open(QIODevice::WriteOnly);
    const ScoreCommand::Outcome outcome =
        ScoreCommand::run(options().scoreFormPath, options().scoreAnswersPath, result);
    if (!outcome.ok())
        return fail(ExitCode::of(outcome.kind), outcome.message);
    if (!writeOut(result.data()))
        return fail(ExitCode::of(ScoreCommand::ErrorKind::WriteFailure), stdoutFailureMessage());
    succeed();
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
        return fail(ExitCode::Usage,
                    tr("The key was not stored. %1 Use the ANUNZI_API_KEY environment variable "
                       "instead.")
                        .arg(outcome.error));
    QTextStream(stderr) << tr("The API key is stored in the system keychain.") << '\n';
    succeed();
}
