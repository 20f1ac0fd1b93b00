#include "cli/ModelExportCommand.h"

#include "api/ApiEndpoint.h"
#include "api/ApiKeyStore.h"
#include "api/CallListService.h"
#include "api/CallService.h"
#include "cli/BatchProgressPrinter.h"
#include "cli/ExitCode.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

ModelExportCommand::ModelExportCommand(const CommandLineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

ModelExportCommand::~ModelExportCommand() = default;

void ModelExportCommand::start()
{
    // Queued so that a caller connecting to finished() after start() still hears it.
    QTimer::singleShot(0, this, &ModelExportCommand::run);
}

void ModelExportCommand::run()
{
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

    CallService::Settings service;
    service.apiBase = m_options.access().apiBase;
    service.apiKey = key.key;
    service.timeoutSeconds = m_options.access().timeoutSeconds;

    BatchExporter::Settings batch;
    batch.directory = m_options.exportDir;
    batch.exportOptions.format = m_options.exportFormat();
    batch.exportOptions.redact = m_options.redact;
    batch.exportOptions.redactName = m_options.redactName;
    batch.overwrite = m_options.force;
    batch.service = service;

    m_network = new QNetworkAccessManager(this);
    m_batch = new BatchExporter(m_network, this);
    m_batch->setSettings(batch);
    m_printer = std::make_unique<BatchProgressPrinter>(stderr);
    connect(m_batch, &BatchExporter::itemFinished, this,
            [this](const BatchExporter::ItemResult &result) {
                m_printer->itemFinished(result, m_batch->done(), m_batch->total());
            });
    connect(m_batch, &BatchExporter::finished, this, &ModelExportCommand::onBatchFinished);

    m_list = new CallListService(m_network, this);
    m_list->setSettings(service); // with its retry policy: 429 waits, 5xx backs off
    m_list->setModelId(m_options.exportModelId);
    connect(m_list, &CallListService::callsReceived, m_batch,
            [this](int, const QList<CallRecord> &calls) { m_batch->addCalls(calls); });
    connect(m_list, &PagedListService::pageLoaded, this, &ModelExportCommand::onPageLoaded);
    connect(m_list, &PagedListService::retryScheduled, this,
            [](int, int delaySeconds, const FetchError &reason) {
                QTextStream(stderr)
                    << "callreview: " << CallService::describeRetry(reason, delaySeconds) << '\n';
            });
    connect(m_list, &PagedListService::pageFailed, this, &ModelExportCommand::onPageFailed);
    connect(m_list, &PagedListService::endReached, m_batch, &BatchExporter::finishInput);
    m_list->fetchAll();
}

void ModelExportCommand::onPageLoaded(int offset, int,
                                      const QList<ListPageDecoder::Rejected> &rejected)
{
    for (const ListPageDecoder::Rejected &bad : rejected) {
        const QString entry = tr("entry %1").arg(offset + bad.index);
        const QString reason = tr("not a valid call: %1").arg(bad.reason);
        QTextStream(stderr) << "callreview: " << tr("%1 failed: %2").arg(entry, reason) << '\n';
        m_malformed.append({entry, BatchExporter::Outcome::Failed, QString(), reason,
                            FetchError::Kind::InvalidResponse, 0});
    }
}

void ModelExportCommand::onPageFailed(const FetchError &error)
{
    // What was received is still saved; the listing stops here.
    m_pageError = error;
    QTextStream(stderr) << "callreview: "
                        << tr("The call list stopped after %n call(s): %1", nullptr,
                              m_list->nextOffset())
                               .arg(error.message)
                        << '\n';
    m_batch->finishInput();
}

void ModelExportCommand::onBatchFinished(const BatchExporter::Summary &batchSummary)
{
    BatchExporter::Summary summary = batchSummary;
    summary.failed += int(m_malformed.size());
    summary.failures += m_malformed;
    m_printer->summary(summary);
    int exitCode = ExitCode::of(summary);
    if (m_pageError.isError()) {
        QTextStream(stderr) << "callreview: "
                            << tr("Not every call of assistant %1 was listed: %2")
                                   .arg(m_options.exportModelId, m_pageError.message)
                            << '\n';
        exitCode = qMax(exitCode, ExitCode::of(m_pageError));
    }
    emit finished(exitCode);
}

void ModelExportCommand::fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << "callreview: " << message << '\n';
    emit finished(exitCode);
}
